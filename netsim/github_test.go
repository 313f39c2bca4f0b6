package netsim

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gitRun runs git in dir with fixed identities and dates.
func gitRun(t *testing.T, dir string, date string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Dev", "GIT_AUTHOR_EMAIL=dev@example.com", "GIT_COMMITTER_NAME=Dev",
		"GIT_COMMITTER_EMAIL=dev@example.com", "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
	return strings.TrimSpace(string(out))
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
}

// makeRepo builds a repository with two releases: v1.0 (lightweight tag) and v1.1 (annotated,
// with a release asset).
func makeRepo(t *testing.T) string {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	gitRun(t, dir, "2026-01-01T00:00:00Z", "init", "-q", "-b", "main")
	writeFiles(t, dir, map[string]string{"main.py": "print('v1.0')\n", "lib/util.py": "X = 1\n", "version.json": `{"version": "1.0"}`})
	gitRun(t, dir, "2026-01-01T00:00:00Z", "add", ".")
	gitRun(t, dir, "2026-01-01T00:00:00Z", "commit", "-q", "-m", "first")
	gitRun(t, dir, "2026-01-01T00:00:00Z", "tag", "v1.0")
	writeFiles(t, dir, map[string]string{"main.py": "print('v1.1')\n", "lib/deep/more.py": "Y = 2\n", "version.json": `{"version": "1.1"}`})
	gitRun(t, dir, "2026-01-02T00:00:00Z", "add", ".")
	gitRun(t, dir, "2026-01-02T00:00:00Z", "commit", "-q", "-m", "second")
	gitRun(t, dir, "2026-01-02T00:00:00Z", "tag", "-a", "v1.1", "-m", "Release 1.1")
	writeFiles(t, dir, map[string]string{".release-assets/v1.1/firmware.bin": "FIRMWARE-1.1", ".release-assets/v1.1/app.tar": "TAR"})
	return dir
}

func githubWorld(t *testing.T, opts GitHubOptions) (*Clock, *Network, string) {
	dir := makeRepo(t)
	g, err := GitHubServer("octo", "app", dir, opts)
	require.NoError(t, err)
	clock, n := world(t, 1)
	require.NoError(t, n.AddGitHub(g))
	return clock, n, dir
}

func getJSON(t *testing.T, n *Network, url string, v any) result {
	t.Helper()
	r := mustGet(t, n, url, getOpts{verify: true})
	require.Equal(t, 200, r.resp.StatusCode, "%s: %s", url, r.body)
	require.NoError(t, json.Unmarshal(r.body, v), string(r.body))
	return r
}

func TestGitHubTreesHaveRealBlobSHA1s(t *testing.T) {
	_, n, dir := githubWorld(t, GitHubOptions{})
	var tree struct {
		SHA  string
		Tree []struct{ Path, Mode, Type, SHA string }
	}
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/trees/main?recursive=1", &tree)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "main^{tree}"), tree.SHA)
	paths := map[string]string{}
	for _, e := range tree.Tree {
		paths[e.Path] = e.Type
		if e.Type == "blob" {
			want := gitRun(t, dir, "", "hash-object", e.Path)
			assert.Equal(t, want, e.SHA, e.Path)
		}
	}
	assert.Equal(t, map[string]string{"lib": "tree", "lib/deep": "tree", "lib/deep/more.py": "blob", "lib/util.py": "blob",
		"main.py": "blob", "version.json": "blob"}, paths)

	// Non-recursive, by tag name and by SHA.
	var top struct{ Tree []struct{ Path string } }
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/trees/v1.0", &top)
	assert.Len(t, top.Tree, 3)
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/trees/"+tree.SHA, &top)
	assert.Len(t, top.Tree, 3)
}

func TestGitHubReleasesAndAssets(t *testing.T) {
	_, n, dir := githubWorld(t, GitHubOptions{})
	var latest ghReleaseJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/releases/latest", &latest)
	assert.Equal(t, "v1.1", latest.TagName)
	assert.Equal(t, "Release 1.1", latest.Body)
	require.Len(t, latest.Assets, 2)
	assert.Equal(t, "app.tar", latest.Assets[0].Name)
	fw := latest.Assets[1]
	assert.Equal(t, "firmware.bin", fw.Name)
	assert.Equal(t, 12, fw.Size)
	assert.Equal(t, "https://github.com/octo/app/releases/download/v1.1/firmware.bin", fw.BrowserDownloadURL)

	var byTag ghReleaseJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/releases/tags/v1.0", &byTag)
	assert.Empty(t, byTag.Assets)
	var all []ghReleaseJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/releases", &all)
	require.Len(t, all, 2)
	assert.Equal(t, "v1.1", all[0].TagName)

	// Asset download through the API: 302 to the objects host, which serves the bytes.
	r := mustGet(t, n, fw.URL, getOpts{verify: true, header: map[string]string{"Accept": "application/octet-stream"}})
	require.Equal(t, 302, r.resp.StatusCode)
	loc := r.resp.Header.Get("Location")
	assert.True(t, strings.HasPrefix(loc, "https://objects.githubusercontent.com/"), loc)
	r = mustGet(t, n, loc, getOpts{verify: true})
	assert.Equal(t, "FIRMWARE-1.1", string(r.body))
	r = mustGet(t, n, loc, getOpts{verify: true, header: map[string]string{"Range": "bytes=9-"}})
	assert.Equal(t, 206, r.resp.StatusCode)
	assert.Equal(t, "1.1", string(r.body))
	// Without the octet-stream Accept header the API gives the asset's JSON.
	var asset ghAssetJSON
	getJSON(t, n, fw.URL, &asset)
	assert.Equal(t, fw.ID, asset.ID)

	// Browser download URL: github.com answers 302 too; latest/download as well.
	for _, u := range []string{fw.BrowserDownloadURL, "https://github.com/octo/app/releases/latest/download/firmware.bin"} {
		r = mustGet(t, n, u, getOpts{verify: true})
		require.Equal(t, 302, r.resp.StatusCode, u)
		assert.Equal(t, loc, r.resp.Header.Get("Location"))
	}

	// Refs and annotated tags.
	var ref ghRefJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/ref/tags/v1.1", &ref)
	assert.Equal(t, "tag", ref.Object.Type)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "v1.1"), ref.Object.SHA)
	var tag struct {
		Tag    string
		Object ghObjRef
	}
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/tags/"+ref.Object.SHA, &tag)
	assert.Equal(t, "v1.1", tag.Tag)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "v1.1^{commit}"), tag.Object.SHA)
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/ref/heads/main", &ref)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "main"), ref.Object.SHA)
	assert.Equal(t, "commit", ref.Object.Type)
	var refs []ghRefJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/git/refs/tags", &refs)
	assert.Len(t, refs, 2)
}

func TestGitHubContentsCommitsAndRaw(t *testing.T) {
	_, n, dir := githubWorld(t, GitHubOptions{})
	var listing []ghContent
	getJSON(t, n, "https://api.github.com/repos/octo/app/contents/lib?ref=refs/tags/v1.0", &listing)
	require.Len(t, listing, 1)
	assert.Equal(t, "util.py", listing[0].Name)
	assert.Equal(t, "file", listing[0].Type)
	require.NotNil(t, listing[0].DownloadURL)
	var root []ghContent
	getJSON(t, n, "https://api.github.com/repos/octo/app/contents/", &root)
	assert.Len(t, root, 3)

	var file ghContent
	getJSON(t, n, "https://api.github.com/repos/octo/app/contents/main.py?ref=v1.0", &file)
	raw, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(file.Content, "\n", ""))
	require.NoError(t, err)
	assert.Equal(t, "print('v1.0')\n", string(raw))

	var commits []ghCommitJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/commits", &commits)
	require.Len(t, commits, 2)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "main"), commits[0].SHA)
	getJSON(t, n, "https://api.github.com/repos/octo/app/commits?path=lib/util.py", &commits)
	assert.Len(t, commits, 1, "only the first commit touched lib/util.py")
	var one ghCommitJSON
	getJSON(t, n, "https://api.github.com/repos/octo/app/commits/v1.0", &one)
	assert.Equal(t, gitRun(t, dir, "", "rev-parse", "v1.0"), one.SHA)

	for _, u := range []string{
		"https://raw.githubusercontent.com/octo/app/main/main.py",
		"https://raw.githubusercontent.com/octo/app/refs/heads/main/main.py",
		"https://raw.githubusercontent.com/octo/app/v1.1/main.py",
	} {
		r := mustGet(t, n, u, getOpts{verify: true, noUA: true})
		assert.Equal(t, "print('v1.1')\n", string(r.body), u)
	}
	r := mustGet(t, n, "https://raw.githubusercontent.com/octo/app/v1.0/nope.py", getOpts{verify: true})
	assert.Equal(t, 404, r.resp.StatusCode)
	assert.Equal(t, "404: Not Found", string(r.body))

	r = mustGet(t, n, "https://api.github.com/repos/octo/app/nonsense", getOpts{verify: true})
	assert.Equal(t, 404, r.resp.StatusCode)
	assert.JSONEq(t, `{"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"}`, string(r.body))
	r = mustGet(t, n, "https://api.github.com/repos/octo/app/releases/latest", getOpts{verify: true, noUA: true})
	assert.Equal(t, 403, r.resp.StatusCode, "the API wants a User-Agent")
}

func TestGitHubRateLimitOnVirtualClock(t *testing.T) {
	clock, n, _ := githubWorld(t, GitHubOptions{Tokens: []string{"ghp_good"}, AnonymousLimit: 5})
	url := "https://api.github.com/repos/octo/app/releases/latest"
	for i := 0; i < 5; i++ {
		r := mustGet(t, n, url, getOpts{verify: true})
		require.Equal(t, 200, r.resp.StatusCode)
		assert.Equal(t, strconv.Itoa(4-i), r.resp.Header.Get("X-RateLimit-Remaining"))
	}
	r := mustGet(t, n, url, getOpts{verify: true})
	assert.Equal(t, 403, r.resp.StatusCode)
	assert.Contains(t, string(r.body), "API rate limit exceeded for 192.168.4.2")
	reset := r.resp.Header.Get("X-RateLimit-Reset")
	assert.Equal(t, strconv.FormatInt(time.Date(2026, 1, 1, 1, 0, 0, 0, time.UTC).Unix(), 10), reset)

	r = mustGet(t, n, url, getOpts{verify: true, header: map[string]string{"Authorization": "token ghp_good"}})
	assert.Equal(t, 200, r.resp.StatusCode)
	assert.Equal(t, "5000", r.resp.Header.Get("X-RateLimit-Limit"))
	r = mustGet(t, n, url, getOpts{verify: true, header: map[string]string{"Authorization": "Bearer nope"}})
	assert.Equal(t, 401, r.resp.StatusCode)

	clock.Sleep(time.Hour)
	r = mustGet(t, n, url, getOpts{verify: true})
	assert.Equal(t, 200, r.resp.StatusCode, "the window resets an hour later on the virtual clock")
}

func TestGitHubPrivateRepoNeedsToken(t *testing.T) {
	_, n, _ := githubWorld(t, GitHubOptions{Tokens: []string{"t1"}, Private: true})
	r := mustGet(t, n, "https://api.github.com/repos/octo/app/releases/latest", getOpts{verify: true})
	assert.Equal(t, 404, r.resp.StatusCode)
	r = mustGet(t, n, "https://api.github.com/repos/octo/app/releases/latest", getOpts{verify: true, header: map[string]string{"Authorization": "token t1"}})
	assert.Equal(t, 200, r.resp.StatusCode)
	r = mustGet(t, n, "https://raw.githubusercontent.com/octo/app/main/main.py", getOpts{verify: true})
	assert.Equal(t, 404, r.resp.StatusCode)
}

func TestGitHubPlainDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"main.py": "print(1)\n", "lib/a.py": "A\n", ".release-assets/v2/fw.bin": "FW2", ".release-assets/v1/fw.bin": "FW1"})
	g, err := GitHubServer("me", "plain", dir, GitHubOptions{})
	require.NoError(t, err)
	_, n := world(t, 1)
	require.NoError(t, n.AddGitHub(g))
	var latest ghReleaseJSON
	getJSON(t, n, "https://api.github.com/repos/me/plain/releases/latest", &latest)
	assert.Equal(t, "v2", latest.TagName)
	var tree struct {
		Tree []struct{ Path, SHA, Type string }
	}
	getJSON(t, n, "https://api.github.com/repos/me/plain/git/trees/main?recursive=1", &tree)
	got := map[string]string{}
	for _, e := range tree.Tree {
		got[e.Path] = e.SHA
	}
	// Blob SHA-1s as git computes them: sha1("blob <len>\0" + content).
	assert.Equal(t, fmt.Sprintf("%x", sha1.Sum([]byte("blob 9\x00print(1)\n"))), got["main.py"])
	assert.NotContains(t, got, ".release-assets")
	if _, err := exec.LookPath("git"); err == nil {
		assert.Equal(t, gitRun(t, dir, "", "hash-object", "main.py"), got["main.py"])
		assert.Equal(t, gitRun(t, dir, "", "hash-object", "lib/a.py"), got["lib/a.py"])
	}
	_, err = GitHubServer("me", "x", filepath.Join(dir, "missing"), GitHubOptions{})
	assert.Error(t, err)
	_, err = GitHubServer("", "x", dir, GitHubOptions{})
	assert.Error(t, err)
}

func TestGitHubCloneHasFreshCounters(t *testing.T) {
	dir := makeRepo(t)
	g, err := GitHubServer("octo", "app", dir, GitHubOptions{AnonymousLimit: 1})
	require.NoError(t, err)
	_, n := world(t, 1)
	require.NoError(t, n.AddGitHub(g))
	url := "https://api.github.com/repos/octo/app/releases/latest"
	assert.Equal(t, 200, mustGet(t, n, url, getOpts{verify: true}).resp.StatusCode)
	assert.Equal(t, 403, mustGet(t, n, url, getOpts{verify: true}).resp.StatusCode)

	_, n2 := world(t, 1)
	require.NoError(t, n2.AddGitHub(g.Clone()))
	assert.Equal(t, 200, mustGet(t, n2, url, getOpts{verify: true}).resp.StatusCode, "a new world starts with a fresh limit")
}

func TestParseGitHubSpec(t *testing.T) {
	o, r, d, err := ParseGitHubSpec("octo/app=/tmp/repo")
	require.NoError(t, err)
	assert.Equal(t, []string{"octo", "app", "/tmp/repo"}, []string{o, r, d})
	for _, bad := range []string{"octo=/x", "octo/app", "/app=/x", "a/b/c=/x", "octo/app="} {
		_, _, _, err := ParseGitHubSpec(bad)
		assert.Error(t, err, bad)
	}
}
