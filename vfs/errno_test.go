package vfs

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errnoTree makes /d (holding /d/f), the empty directory /e and the file /file.
func errnoTree(t *testing.T, m Model) *Flash {
	t.Helper()
	f, err := New(Config{Size: 64 * 4096, Model: m})
	require.NoError(t, err)
	require.NoError(t, f.Mkdir("/d", 0))
	require.NoError(t, f.Mkdir("/e", 0))
	for _, p := range []string{"/d/f", "/file"} {
		h, err := f.OpenMode(p, "w")
		require.NoError(t, err)
		_, err = h.WriteString("hello")
		require.NoError(t, err)
		require.NoError(t, h.Close())
	}
	return f
}

func TestErrnoTable(t *testing.T) {
	open := func(p, mode string) func(f *Flash) error {
		return func(f *Flash) error {
			h, err := f.OpenMode(p, mode)
			if err == nil {
				return h.Close()
			}
			return err
		}
	}
	long := strings.Repeat("n", 256)
	cases := []struct {
		name     string
		do       func(f *Flash) error
		lfs, fat Errno // 0: success
	}{
		{"stat missing", func(f *Flash) error { _, err := f.Stat("/missing"); return err }, ENOENT, ENOENT},
		{"open missing for reading", open("/missing", "r"), ENOENT, ENOENT},
		{"open a directory for reading", open("/d", "r"), EISDIR, ENOENT},
		{"open a directory for writing", open("/d", "w"), EISDIR, EACCES},
		{"open existing with x", open("/file", "x"), EEXIST, EEXIST},
		{"open a directory with x", open("/d", "x"), EEXIST, EEXIST},
		{"open through a file", open("/file/x", "r"), ENOTDIR, ENOENT},
		{"create in a missing directory", open("/missing/x", "w"), ENOENT, ENOENT},
		{"open a file with a trailing slash", open("/file/", "r"), ENOTDIR, 0},
		{"create with a trailing slash", open("/new/", "w"), ENOTDIR, 0},
		{"open with a bad mode", open("/file", "q"), EINVAL, EINVAL},
		{"name too long", open("/"+long, "w"), ENAMETOOLONG, EINVAL},
		{"name of 255 bytes", open("/"+long[:255], "w"), 0, 0},
		{"name with a colon", open("/a:b", "w"), 0, EINVAL},
		{"FAT is case-insensitive", func(f *Flash) error { _, err := f.Stat("/FILE"); return err }, ENOENT, 0},
		{"mkdir existing dir", func(f *Flash) error { return f.Mkdir("/d", 0) }, EEXIST, EEXIST},
		{"mkdir over a file", func(f *Flash) error { return f.Mkdir("/file", 0) }, EEXIST, EEXIST},
		{"mkdir root", func(f *Flash) error { return f.Mkdir("/", 0) }, EEXIST, EEXIST},
		{"mkdir in a missing dir", func(f *Flash) error { return f.Mkdir("/missing/x", 0) }, ENOENT, ENOENT},
		{"mkdir through a file", func(f *Flash) error { return f.Mkdir("/file/x", 0) }, ENOTDIR, ENOENT},
		{"remove missing", func(f *Flash) error { return f.Remove("/missing") }, ENOENT, ENOENT},
		{"remove non-empty dir", func(f *Flash) error { return f.Remove("/d") }, ENOTEMPTY, EISDIR},
		{"remove empty dir", func(f *Flash) error { return f.Remove("/e") }, 0, EISDIR},
		{"remove root", func(f *Flash) error { return f.Remove("/") }, EINVAL, EINVAL},
		{"rmdir non-empty dir", func(f *Flash) error { return f.Rmdir("/d") }, ENOTEMPTY, EACCES},
		{"rmdir a file", func(f *Flash) error { return f.Rmdir("/file") }, 0, ENOTDIR},
		{"rmdir empty dir", func(f *Flash) error { return f.Rmdir("/e") }, 0, 0},
		{"rename missing", func(f *Flash) error { return f.Rename("/missing", "/x") }, ENOENT, ENOENT},
		{"rename into a missing dir", func(f *Flash) error { return f.Rename("/file", "/missing/x") }, ENOENT, ENOENT},
		{"rename file over dir", func(f *Flash) error { return f.Rename("/file", "/e") }, EISDIR, EEXIST},
		{"rename dir over file", func(f *Flash) error { return f.Rename("/e", "/file") }, ENOTDIR, 0},
		{"rename dir over empty dir", func(f *Flash) error { return f.Rename("/d", "/e") }, 0, EEXIST},
		{"rename dir over non-empty dir", func(f *Flash) error { return f.Rename("/e", "/d") }, ENOTEMPTY, EEXIST},
		{"rename dir into itself", func(f *Flash) error { return f.Rename("/d", "/d/sub") }, EINVAL, EINVAL},
		{"rename file over file", func(f *Flash) error { return f.Rename("/file", "/d/f") }, 0, 0},
		{"rename to itself", func(f *Flash) error { return f.Rename("/file", "/file") }, 0, 0},
		{"listdir a file", func(f *Flash) error { _, err := f.ReadDirNames("/file"); return err }, ENOTDIR, ENOTDIR},
		{"write a read-only file", func(f *Flash) error {
			h, err := f.OpenMode("/file", "r")
			require.NoError(t, err)
			_, err = h.Write([]byte("x"))
			return err
		}, EBADF, EBADF},
		{"read a write-only file", func(f *Flash) error {
			h, err := f.OpenMode("/file", "a")
			require.NoError(t, err)
			defer h.Close()
			_, err = h.Read(make([]byte, 1))
			return err
		}, EBADF, EBADF},
		{"seek before the start", func(f *Flash) error {
			h, err := f.OpenMode("/file", "r")
			require.NoError(t, err)
			_, err = h.Seek(-1, io.SeekStart)
			return err
		}, EINVAL, EINVAL},
	}
	for _, m := range []Model{LittleFS, FAT} {
		for _, c := range cases {
			t.Run(m.String()+"/"+c.name, func(t *testing.T) {
				f := errnoTree(t, m)
				want := c.lfs
				if m == FAT {
					want = c.fat
				}
				err := c.do(f)
				if want == 0 {
					assert.NoError(t, err)
					return
				}
				require.Error(t, err)
				e, ok := ErrnoOf(err)
				require.True(t, ok, "no errno in %v", err)
				assert.Equal(t, want, Errno(e), "got %v", err)
			})
		}
	}
}

func TestErrnoNamesAndIs(t *testing.T) {
	assert.Equal(t, "ENOENT", ENOENT.Error())
	assert.Equal(t, "ENOSPC", ENOSPC.Error())
	assert.Equal(t, "ENOTEMPTY", ENOTEMPTY.Error())
	assert.Equal(t, "errno 99", Errno(99).Error())
	for e, n := range map[Errno]int{ENOENT: 2, EIO: 5, ENOMEM: 12, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOSPC: 28, EROFS: 30, ENOTEMPTY: 39} {
		assert.Equal(t, n, int(e))
	}
	f := errnoTree(t, LittleFS)
	_, err := f.Stat("/nope")
	assert.True(t, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "/nope", pe.Path)
	wrapped := errors.Join(errors.New("context"), err)
	e, ok := ErrnoOf(wrapped)
	assert.True(t, ok)
	assert.Equal(t, 2, e)
	_, ok = ErrnoOf(errors.New("plain"))
	assert.False(t, ok)
}

func TestRemoveIsRmdirOnLittleFS(t *testing.T) {
	f := errnoTree(t, LittleFS)
	require.NoError(t, f.Remove("/e"))
	require.NoError(t, f.Rmdir("/file"))
	names, err := f.ReadDirNames("/")
	require.NoError(t, err)
	assert.Equal(t, []string{"d"}, names)
}
