package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// releaseApp writes a small application directory.
func releaseApp(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func TestReleaseWritesEveryFormat(t *testing.T) {
	app := releaseApp(t, map[string]string{"main.py": "print('v2')\n", "lib/util.py": "X = 2\n", ".env": "SECRET"})
	prev := releaseApp(t, map[string]string{"main.py": "print('v1')\n", "lib/old.py": ""})
	before := snapshot(t, app)
	keyFile := filepath.Join(t.TempDir(), "key")
	require.NoError(t, os.WriteFile(keyFile, []byte("s3cret\n"), 0o600))
	out := filepath.Join(t.TempDir(), "rel")
	stdout, stderr, code := runCLI(t, "release", app, "--version", "1.2.0", "--key-file", keyFile, "--previous", prev,
		"--out", out, "--time", "2026-03-01T00:00:00Z")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "release 1.2.0 (versions.json serial 1002000, signed): 3 files")
	assert.Contains(t, stdout, "deletes: lib/old.py")
	assert.Equal(t, before, snapshot(t, app), "APPDIR untouched")

	got := snapshot(t, out)
	latest := got[filepath.Join(out, "latest")]
	assert.True(t, strings.HasPrefix(latest, "1.2.0;firmware.tar.gz;1;"), latest)
	archive := got[filepath.Join(out, "firmware.tar.gz")]
	sum := sha256.Sum256([]byte(archive))
	assert.Equal(t, hex.EncodeToString(sum[:])+"\n", strings.SplitN(latest, ";", 4)[3])
	manifest := got[filepath.Join(out, "manifest.json")]
	mac := hmac.New(sha256.New, []byte("s3cret")) // the key file's newline is not part of the key
	mac.Write([]byte(manifest))
	assert.Equal(t, hex.EncodeToString(mac.Sum(nil))+"\n", got[filepath.Join(out, "manifest.json.sig")])
	assert.Contains(t, manifest, `"deletes":["lib/old.py"]`)
	assert.Equal(t, "X = 2\n", got[filepath.Join(out, "files", "lib", "util.py")])
	assert.Equal(t, "1.2.0\n", got[filepath.Join(out, "files", "version")])
	assert.NotContains(t, got, filepath.Join(out, "files", ".env"))
	assert.Contains(t, got[filepath.Join(out, "versions.json")], `"signature": "`)

	// Same input, same bytes; a non-empty --out needs --force.
	_, stderr, code = runCLI(t, "release", app, "--version", "1.2.0", "--key", "s3cret", "--previous", prev, "--out", out, "--time", "1772323200")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "not empty (add --force")
	_, stderr, code = runCLI(t, "release", app, "--version", "1.2.0", "--key", "s3cret", "--previous", prev, "--out", out, "--time", "1772323200", "--force")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, got, snapshot(t, out))
}

func TestReleaseUsageErrors(t *testing.T) {
	app := releaseApp(t, map[string]string{"main.py": "print(1)\n"})
	empty := t.TempDir()
	out := func() string { return filepath.Join(t.TempDir(), "out") }
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"release", app, "--out", out()}, "--version is required"},
		{[]string{"release", app, "--version", "1.0"}, "--out is required"},
		{[]string{"release", app, "--version", "1.0;x", "--out", out()}, "contains ';'"},
		{[]string{"release", app, "--version", "1.0\n2", "--out", out()}, "control character"},
		{[]string{"release", empty, "--version", "1.0", "--out", out(), "--version-file", "-"}, "holds no files"},
		{[]string{"release", filepath.Join(app, "nope"), "--version", "1.0", "--out", out()}, "not a directory"},
		{[]string{"release", app, "--version", "1.0", "--out", filepath.Join(app, "rel")}, "overlap"},
		{[]string{"release", app, "--version", "1.0", "--out", out(), "--github-repo", app}, "overlap"},
		{[]string{"release", app, "--version", "1.0", "--out", out(), "--key", "a", "--key-file", "b"}, "not both"},
		{[]string{"release", app, "--version", "1.0", "--out", out(), "--time", "yesterday"}, "RFC 3339"},
		{[]string{"release", app, "--version", "nightly", "--out", out()}, "--serial"},
		{[]string{"release", app, "--version", "1.0", "--out", out(), "--previous", filepath.Join(app, "main.py")}, "--previous"},
		{[]string{"release", app, "a", "--version", "1.0", "--out", out()}, "accepts 1 arg"},
	}
	before := snapshot(t, app)
	for _, c := range cases {
		_, stderr, code := runCLI(t, c.args...)
		assert.Equal(t, exitUsage, code, "%v: %s", c.args, stderr)
		assert.Contains(t, stderr, c.want, "%v", c.args)
	}
	assert.Equal(t, before, snapshot(t, app))
	_, err := os.Stat(filepath.Join(app, "rel"))
	assert.True(t, os.IsNotExist(err), "nothing written inside APPDIR")
}

func TestReleaseGitHubRepo(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := filepath.Join(t.TempDir(), "repo")
	for i, v := range []string{"1.0", "1.1"} {
		app := releaseApp(t, map[string]string{"main.py": "print('" + v + "')\n"})
		stdout, stderr, code := runCLI(t, "release", app, "--version", v, "--out", filepath.Join(t.TempDir(), "rel"),
			"--github-repo", repo, "--time", []string{"1772323200", "1772409600"}[i])
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, stdout, "tagged "+v+" in "+repo)
	}
	for _, n := range []string{release.ArchiveName, release.ManifestName, release.LatestName} {
		_, err := os.Stat(filepath.Join(repo, release.AssetsDir, "1.1", n))
		assert.NoError(t, err, n)
	}
	app := releaseApp(t, map[string]string{"main.py": ""})
	_, stderr, code := runCLI(t, "release", app, "--version", "1.1", "--out", filepath.Join(t.TempDir(), "rel"), "--github-repo", repo)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "already has a tag 1.1")
}
