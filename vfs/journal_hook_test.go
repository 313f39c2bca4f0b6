package vfs

import (
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type stopHere struct{}

func TestSetOnOpSeesEveryOperationAndMayStopTheWriter(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	var seen []Op
	f.SetOnOp(func(op Op) { seen = append(seen, op) })
	require.NoError(t, afero.WriteFile(f, "/a.txt", []byte("hello"), 0o644))
	require.NoError(t, f.Mkdir("/d", 0o755))
	require.Equal(t, f.Journal(), seen, "the hook sees exactly the journal, in order")

	// a panicking hook (a power cut) stops the caller and leaves the flash usable
	f.SetOnOp(func(op Op) {
		if op.Kind == "rename" {
			panic(stopHere{})
		}
	})
	func() {
		defer func() { assert.Equal(t, stopHere{}, recover()) }()
		_ = f.Rename("/a.txt", "/b.txt")
	}()
	k := f.Ops() - 1
	assert.Equal(t, "rename", f.Journal()[k].Kind, "the operation is journalled before the hook runs")
	img, err := f.ImageAt(k)
	require.NoError(t, err)
	_, err = img.Stat("/b.txt")
	assert.NoError(t, err)
	img2 := f.Snapshot()
	require.NoError(t, afero.WriteFile(img2, "/c.txt", []byte("x"), 0o644), "images do not inherit the hook")
	f.SetOnOp(nil)
	require.NoError(t, f.Remove("/d"))
}
