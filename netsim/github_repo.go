package netsim

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// gitObject is one object of a repository snapshot.
type gitObject struct {
	typ  string // blob, tree, commit, tag
	data []byte
}

type treeEntry struct {
	mode string
	name string
	sha  string
}

type gitIdent struct {
	Name  string
	Email string
	When  time.Time
}

type gitCommit struct {
	sha       string
	tree      string
	parents   []string
	author    gitIdent
	committer gitIdent
	message   string
}

type gitTag struct {
	sha     string
	name    string
	object  string
	objType string
	tagger  gitIdent
	message string
}

// ghRepo is an in-memory snapshot of a repository: every object with its real SHA-1, the
// branches and tags, and the release assets.
type ghRepo struct {
	owner, name   string
	id            int
	objects       map[string]*gitObject
	branches      map[string]string // name -> commit sha
	tags          map[string]string // name -> tag object or commit sha
	defaultBranch string
	releases      []*ghRelease // newest first
}

type ghAsset struct {
	id   int
	name string
	data []byte
}

type ghRelease struct {
	id     int
	tag    string
	commit string
	date   time.Time
	body   string
	assets []*ghAsset
}

// loadRepo snapshots dir: a git repository (read with the git binary, never modified) or a
// plain directory (one synthetic commit on branch main).
func loadRepo(owner, name, dir string) (*ghRepo, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("netsim: github repo %s/%s: %w", owner, name, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("netsim: github repo %s/%s: %s is not a directory", owner, name, dir)
	}
	r := &ghRepo{owner: owner, name: name, objects: map[string]*gitObject{}, branches: map[string]string{}, tags: map[string]string{}}
	if isGitRepo(dir) {
		err = r.loadGit(dir)
	} else {
		err = r.loadPlain(dir)
	}
	if err != nil {
		return nil, fmt.Errorf("netsim: github repo %s/%s from %s: %w", owner, name, dir, err)
	}
	if err := r.buildReleases(dir); err != nil {
		return nil, fmt.Errorf("netsim: github repo %s/%s releases: %w", owner, name, err)
	}
	return r, nil
}

func isGitRepo(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
		return true
	}
	// A bare repository.
	_, e1 := os.Stat(filepath.Join(dir, "HEAD"))
	_, e2 := os.Stat(filepath.Join(dir, "objects"))
	return e1 == nil && e2 == nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-c", "safe.directory=*", "-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

func (r *ghRepo) loadGit(dir string) error {
	out, err := git(dir, "cat-file", "--batch-all-objects", "--batch")
	if err != nil {
		return err
	}
	br := bufio.NewReader(bytes.NewReader(out))
	for {
		line, err := br.ReadString('\n')
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("git cat-file: unexpected header %q", line)
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("git cat-file: bad size in %q", line)
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(br, data); err != nil {
			return fmt.Errorf("git cat-file: short object %s: %w", f[0], err)
		}
		if _, err := br.ReadByte(); err != nil {
			return fmt.Errorf("git cat-file: missing newline after %s", f[0])
		}
		r.objects[f[0]] = &gitObject{typ: f[1], data: data}
	}
	refs, err := git(dir, "for-each-ref", "--format=%(objectname) %(refname)")
	if err != nil {
		return err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(refs)), "\n") {
		sha, ref, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if b, ok := strings.CutPrefix(ref, "refs/heads/"); ok {
			r.branches[b] = sha
		} else if t, ok := strings.CutPrefix(ref, "refs/tags/"); ok {
			r.tags[t] = sha
		}
	}
	if head, err := git(dir, "symbolic-ref", "-q", "HEAD"); err == nil {
		r.defaultBranch = strings.TrimPrefix(strings.TrimSpace(string(head)), "refs/heads/")
	}
	if _, ok := r.branches[r.defaultBranch]; !ok {
		r.defaultBranch = ""
		for _, b := range []string{"main", "master"} {
			if _, ok := r.branches[b]; ok {
				r.defaultBranch = b
				break
			}
		}
	}
	return nil
}

// hashObject stores an object under its git SHA-1 and returns the SHA.
func (r *ghRepo) hashObject(typ string, data []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "%s %d\x00", typ, len(data))
	h.Write(data)
	sha := hex.EncodeToString(h.Sum(nil))
	r.objects[sha] = &gitObject{typ: typ, data: data}
	return sha
}

// plainEpoch is the author date of a plain directory's synthetic commit.
var plainEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func (r *ghRepo) loadPlain(dir string) error {
	tree, err := r.plainTree(dir, true)
	if err != nil {
		return err
	}
	ident := fmt.Sprintf("ota-emu <ota-emu@localhost> %d +0000", plainEpoch.Unix())
	commit := fmt.Sprintf("tree %s\nauthor %s\ncommitter %s\n\nSnapshot of a plain directory\n", tree, ident, ident)
	sha := r.hashObject("commit", []byte(commit))
	r.branches["main"] = sha
	r.defaultBranch = "main"
	entries, err := os.ReadDir(filepath.Join(dir, ".release-assets"))
	if err == nil {
		for _, e := range entries {
			if e.IsDir() {
				r.tags[e.Name()] = sha
			}
		}
	}
	return nil
}

// plainTree hashes a directory as git would (files 100644 or 100755, sorted git-style).
func (r *ghRepo) plainTree(dir string, top bool) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var items []treeEntry
	for _, e := range entries {
		if e.Name() == ".git" || (top && e.Name() == ".release-assets") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			sha, err := r.plainTree(p, false)
			if err != nil {
				return "", err
			}
			items = append(items, treeEntry{mode: "40000", name: e.Name(), sha: sha})
		case e.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return "", err
			}
			info, err := e.Info()
			if err != nil {
				return "", err
			}
			mode := "100644"
			if info.Mode()&0o111 != 0 {
				mode = "100755"
			}
			items = append(items, treeEntry{mode: mode, name: e.Name(), sha: r.hashObject("blob", data)})
		}
	}
	sort.Slice(items, func(i, j int) bool { return gitSortKey(items[i]) < gitSortKey(items[j]) })
	var buf bytes.Buffer
	for _, it := range items {
		raw, _ := hex.DecodeString(it.sha)
		fmt.Fprintf(&buf, "%s %s\x00", it.mode, it.name)
		buf.Write(raw)
	}
	return r.hashObject("tree", buf.Bytes()), nil
}

func gitSortKey(e treeEntry) string {
	if e.mode == "40000" {
		return e.name + "/"
	}
	return e.name
}

func (r *ghRepo) tree(sha string) ([]treeEntry, bool) {
	o := r.objects[sha]
	if o == nil || o.typ != "tree" {
		return nil, false
	}
	var out []treeEntry
	data := o.data
	for len(data) > 0 {
		sp := bytes.IndexByte(data, ' ')
		nul := bytes.IndexByte(data, 0)
		if sp < 0 || nul < sp || len(data) < nul+21 {
			return nil, false
		}
		out = append(out, treeEntry{mode: string(data[:sp]), name: string(data[sp+1 : nul]), sha: hex.EncodeToString(data[nul+1 : nul+21])})
		data = data[nul+21:]
	}
	return out, true
}

func parseIdent(s string) gitIdent {
	// "Name <email> 1700000000 +0100"
	lt, gt := strings.Index(s, "<"), strings.LastIndex(s, ">")
	if lt < 0 || gt < lt {
		return gitIdent{Name: s}
	}
	id := gitIdent{Name: strings.TrimSpace(s[:lt]), Email: s[lt+1 : gt]}
	f := strings.Fields(s[gt+1:])
	if len(f) >= 1 {
		if sec, err := strconv.ParseInt(f[0], 10, 64); err == nil {
			id.When = time.Unix(sec, 0).UTC()
		}
	}
	return id
}

func splitHeaders(data []byte) (map[string][]string, string) {
	head, msg, _ := strings.Cut(string(data), "\n\n")
	h := map[string][]string{}
	for _, line := range strings.Split(head, "\n") {
		if k, v, ok := strings.Cut(line, " "); ok {
			h[k] = append(h[k], v)
		}
	}
	return h, msg
}

func (r *ghRepo) commit(sha string) (*gitCommit, bool) {
	o := r.objects[sha]
	if o == nil || o.typ != "commit" {
		return nil, false
	}
	h, msg := splitHeaders(o.data)
	c := &gitCommit{sha: sha, message: msg, parents: h["parent"]}
	if t := h["tree"]; len(t) > 0 {
		c.tree = t[0]
	}
	if a := h["author"]; len(a) > 0 {
		c.author = parseIdent(a[0])
	}
	if a := h["committer"]; len(a) > 0 {
		c.committer = parseIdent(a[0])
	}
	return c, true
}

func (r *ghRepo) tagObject(sha string) (*gitTag, bool) {
	o := r.objects[sha]
	if o == nil || o.typ != "tag" {
		return nil, false
	}
	h, msg := splitHeaders(o.data)
	t := &gitTag{sha: sha, message: msg}
	if v := h["object"]; len(v) > 0 {
		t.object = v[0]
	}
	if v := h["type"]; len(v) > 0 {
		t.objType = v[0]
	}
	if v := h["tag"]; len(v) > 0 {
		t.name = v[0]
	}
	if v := h["tagger"]; len(v) > 0 {
		t.tagger = parseIdent(v[0])
	}
	return t, true
}

// peel follows tag objects to the commit (or other object) they name.
func (r *ghRepo) peel(sha string) string {
	for i := 0; i < 10; i++ {
		t, ok := r.tagObject(sha)
		if !ok {
			return sha
		}
		sha = t.object
	}
	return sha
}

// resolve turns a ref as GitHub accepts it (branch, tag, refs/heads/x, refs/tags/x, heads/x,
// tags/x, a full or abbreviated SHA) into an object SHA (tags are not peeled).
func (r *ghRepo) resolve(ref string) (string, bool) {
	if ref == "" {
		ref = r.defaultBranch
	}
	switch {
	case strings.HasPrefix(ref, "refs/heads/"):
		sha, ok := r.branches[strings.TrimPrefix(ref, "refs/heads/")]
		return sha, ok
	case strings.HasPrefix(ref, "refs/tags/"):
		sha, ok := r.tags[strings.TrimPrefix(ref, "refs/tags/")]
		return sha, ok
	case strings.HasPrefix(ref, "heads/"):
		sha, ok := r.branches[strings.TrimPrefix(ref, "heads/")]
		return sha, ok
	case strings.HasPrefix(ref, "tags/"):
		sha, ok := r.tags[strings.TrimPrefix(ref, "tags/")]
		return sha, ok
	}
	if sha, ok := r.branches[ref]; ok {
		return sha, true
	}
	if sha, ok := r.tags[ref]; ok {
		return sha, true
	}
	if _, ok := r.objects[ref]; ok {
		return ref, true
	}
	if len(ref) >= 7 && len(ref) < 40 && isHex(ref) {
		found := ""
		for sha := range r.objects {
			if strings.HasPrefix(sha, ref) {
				if found != "" {
					return "", false
				}
				found = sha
			}
		}
		return found, found != ""
	}
	return "", false
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// treeOf returns the tree SHA for a ref naming a commit, a tag or a tree.
func (r *ghRepo) treeOf(ref string) (string, bool) {
	sha, ok := r.resolve(ref)
	if !ok {
		return "", false
	}
	sha = r.peel(sha)
	if c, ok := r.commit(sha); ok {
		return c.tree, true
	}
	if o := r.objects[sha]; o != nil && o.typ == "tree" {
		return sha, true
	}
	return "", false
}

// lookup finds a path inside a tree: the entry, or the root when p is "".
func (r *ghRepo) lookup(tree, p string) (treeEntry, bool) {
	cur := treeEntry{mode: "40000", sha: tree}
	p = strings.Trim(p, "/")
	if p == "" {
		return cur, true
	}
	for _, part := range strings.Split(p, "/") {
		entries, ok := r.tree(cur.sha)
		if !ok {
			return treeEntry{}, false
		}
		found := false
		for _, e := range entries {
			if e.name == part {
				cur, found = e, true
				break
			}
		}
		if !found {
			return treeEntry{}, false
		}
	}
	cur.name = path.Base(p)
	return cur, true
}

// buildReleases makes every tag a release (newest first) with the assets in
// DIR/.release-assets/TAG/.
func (r *ghRepo) buildReleases(dir string) error {
	names := make([]string, 0, len(r.tags))
	for t := range r.tags {
		names = append(names, t)
	}
	var rels []*ghRelease
	for _, t := range names {
		sha := r.tags[t]
		rel := &ghRelease{tag: t, commit: r.peel(sha)}
		if tg, ok := r.tagObject(sha); ok {
			rel.date = tg.tagger.When
			rel.body = strings.TrimSpace(tg.message)
		} else if c, ok := r.commit(rel.commit); ok {
			rel.date = c.committer.When
		}
		if c, ok := r.commit(rel.commit); ok && rel.date.IsZero() {
			rel.date = c.committer.When
		}
		adir := filepath.Join(dir, ".release-assets", t)
		err := filepath.WalkDir(adir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() {
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				rel.assets = append(rel.assets, &ghAsset{name: d.Name(), data: data})
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		sort.Slice(rel.assets, func(i, j int) bool { return rel.assets[i].name < rel.assets[j].name })
		rels = append(rels, rel)
	}
	// Oldest first for stable ids, then newest first for listing.
	sort.Slice(rels, func(i, j int) bool {
		if !rels[i].date.Equal(rels[j].date) {
			return rels[i].date.Before(rels[j].date)
		}
		return versionLess(rels[i].tag, rels[j].tag)
	})
	for i, rel := range rels {
		rel.id = 100000 + i + 1
		for j, a := range rel.assets {
			a.id = rel.id*100 + j + 1
		}
	}
	for i, j := 0, len(rels)-1; i < j; i, j = i+1, j-1 {
		rels[i], rels[j] = rels[j], rels[i]
	}
	r.releases = rels
	return nil
}

// versionLess compares tags by their numeric parts (v1.10 after v1.9), then as strings.
func versionLess(a, b string) bool {
	na, nb := numParts(a), numParts(b)
	for i := 0; i < len(na) && i < len(nb); i++ {
		if na[i] != nb[i] {
			return na[i] < nb[i]
		}
	}
	if len(na) != len(nb) {
		return len(na) < len(nb)
	}
	return a < b
}

func numParts(s string) []int {
	var out []int
	cur, in := 0, false
	for _, c := range s {
		if c >= '0' && c <= '9' {
			cur, in = cur*10+int(c-'0'), true
		} else if in {
			out = append(out, cur)
			cur, in = 0, false
		}
	}
	if in {
		out = append(out, cur)
	}
	return out
}
