package netsim

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// GitHub host names the emulator serves.
const (
	GitHubAPIHost     = "api.github.com"
	GitHubRawHost     = "raw.githubusercontent.com"
	GitHubWebHost     = "github.com"
	GitHubObjectsHost = "objects.githubusercontent.com"
)

// GitHubOptions configure a GitHub emulator.
type GitHubOptions struct {
	// Tokens are the valid personal access tokens ("Authorization: token T" or "Bearer T").
	// Any other token gets 401 Bad credentials.
	Tokens []string
	// AnonymousLimit is the anonymous API rate limit per hour and client address (0 means 60).
	AnonymousLimit int
	// TokenLimit is the authenticated API rate limit per hour and token (0 means 5000).
	TokenLimit int
	// Private makes the repositories visible only with a valid token (404 otherwise, as
	// GitHub answers).
	Private bool
}

// GitHub emulates the parts of GitHub that updaters use, over local repositories: the REST API
// (releases, assets, refs, tags, trees with real blob SHA-1s, contents, commits) on
// api.github.com, raw files on raw.githubusercontent.com, release downloads on github.com and
// asset bytes on objects.githubusercontent.com. It keeps the rate-limit counters of one world,
// on that world's virtual clock.
type GitHub struct {
	opts  GitHubOptions
	now   func() time.Time
	mu    sync.Mutex
	repos map[string]*ghRepo
	order []string
	usage map[string]*rateBucket
}

type rateBucket struct {
	start time.Time
	used  int
}

// NewGitHub returns an emulator without repositories.
func NewGitHub(opts GitHubOptions) *GitHub {
	if opts.AnonymousLimit <= 0 {
		opts.AnonymousLimit = 60
	}
	if opts.TokenLimit <= 0 {
		opts.TokenLimit = 5000
	}
	return &GitHub{opts: opts, now: func() time.Time { return plainEpoch }, repos: map[string]*ghRepo{}, usage: map[string]*rateBucket{}}
}

// GitHubServer returns an emulator serving one repository OWNER/REPO from dir (see AddRepo).
func GitHubServer(owner, repo, dir string, opts GitHubOptions) (*GitHub, error) {
	g := NewGitHub(opts)
	if err := g.AddRepo(owner, repo, dir); err != nil {
		return nil, err
	}
	return g, nil
}

// Clone returns an emulator serving the same repository snapshots (shared, read-only) with
// fresh rate-limit counters: the GitHub of a new, independent world (a sweep case), without
// reading the repositories again.
func (g *GitHub) Clone() *GitHub {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := NewGitHub(g.opts)
	c.order = append([]string(nil), g.order...)
	for k, r := range g.repos {
		c.repos[k] = r
	}
	return c
}

// ParseGitHubSpec splits the CLI's --github OWNER/REPO=DIR value.
func ParseGitHubSpec(spec string) (owner, repo, dir string, err error) {
	name, dir, ok := strings.Cut(spec, "=")
	owner, repo, ok2 := strings.Cut(name, "/")
	if !ok || !ok2 || owner == "" || repo == "" || dir == "" || strings.Contains(repo, "/") {
		return "", "", "", fmt.Errorf("netsim: --github %q: want OWNER/REPO=DIR (a git repository or a plain directory)", spec)
	}
	return owner, repo, dir, nil
}

// AddRepo snapshots dir as OWNER/REPO. A git repository is read with the git binary (never
// modified): every tag is a release, the newest tag is releases/latest, and the assets of tag
// T are the files in dir/.release-assets/T/. A plain directory becomes one commit on branch
// main, with a release for each directory in .release-assets.
func (g *GitHub) AddRepo(owner, repo, dir string) error {
	if owner == "" || repo == "" || strings.ContainsAny(owner+repo, "/ ") {
		return fmt.Errorf("netsim: github repo %q/%q: want OWNER/REPO", owner, repo)
	}
	r, err := loadRepo(owner, repo, dir)
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	key := strings.ToLower(owner + "/" + repo)
	if _, dup := g.repos[key]; dup {
		return fmt.Errorf("netsim: github repo %s/%s added twice", owner, repo)
	}
	r.id = 700000000 + len(g.repos) + 1
	g.repos[key] = r
	g.order = append(g.order, key)
	return nil
}

// AddGitHub serves the emulator on the network under the GitHub host names (HTTP and HTTPS),
// on the network's virtual server time.
func (n *Network) AddGitHub(g *GitHub) error {
	g.mu.Lock()
	g.now = n.ServerTime
	g.mu.Unlock()
	for _, h := range []string{GitHubAPIHost, GitHubRawHost, GitHubWebHost, GitHubObjectsHost} {
		handler := g.Handler(h)
		if _, err := n.AddHost(h, HostHandlers{HTTP: handler, HTTPS: handler}); err != nil {
			return err
		}
	}
	return nil
}

// Handler returns the handler for one of the GitHub host names.
func (g *GitHub) Handler(host string) http.Handler {
	switch host {
	case GitHubAPIHost:
		return http.HandlerFunc(g.serveAPI)
	case GitHubRawHost:
		return http.HandlerFunc(g.serveRaw)
	case GitHubWebHost:
		return http.HandlerFunc(g.serveWeb)
	case GitHubObjectsHost:
		return http.HandlerFunc(g.serveObjects)
	}
	return http.NotFoundHandler()
}

// --- plumbing ---

func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	body := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

type ghError struct {
	Message          string `json:"message"`
	DocumentationURL string `json:"documentation_url"`
	Status           string `json:"status,omitempty"`
}

func apiNotFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, r, http.StatusNotFound, ghError{"Not Found", "https://docs.github.com/rest", "404"})
}

func textResponse(w http.ResponseWriter, r *http.Request, status int, ct, body string) {
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(body))
	}
}

// auth returns the rate bucket key and limit, whether the client may see private repos, and
// false after answering 401 for a bad token.
func (g *GitHub) auth(w http.ResponseWriter, r *http.Request) (key string, limit int, authed bool, ok bool) {
	h := r.Header.Get("Authorization")
	if h == "" {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		return "ip:" + host, g.opts.AnonymousLimit, false, true
	}
	scheme, tok, _ := strings.Cut(h, " ")
	scheme = strings.ToLower(scheme)
	if scheme == "token" || scheme == "bearer" {
		for _, t := range g.opts.Tokens {
			if t == strings.TrimSpace(tok) {
				return "token:" + t, g.opts.TokenLimit, true, true
			}
		}
	}
	writeJSON(w, r, http.StatusUnauthorized, ghError{"Bad credentials", "https://docs.github.com/rest", "401"})
	return "", 0, false, false
}

func (g *GitHub) repo(owner, name string, authed bool) *ghRepo {
	g.mu.Lock()
	defer g.mu.Unlock()
	r := g.repos[strings.ToLower(owner+"/"+name)]
	if r == nil || (g.opts.Private && !authed) {
		return nil
	}
	return r
}

// rate counts a request against the bucket and sets the rate-limit headers; false after
// answering 403 when the limit is exhausted.
func (g *GitHub) rate(w http.ResponseWriter, r *http.Request, key string, limit int, count bool) bool {
	g.mu.Lock()
	now := g.now()
	b := g.usage[key]
	if b == nil || !now.Before(b.start.Add(time.Hour)) {
		b = &rateBucket{start: now}
		g.usage[key] = b
	}
	exceeded := b.used >= limit
	if count && !exceeded {
		b.used++
	}
	used, reset := b.used, b.start.Add(time.Hour).Unix()
	g.mu.Unlock()
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(max(limit-used, 0)))
	h.Set("X-RateLimit-Reset", strconv.FormatInt(reset, 10))
	h.Set("X-RateLimit-Used", strconv.Itoa(used))
	h.Set("X-RateLimit-Resource", "core")
	if exceeded && count {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		msg := "API rate limit exceeded for " + host + ". (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
		if strings.HasPrefix(key, "token:") {
			msg = "API rate limit exceeded for user."
		}
		writeJSON(w, r, http.StatusForbidden, ghError{Message: msg, DocumentationURL: "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"})
		return false
	}
	return true
}

func ghTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

func nodeID(prefix string, id int) string {
	return prefix + base64.RawStdEncoding.EncodeToString([]byte("0:"+strconv.Itoa(id)))
}

// --- api.github.com ---

func (g *GitHub) serveAPI(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("User-Agent") == "" {
		textResponse(w, r, http.StatusForbidden, "text/plain; charset=utf-8",
			"Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n")
		return
	}
	key, limit, authed, ok := g.auth(w, r)
	if !ok {
		return
	}
	if r.URL.Path == "/rate_limit" {
		g.rate(w, r, key, limit, false)
		g.mu.Lock()
		b := g.usage[key]
		g.mu.Unlock()
		core := map[string]int64{"limit": int64(limit), "used": int64(b.used), "remaining": int64(max(limit-b.used, 0)), "reset": b.start.Add(time.Hour).Unix()}
		writeJSON(w, r, 200, map[string]any{"resources": map[string]any{"core": core}, "rate": core})
		return
	}
	if !g.rate(w, r, key, limit, true) {
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		apiNotFound(w, r)
		return
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) < 3 || parts[0] != "repos" {
		apiNotFound(w, r)
		return
	}
	repo := g.repo(parts[1], parts[2], authed)
	if repo == nil {
		apiNotFound(w, r)
		return
	}
	api := &ghAPI{g: g, r: repo, w: w, req: r}
	rest := parts[3:]
	switch {
	case len(rest) == 0:
		api.repoInfo()
	case rest[0] == "releases":
		api.releases(rest[1:])
	case rest[0] == "tags" && len(rest) == 1:
		api.tagList()
	case rest[0] == "branches":
		api.branches(rest[1:])
	case rest[0] == "git" && len(rest) >= 2:
		api.gitData(rest[1], rest[2:])
	case rest[0] == "contents":
		api.contents(strings.Join(rest[1:], "/"))
	case rest[0] == "commits":
		api.commits(rest[1:])
	default:
		apiNotFound(w, r)
	}
}

type ghAPI struct {
	g   *GitHub
	r   *ghRepo
	w   http.ResponseWriter
	req *http.Request
}

func (a *ghAPI) base() string { return "https://api.github.com/repos/" + a.r.owner + "/" + a.r.name }
func (a *ghAPI) ok(v any)     { writeJSON(a.w, a.req, http.StatusOK, v) }
func (a *ghAPI) notFound()    { apiNotFound(a.w, a.req) }

type ghUser struct {
	Login string `json:"login"`
	ID    int    `json:"id"`
	Type  string `json:"type"`
}

func (a *ghAPI) owner() ghUser { return ghUser{Login: a.r.owner, ID: 1000, Type: "User"} }

func (a *ghAPI) repoInfo() {
	a.ok(struct {
		ID            int    `json:"id"`
		NodeID        string `json:"node_id"`
		Name          string `json:"name"`
		FullName      string `json:"full_name"`
		Private       bool   `json:"private"`
		Owner         ghUser `json:"owner"`
		HTMLURL       string `json:"html_url"`
		URL           string `json:"url"`
		DefaultBranch string `json:"default_branch"`
	}{a.r.id, nodeID("R_", a.r.id), a.r.name, a.r.owner + "/" + a.r.name, a.g.opts.Private, a.owner(),
		"https://github.com/" + a.r.owner + "/" + a.r.name, a.base(), a.r.defaultBranch})
}

type ghAssetJSON struct {
	URL                string `json:"url"`
	ID                 int    `json:"id"`
	NodeID             string `json:"node_id"`
	Name               string `json:"name"`
	Label              string `json:"label"`
	Uploader           ghUser `json:"uploader"`
	ContentType        string `json:"content_type"`
	State              string `json:"state"`
	Size               int    `json:"size"`
	DownloadCount      int    `json:"download_count"`
	CreatedAt          string `json:"created_at"`
	UpdatedAt          string `json:"updated_at"`
	BrowserDownloadURL string `json:"browser_download_url"`
}

type ghReleaseJSON struct {
	URL             string        `json:"url"`
	AssetsURL       string        `json:"assets_url"`
	UploadURL       string        `json:"upload_url"`
	HTMLURL         string        `json:"html_url"`
	ID              int           `json:"id"`
	Author          ghUser        `json:"author"`
	NodeID          string        `json:"node_id"`
	TagName         string        `json:"tag_name"`
	TargetCommitish string        `json:"target_commitish"`
	Name            string        `json:"name"`
	Draft           bool          `json:"draft"`
	Prerelease      bool          `json:"prerelease"`
	CreatedAt       string        `json:"created_at"`
	PublishedAt     string        `json:"published_at"`
	Assets          []ghAssetJSON `json:"assets"`
	TarballURL      string        `json:"tarball_url"`
	ZipballURL      string        `json:"zipball_url"`
	Body            string        `json:"body"`
}

func (a *ghAPI) assetJSON(rel *ghRelease, as *ghAsset) ghAssetJSON {
	return ghAssetJSON{
		URL: a.base() + "/releases/assets/" + strconv.Itoa(as.id), ID: as.id, NodeID: nodeID("RA_", as.id), Name: as.name,
		Uploader: a.owner(), ContentType: "application/octet-stream", State: "uploaded", Size: len(as.data),
		CreatedAt: ghTime(rel.date), UpdatedAt: ghTime(rel.date),
		BrowserDownloadURL: "https://github.com/" + a.r.owner + "/" + a.r.name + "/releases/download/" + rel.tag + "/" + as.name,
	}
}

func (a *ghAPI) releaseJSON(rel *ghRelease) ghReleaseJSON {
	assets := make([]ghAssetJSON, 0, len(rel.assets))
	for _, as := range rel.assets {
		assets = append(assets, a.assetJSON(rel, as))
	}
	url := a.base() + "/releases/" + strconv.Itoa(rel.id)
	return ghReleaseJSON{
		URL: url, AssetsURL: url + "/assets",
		UploadURL: "https://uploads.github.com/repos/" + a.r.owner + "/" + a.r.name + "/releases/" + strconv.Itoa(rel.id) + "/assets{?name,label}",
		HTMLURL:   "https://github.com/" + a.r.owner + "/" + a.r.name + "/releases/tag/" + rel.tag,
		ID:        rel.id, Author: a.owner(), NodeID: nodeID("RE_", rel.id), TagName: rel.tag,
		TargetCommitish: a.r.defaultBranch, Name: rel.tag, CreatedAt: ghTime(rel.date), PublishedAt: ghTime(rel.date),
		Assets: assets, TarballURL: a.base() + "/tarball/" + rel.tag, ZipballURL: a.base() + "/zipball/" + rel.tag, Body: rel.body,
	}
}

func (a *ghAPI) releases(rest []string) {
	rels := a.r.releases
	switch {
	case len(rest) == 0:
		out := make([]ghReleaseJSON, 0, len(rels))
		for _, rel := range rels {
			out = append(out, a.releaseJSON(rel))
		}
		a.ok(out)
	case len(rest) == 1 && rest[0] == "latest":
		if len(rels) == 0 {
			a.notFound()
			return
		}
		a.ok(a.releaseJSON(rels[0]))
	case len(rest) == 2 && rest[0] == "tags":
		for _, rel := range rels {
			if rel.tag == rest[1] {
				a.ok(a.releaseJSON(rel))
				return
			}
		}
		a.notFound()
	case len(rest) == 2 && rest[0] == "assets":
		id, _ := strconv.Atoi(rest[1])
		for _, rel := range rels {
			for _, as := range rel.assets {
				if as.id == id {
					if strings.Contains(a.req.Header.Get("Accept"), "application/octet-stream") {
						a.w.Header().Set("Location", objectURL(a.r, as))
						a.w.Header().Set("Content-Length", "0")
						a.w.WriteHeader(http.StatusFound)
						return
					}
					a.ok(a.assetJSON(rel, as))
					return
				}
			}
		}
		a.notFound()
	case len(rest) == 1:
		id, _ := strconv.Atoi(rest[0])
		for _, rel := range rels {
			if rel.id == id {
				a.ok(a.releaseJSON(rel))
				return
			}
		}
		a.notFound()
	default:
		a.notFound()
	}
}

func objectURL(r *ghRepo, as *ghAsset) string {
	return "https://" + GitHubObjectsHost + "/github-production-release-asset/" + strconv.Itoa(r.id) + "/" + strconv.Itoa(as.id)
}

type ghObjRef struct {
	SHA  string `json:"sha"`
	Type string `json:"type,omitempty"`
	URL  string `json:"url"`
}

func (a *ghAPI) tagList() {
	type tagJSON struct {
		Name       string   `json:"name"`
		ZipballURL string   `json:"zipball_url"`
		TarballURL string   `json:"tarball_url"`
		Commit     ghObjRef `json:"commit"`
		NodeID     string   `json:"node_id"`
	}
	out := []tagJSON{}
	for _, rel := range a.r.releases {
		out = append(out, tagJSON{rel.tag, a.base() + "/zipball/refs/tags/" + rel.tag, a.base() + "/tarball/refs/tags/" + rel.tag,
			ghObjRef{SHA: rel.commit, URL: a.base() + "/commits/" + rel.commit}, nodeID("REF_", rel.id)})
	}
	a.ok(out)
}

func (a *ghAPI) branches(rest []string) {
	type branchJSON struct {
		Name      string   `json:"name"`
		Commit    ghObjRef `json:"commit"`
		Protected bool     `json:"protected"`
	}
	names := make([]string, 0, len(a.r.branches))
	for b := range a.r.branches {
		names = append(names, b)
	}
	sort.Strings(names)
	if len(rest) > 0 {
		b := strings.Join(rest, "/")
		sha, ok := a.r.branches[b]
		if !ok {
			a.notFound()
			return
		}
		a.ok(branchJSON{b, ghObjRef{SHA: sha, URL: a.base() + "/commits/" + sha}, false})
		return
	}
	out := []branchJSON{}
	for _, b := range names {
		sha := a.r.branches[b]
		out = append(out, branchJSON{b, ghObjRef{SHA: sha, URL: a.base() + "/commits/" + sha}, false})
	}
	a.ok(out)
}

type ghRefJSON struct {
	Ref    string   `json:"ref"`
	NodeID string   `json:"node_id"`
	URL    string   `json:"url"`
	Object ghObjRef `json:"object"`
}

func (a *ghAPI) refJSON(ref, sha string) ghRefJSON {
	typ := "commit"
	if o := a.r.objects[sha]; o != nil {
		typ = o.typ
	}
	url := a.base() + "/git/commits/" + sha
	if typ == "tag" {
		url = a.base() + "/git/tags/" + sha
	}
	return ghRefJSON{Ref: ref, NodeID: "REF_" + base64.RawStdEncoding.EncodeToString([]byte(ref)), URL: a.base() + "/git/" + ref,
		Object: ghObjRef{SHA: sha, Type: typ, URL: url}}
}

func (a *ghAPI) gitData(kind string, rest []string) {
	arg := strings.Join(rest, "/")
	switch kind {
	case "ref", "refs":
		a.refs(kind, arg)
	case "tags":
		t, ok := a.r.tagObject(arg)
		if !ok {
			a.notFound()
			return
		}
		a.ok(struct {
			NodeID  string   `json:"node_id"`
			SHA     string   `json:"sha"`
			URL     string   `json:"url"`
			Tagger  ghIdent  `json:"tagger"`
			Object  ghObjRef `json:"object"`
			Tag     string   `json:"tag"`
			Message string   `json:"message"`
		}{"TAG_" + t.sha[:12], t.sha, a.base() + "/git/tags/" + t.sha, identJSON(t.tagger),
			ghObjRef{SHA: t.object, Type: t.objType, URL: a.base() + "/git/" + t.objType + "s/" + t.object}, t.name, t.message})
	case "trees":
		a.trees(arg)
	case "blobs":
		o := a.r.objects[arg]
		if o == nil || o.typ != "blob" {
			a.notFound()
			return
		}
		a.ok(struct {
			SHA      string `json:"sha"`
			NodeID   string `json:"node_id"`
			Size     int    `json:"size"`
			URL      string `json:"url"`
			Content  string `json:"content"`
			Encoding string `json:"encoding"`
		}{arg, "B_" + arg[:12], len(o.data), a.base() + "/git/blobs/" + arg, base64Lines(o.data), "base64"})
	case "commits":
		c, ok := a.r.commit(arg)
		if !ok {
			a.notFound()
			return
		}
		a.ok(a.gitCommitJSON(c))
	default:
		a.notFound()
	}
}

func (a *ghAPI) refs(kind, arg string) {
	all := map[string]string{}
	for b, sha := range a.r.branches {
		all["refs/heads/"+b] = sha
	}
	for t, sha := range a.r.tags {
		all["refs/tags/"+t] = sha
	}
	want := "refs/" + arg
	if sha, ok := all[want]; ok && arg != "" {
		a.ok(a.refJSON(want, sha))
		return
	}
	if kind == "ref" {
		a.notFound()
		return
	}
	// refs/PREFIX lists matching refs (GitHub answers an array for a prefix).
	names := make([]string, 0, len(all))
	for ref := range all {
		if strings.HasPrefix(ref, strings.TrimSuffix(want, "/")+"/") || arg == "" {
			names = append(names, ref)
		}
	}
	if len(names) == 0 {
		a.notFound()
		return
	}
	sort.Strings(names)
	out := make([]ghRefJSON, 0, len(names))
	for _, ref := range names {
		out = append(out, a.refJSON(ref, all[ref]))
	}
	a.ok(out)
}

type ghIdent struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Date  string `json:"date"`
}

func identJSON(id gitIdent) ghIdent { return ghIdent{id.Name, id.Email, ghTime(id.When)} }

type ghTreeEntry struct {
	Path string `json:"path"`
	Mode string `json:"mode"`
	Type string `json:"type"`
	SHA  string `json:"sha"`
	Size *int   `json:"size,omitempty"`
	URL  string `json:"url"`
}

func (a *ghAPI) trees(ref string) {
	tree, ok := a.r.treeOf(ref)
	if !ok {
		a.notFound()
		return
	}
	recursive := a.req.URL.Query().Get("recursive")
	var entries []ghTreeEntry
	var walk func(sha, prefix string)
	walk = func(sha, prefix string) {
		items, _ := a.r.tree(sha)
		for _, e := range items {
			p := prefix + e.name
			te := ghTreeEntry{Path: p, Mode: padMode(e.mode), SHA: e.sha}
			switch {
			case e.mode == "40000":
				te.Type, te.URL = "tree", a.base()+"/git/trees/"+e.sha
			case e.mode == "160000":
				te.Type = "commit"
			default:
				size := 0
				if o := a.r.objects[e.sha]; o != nil {
					size = len(o.data)
				}
				te.Type, te.Size, te.URL = "blob", &size, a.base()+"/git/blobs/"+e.sha
			}
			entries = append(entries, te)
			if e.mode == "40000" && recursive != "" && recursive != "0" && recursive != "false" {
				walk(e.sha, p+"/")
			}
		}
	}
	walk(tree, "")
	if entries == nil {
		entries = []ghTreeEntry{}
	}
	a.ok(struct {
		SHA       string        `json:"sha"`
		URL       string        `json:"url"`
		Tree      []ghTreeEntry `json:"tree"`
		Truncated bool          `json:"truncated"`
	}{tree, a.base() + "/git/trees/" + tree, entries, false})
}

func padMode(m string) string {
	if m == "40000" {
		return "040000"
	}
	return m
}

func base64Lines(data []byte) string {
	enc := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(enc) > 60 {
		b.WriteString(enc[:60])
		b.WriteByte('\n')
		enc = enc[60:]
	}
	b.WriteString(enc)
	b.WriteByte('\n')
	return b.String()
}

type ghContent struct {
	Name        string  `json:"name"`
	Path        string  `json:"path"`
	SHA         string  `json:"sha"`
	Size        int     `json:"size"`
	URL         string  `json:"url"`
	HTMLURL     string  `json:"html_url"`
	GitURL      string  `json:"git_url"`
	DownloadURL *string `json:"download_url"`
	Type        string  `json:"type"`
	Content     string  `json:"content,omitempty"`
	Encoding    string  `json:"encoding,omitempty"`
}

func (a *ghAPI) contents(p string) {
	ref := a.req.URL.Query().Get("ref")
	tree, ok := a.r.treeOf(ref)
	if !ok {
		a.notFound()
		return
	}
	if ref == "" {
		ref = a.r.defaultBranch
	}
	p = strings.Trim(p, "/")
	e, ok := a.r.lookup(tree, p)
	if !ok {
		a.notFound()
		return
	}
	entry := func(e treeEntry, full string) ghContent {
		c := ghContent{Name: e.name, Path: full, SHA: e.sha,
			URL:     a.base() + "/contents/" + full + "?ref=" + ref,
			HTMLURL: "https://github.com/" + a.r.owner + "/" + a.r.name + "/blob/" + ref + "/" + full}
		if e.mode == "40000" {
			c.Type, c.GitURL = "dir", a.base()+"/git/trees/"+e.sha
			c.HTMLURL = "https://github.com/" + a.r.owner + "/" + a.r.name + "/tree/" + ref + "/" + full
		} else {
			c.Type, c.GitURL = "file", a.base()+"/git/blobs/"+e.sha
			if o := a.r.objects[e.sha]; o != nil {
				c.Size = len(o.data)
			}
			dl := "https://" + GitHubRawHost + "/" + a.r.owner + "/" + a.r.name + "/" + ref + "/" + full
			c.DownloadURL = &dl
		}
		return c
	}
	if e.mode != "40000" {
		c := entry(e, p)
		if o := a.r.objects[e.sha]; o != nil {
			c.Content, c.Encoding = base64Lines(o.data), "base64"
		}
		a.ok(c)
		return
	}
	items, _ := a.r.tree(e.sha)
	out := make([]ghContent, 0, len(items))
	for _, it := range items {
		full := it.name
		if p != "" {
			full = p + "/" + it.name
		}
		out = append(out, entry(it, full))
	}
	a.ok(out)
}

type ghCommitJSON struct {
	SHA     string     `json:"sha"`
	NodeID  string     `json:"node_id"`
	Commit  any        `json:"commit"`
	URL     string     `json:"url"`
	HTMLURL string     `json:"html_url"`
	Parents []ghObjRef `json:"parents"`
}

func (a *ghAPI) gitCommitJSON(c *gitCommit) any {
	parents := []ghObjRef{}
	for _, p := range c.parents {
		parents = append(parents, ghObjRef{SHA: p, URL: a.base() + "/git/commits/" + p})
	}
	return struct {
		SHA       string     `json:"sha"`
		NodeID    string     `json:"node_id"`
		URL       string     `json:"url"`
		Author    ghIdent    `json:"author"`
		Committer ghIdent    `json:"committer"`
		Tree      ghObjRef   `json:"tree"`
		Message   string     `json:"message"`
		Parents   []ghObjRef `json:"parents"`
	}{c.sha, "C_" + c.sha[:12], a.base() + "/git/commits/" + c.sha, identJSON(c.author), identJSON(c.committer),
		ghObjRef{SHA: c.tree, URL: a.base() + "/git/trees/" + c.tree}, c.message, parents}
}

func (a *ghAPI) commitJSON(c *gitCommit) ghCommitJSON {
	parents := []ghObjRef{}
	for _, p := range c.parents {
		parents = append(parents, ghObjRef{SHA: p, URL: a.base() + "/commits/" + p})
	}
	return ghCommitJSON{SHA: c.sha, NodeID: "C_" + c.sha[:12], URL: a.base() + "/commits/" + c.sha,
		HTMLURL: "https://github.com/" + a.r.owner + "/" + a.r.name + "/commit/" + c.sha, Parents: parents,
		Commit: struct {
			Author    ghIdent  `json:"author"`
			Committer ghIdent  `json:"committer"`
			Message   string   `json:"message"`
			Tree      ghObjRef `json:"tree"`
		}{identJSON(c.author), identJSON(c.committer), c.message, ghObjRef{SHA: c.tree, URL: a.base() + "/git/trees/" + c.tree}}}
}

func (a *ghAPI) commits(rest []string) {
	if len(rest) > 0 {
		sha, ok := a.r.resolve(strings.Join(rest, "/"))
		if !ok {
			a.notFound()
			return
		}
		c, ok := a.r.commit(a.r.peel(sha))
		if !ok {
			a.notFound()
			return
		}
		a.ok(a.commitJSON(c))
		return
	}
	sha, ok := a.r.resolve(a.req.URL.Query().Get("sha"))
	if !ok {
		a.notFound()
		return
	}
	out := []ghCommitJSON{}
	filter := strings.Trim(a.req.URL.Query().Get("path"), "/")
	for cur := a.r.peel(sha); cur != "" && len(out) < 30; {
		c, ok := a.r.commit(cur)
		if !ok {
			break
		}
		if filter == "" || a.touches(c, filter) {
			out = append(out, a.commitJSON(c))
		}
		cur = ""
		if len(c.parents) > 0 {
			cur = c.parents[0]
		}
	}
	a.ok(out)
}

// touches reports whether commit c changed path p relative to its first parent.
func (a *ghAPI) touches(c *gitCommit, p string) bool {
	now, _ := a.r.lookup(c.tree, p)
	var before treeEntry
	if len(c.parents) > 0 {
		if pc, ok := a.r.commit(c.parents[0]); ok {
			before, _ = a.r.lookup(pc.tree, p)
		}
	}
	return now.sha != before.sha
}

// --- raw.githubusercontent.com ---

func (g *GitHub) serveRaw(w http.ResponseWriter, r *http.Request) {
	notFound := func() { textResponse(w, r, http.StatusNotFound, "text/plain; charset=utf-8", "404: Not Found") }
	authed := false
	if r.Header.Get("Authorization") != "" {
		if _, _, a, ok := g.auth(w, r); !ok {
			return
		} else {
			authed = a
		}
	}
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if len(parts) < 4 {
		notFound()
		return
	}
	repo := g.repo(parts[0], parts[1], authed)
	if repo == nil {
		notFound()
		return
	}
	ref, rest := parts[2], parts[3:]
	if ref == "refs" && len(rest) >= 3 {
		ref, rest = "refs/"+rest[0]+"/"+rest[1], rest[2:]
	}
	tree, ok := repo.treeOf(ref)
	if !ok {
		notFound()
		return
	}
	e, ok := repo.lookup(tree, strings.Join(rest, "/"))
	if !ok || e.mode == "40000" {
		notFound()
		return
	}
	o := repo.objects[e.sha]
	if o == nil {
		notFound()
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("ETag", `"`+e.sha+`"`)
	w.Header().Set("Content-Length", strconv.Itoa(len(o.data)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(o.data)
	}
}

// --- github.com ---

func (g *GitHub) serveWeb(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	notFound := func() { textResponse(w, r, http.StatusNotFound, "text/html; charset=utf-8", "Not Found") }
	if len(parts) < 5 || parts[2] != "releases" {
		notFound()
		return
	}
	repo := g.repo(parts[0], parts[1], false)
	if repo == nil {
		notFound()
		return
	}
	var tag, name string
	switch {
	case parts[3] == "download" && len(parts) == 6:
		tag, name = parts[4], parts[5]
	case parts[3] == "latest" && parts[4] == "download" && len(parts) == 6 && len(repo.releases) > 0:
		tag, name = repo.releases[0].tag, parts[5]
	default:
		notFound()
		return
	}
	for _, rel := range repo.releases {
		if rel.tag != tag {
			continue
		}
		for _, as := range rel.assets {
			if as.name == name {
				w.Header().Set("Location", objectURL(repo, as))
				w.Header().Set("Content-Length", "0")
				w.WriteHeader(http.StatusFound)
				return
			}
		}
	}
	notFound()
}

// --- objects.githubusercontent.com ---

func (g *GitHub) serveObjects(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	if len(parts) == 3 && parts[0] == "github-production-release-asset" {
		g.mu.Lock()
		var found *ghAsset
		for _, key := range g.order {
			repo := g.repos[key]
			if strconv.Itoa(repo.id) != parts[1] {
				continue
			}
			for _, rel := range repo.releases {
				for _, as := range rel.assets {
					if strconv.Itoa(as.id) == parts[2] {
						found = as
					}
				}
			}
		}
		g.mu.Unlock()
		if found != nil {
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Header().Set("Content-Disposition", "attachment; filename="+found.name)
			http.ServeContent(w, r, found.name, time.Time{}, bytes.NewReader(found.data))
			return
		}
	}
	textResponse(w, r, http.StatusNotFound, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>")
}
