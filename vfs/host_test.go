package vfs

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostState records every path under dir with its mode, size, mtime and content.
func hostState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		fi, err := os.Lstat(p)
		require.NoError(t, err)
		var body string
		if fi.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			body = string(b)
		}
		out[p] = fi.Mode().String() + "|" + fi.ModTime().String() + "|" + body
		return nil
	}))
	return out
}

func makeHostTree(t *testing.T) (root, outside string) {
	t.Helper()
	base := t.TempDir()
	root = filepath.Join(base, "device")
	outside = filepath.Join(base, "secret.txt")
	require.NoError(t, os.WriteFile(outside, []byte("host secret"), 0o600))
	files := map[string]string{
		"main.py":                 "print('main')\n",
		"boot.py":                 "import app\n",
		".version":                "1.2.3",
		"lib/app/__init__.py":     "VERSION = '1.2.3'\n",
		"lib/app/__pycache__/x.c": "junk",
		"lib/big.bin":             strings.Repeat("B", 10000),
	}
	for p, body := range files {
		hp := filepath.Join(root, filepath.FromSlash(p))
		require.NoError(t, os.MkdirAll(filepath.Dir(hp), 0o755))
		require.NoError(t, os.WriteFile(hp, []byte(body), 0o644))
	}
	require.NoError(t, os.Symlink(outside, filepath.Join(root, "escape.txt")))
	require.NoError(t, os.Symlink("main.py", filepath.Join(root, "alias.py")))
	require.NoError(t, os.Symlink(filepath.Dir(root), filepath.Join(root, "lib", "up")))
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	require.NoError(t, os.Chtimes(filepath.Join(root, "main.py"), old, old))
	return root, outside
}

func TestLoadHostDirReadsOnly(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		root, _ := makeHostTree(t)
		before := hostState(t, filepath.Dir(root))
		skip := func(rel string, isDir bool) bool { return isDir && filepath.Base(rel) == "__pycache__" }
		f, err := LoadHostDir(Config{Size: 212 * 4096, Model: m}, root, skip)
		require.NoError(t, err)
		assert.Equal(t, before, hostState(t, filepath.Dir(root)), "the host tree is untouched")
		assert.Equal(t, 0, f.Ops(), "the loaded tree is the journal's base image")
		got := f.Tree()
		assert.Equal(t, "print('main')\n", string(got["/main.py"]))
		assert.Equal(t, "print('main')\n", string(got["/alias.py"]), "a link inside the tree is followed")
		assert.Equal(t, "1.2.3", string(got["/.version"]), "dot-files are the caller's choice")
		assert.Len(t, got["/lib/big.bin"], 10000)
		assert.NotContains(t, got, "/escape.txt", "a link out of the tree is skipped")
		assert.NotContains(t, got, "/lib/up/", "a link to a directory is skipped")
		assert.NotContains(t, got, "/lib/app/__pycache__/")
		im, err := f.ImageAt(-1)
		require.NoError(t, err)
		assert.Equal(t, got, im.Tree())
		checkSpace(t, f)
	}
}

func TestLoadHostDirErrors(t *testing.T) {
	_, err := LoadHostDir(Config{Size: 212 * 4096}, filepath.Join(t.TempDir(), "missing"), nil)
	assert.Error(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "huge.bin"), make([]byte, 300*4096), 0o644))
	_, err = LoadHostDir(Config{Size: 212 * 4096}, dir, nil)
	require.Error(t, err)
	e, ok := ErrnoOf(err)
	assert.True(t, ok)
	assert.Equal(t, int(ENOSPC), e)
	assert.Contains(t, err.Error(), "does not fit")
	_, err = LoadHostDir(Config{Size: 212 * 4096}, filepath.Join(dir, "huge.bin"), nil)
	assert.ErrorContains(t, err, "not a directory")
}

func TestExportDir(t *testing.T) {
	root, _ := makeHostTree(t)
	f, err := LoadHostDir(Config{Size: 212 * 4096}, root, nil)
	require.NoError(t, err)
	require.NoError(t, f.Mkdir("/empty", 0))
	out := filepath.Join(t.TempDir(), "out")
	require.NoError(t, f.ExportDir(out))
	b, err := os.ReadFile(filepath.Join(out, ".version"))
	require.NoError(t, err)
	assert.Equal(t, "1.2.3", string(b))
	fi, err := os.Stat(filepath.Join(out, "empty"))
	require.NoError(t, err)
	assert.True(t, fi.IsDir())
	again, err := LoadHostDir(Config{Size: 212 * 4096}, out, nil)
	require.NoError(t, err)
	assert.Equal(t, f.Tree(), again.Tree(), "export then load round-trips")
	assert.ErrorContains(t, f.ExportDir(out), "not empty")
}

func TestDigests(t *testing.T) {
	f := updateJournal(t)
	for _, k := range []int{-1, 0, 500, 999} {
		im, err := f.ImageAt(k)
		require.NoError(t, err)
		ds := im.Digests()
		es := im.Entries()
		require.Len(t, ds, len(es))
		for i, e := range es {
			assert.Equal(t, e.Path, ds[i].Path)
			assert.Equal(t, e.Dir, ds[i].Dir)
			if !e.Dir {
				assert.Equal(t, sha256.Sum256(e.Data), ds[i].SHA256, e.Path)
				assert.Equal(t, int64(len(e.Data)), ds[i].Size)
			}
		}
	}
}
