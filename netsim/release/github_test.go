package release

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func needGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
}

func gitOut(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
	return strings.TrimSpace(string(out))
}

// twoReleases records 1.0 (appV1) then 1.1 (appV2) in a repository at dir.
func twoReleases(t *testing.T, dir string) (*Release, *Release) {
	t.Helper()
	r1 := build(t, writeApp(t, appV1), Options{Version: "1.0", Time: testTime, Key: []byte("k")})
	r2 := build(t, writeApp(t, appV2), Options{Version: "1.1", Time: testTime.Add(24 * time.Hour), Key: []byte("k"), Previous: writeApp(t, appV1)})
	require.NoError(t, r1.WriteGitHubRepo(dir))
	require.NoError(t, r2.WriteGitHubRepo(dir))
	return r1, r2
}

func get(t *testing.T, h http.Handler, rawURL string) *httptest.ResponseRecorder {
	t.Helper()
	u, err := url.Parse(rawURL)
	require.NoError(t, err)
	req := httptest.NewRequest(http.MethodGet, u.RequestURI(), nil)
	req.Host = u.Host
	req.Header.Set("User-Agent", "test")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestGitHubRepoServedByEmulator(t *testing.T) {
	needGit(t)
	dir := filepath.Join(t.TempDir(), "repo")
	r1, r2 := twoReleases(t, dir)
	assert.Equal(t, "1.1\n1.0", gitOut(t, dir, "tag", "--sort=-creatordate"))
	assert.Empty(t, gitOut(t, dir, "status", "--porcelain", "--untracked-files=all"), "assets stay out of the commits")
	// The second commit's tree is exactly the second release's tree.
	tracked := strings.Split(gitOut(t, dir, "-c", "core.quotePath=false", "ls-files"), "\n")
	var want []string
	for _, f := range r2.Files {
		want = append(want, f.Path)
	}
	assert.ElementsMatch(t, want, tracked)
	assert.Equal(t, "Release 1.0", gitOut(t, dir, "log", "-1", "--format=%s", "1.0"))

	g, err := netsim.GitHubServer("me", "app", dir, netsim.GitHubOptions{})
	require.NoError(t, err)
	api := g.Handler(netsim.GitHubAPIHost)
	w := get(t, api, "https://api.github.com/repos/me/app/releases/latest")
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	var rel struct {
		TagName string `json:"tag_name"`
		Assets  []struct {
			Name string `json:"name"`
			Size int    `json:"size"`
			URL  string `json:"browser_download_url"`
		} `json:"assets"`
	}
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &rel))
	assert.Equal(t, "1.1", rel.TagName)
	names := map[string]int{}
	for _, a := range rel.Assets {
		names[a.Name] = a.Size
	}
	assert.Equal(t, map[string]int{ArchiveName: len(r2.Archive), LatestName: len(r2.Latest), ManifestName: len(r2.Manifest),
		SignatureName: len(r2.Signature)}, names)

	// The asset bytes, through github.com's latest/download redirect to the objects host.
	web, objects := g.Handler(netsim.GitHubWebHost), g.Handler(netsim.GitHubObjectsHost)
	for name, data := range map[string][]byte{ArchiveName: r2.Archive, ManifestName: r2.Manifest, LatestName: r2.Latest} {
		w = get(t, web, "https://github.com/me/app/releases/latest/download/"+name)
		require.Equal(t, http.StatusFound, w.Code, name)
		w = get(t, objects, w.Header().Get("Location"))
		require.Equal(t, http.StatusOK, w.Code, name)
		body, _ := io.ReadAll(w.Body)
		assert.Equal(t, data, body, name)
	}
	// The older release's archive stays downloadable by tag; raw files come from the tag's tree.
	w = get(t, web, "https://github.com/me/app/releases/download/1.0/"+ArchiveName)
	require.Equal(t, http.StatusFound, w.Code)
	w = get(t, objects, w.Header().Get("Location"))
	assert.Equal(t, r1.Archive, w.Body.Bytes())
	w = get(t, g.Handler(netsim.GitHubRawHost), "https://raw.githubusercontent.com/me/app/1.0/lib/old/gone.py")
	assert.Equal(t, appV1["lib/old/gone.py"], w.Body.String())
	w = get(t, g.Handler(netsim.GitHubRawHost), "https://raw.githubusercontent.com/me/app/1.1/lib/old/gone.py")
	assert.Equal(t, http.StatusNotFound, w.Code, "a file the new release lacks is gone from its commit")
}

func TestGitHubRepoDeterministic(t *testing.T) {
	needGit(t)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	twoReleases(t, a)
	// The user's git configuration and environment must not leak into the objects.
	t.Setenv("GIT_AUTHOR_NAME", "Somebody Else")
	t.Setenv("GIT_COMMITTER_DATE", "2001-01-01T00:00:00Z")
	twoReleases(t, b)
	for _, ref := range []string{"HEAD", "1.0", "1.1", "1.1^{commit}"} {
		assert.Equal(t, gitOut(t, a, "rev-parse", ref), gitOut(t, b, "rev-parse", ref), ref)
	}
	assert.Equal(t, "ota-emu <ota-emu@localhost> "+testTime.Add(24*time.Hour).Format("2006-01-02T15:04:05+00:00"),
		gitOut(t, a, "log", "-1", "--format=%an <%ae> %aI", "1.1"))
}

func TestGitHubRepoRefusals(t *testing.T) {
	needGit(t)
	dir := filepath.Join(t.TempDir(), "repo")
	r1, _ := twoReleases(t, dir)
	assert.ErrorContains(t, r1.WriteGitHubRepo(dir), "already has a tag 1.0")

	r3 := build(t, writeApp(t, appV2), Options{Version: "1.2", Time: testTime})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.py"), []byte("edited"), 0o644))
	assert.ErrorContains(t, r3.WriteGitHubRepo(dir), "uncommitted changes")

	plain := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(plain, "notes.txt"), nil, 0o644))
	assert.ErrorContains(t, r3.WriteGitHubRepo(plain), "neither empty nor a git work tree")

	bad := build(t, writeApp(t, appV2), Options{Version: "1..2", Serial: 1})
	assert.ErrorContains(t, bad.WriteGitHubRepo(t.TempDir()), "not a valid git tag name")
	spaced := build(t, writeApp(t, appV2), Options{Version: "1 2", Serial: 1})
	assert.ErrorContains(t, spaced.WriteGitHubRepo(t.TempDir()), "not a valid git tag name")
}

func TestGitHubRepoIgnoresUserIgnoreRules(t *testing.T) {
	needGit(t)
	cfg := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(cfg, "git"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(cfg, "git", "ignore"), []byte("*.bin\n"), 0o644))
	t.Setenv("XDG_CONFIG_HOME", cfg)
	dir := filepath.Join(t.TempDir(), "repo")
	r := build(t, writeApp(t, appV1), Options{Version: "1.0", Time: testTime})
	require.NoError(t, r.WriteGitHubRepo(dir))
	assert.Contains(t, gitOut(t, dir, "ls-tree", "-r", "--name-only", "1.0"), "assets/logo.bin")

	// An ignore rule inside the repository that drops a release file is an error, not a
	// silently incomplete release.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".git", "info", "exclude"), []byte("/.release-assets/\n*.py\n"), 0o644))
	r2 := build(t, writeApp(t, appV2), Options{Version: "1.1", Time: testTime})
	assert.ErrorContains(t, r2.WriteGitHubRepo(dir), "did not stage exactly the release tree")
	assert.Empty(t, gitOut(t, dir, "status", "--porcelain", "--untracked-files=all"), "work tree restored")
	data, err := os.ReadFile(filepath.Join(dir, "main.py"))
	require.NoError(t, err)
	assert.Equal(t, appV1["main.py"], string(data))
	assert.Equal(t, "1.0", gitOut(t, dir, "tag"))
}
