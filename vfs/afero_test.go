package vfs

import (
	iofs "io/fs"
	"os"
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAferoHelpers(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		f, err := New(Config{Size: 64 * 4096, Model: m})
		require.NoError(t, err)
		fs := afero.Afero{Fs: f}
		require.NoError(t, fs.MkdirAll("/lib/pkg", 0o755))
		require.NoError(t, fs.WriteFile("/lib/pkg/mod.py", []byte("X = 1\n"), 0o644))
		require.NoError(t, fs.WriteFile("/main.py", []byte("import mod\n"), 0o644))
		b, err := fs.ReadFile("/lib/pkg/mod.py")
		require.NoError(t, err)
		assert.Equal(t, "X = 1\n", string(b))
		// os.IsNotExist only knows syscall.Errno (so afero.Exists does not work);
		// errors.Is does.
		_, err = fs.Stat("/nope")
		assert.ErrorIs(t, err, iofs.ErrNotExist)
		var walked []string
		require.NoError(t, fs.Walk("/", func(p string, info os.FileInfo, err error) error {
			require.NoError(t, err)
			walked = append(walked, p)
			return nil
		}))
		assert.Equal(t, []string{"/", "/lib", "/lib/pkg", "/lib/pkg/mod.py", "/main.py"}, walked)
		infos, err := fs.ReadDir("/lib/pkg")
		require.NoError(t, err)
		require.Len(t, infos, 1)
		assert.Equal(t, int64(6), infos[0].Size())
		require.NoError(t, fs.RemoveAll("/lib"))
		_, err = fs.Stat("/lib")
		assert.ErrorIs(t, err, iofs.ErrNotExist)
	}
}
