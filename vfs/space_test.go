package vfs

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkSpace verifies the space accounting of f against its tree: every allocation unit the
// committed tree references is referenced once and marked used, nothing else is, each
// directory has the metadata its entries need, and statvfs reports the rest as free.
func checkSpace(t testing.TB, f *Flash) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	g, st := f.g, f.st
	seen := map[int32]string{}
	add := func(u int32, who string) {
		if prev, dup := seen[u]; dup {
			t.Fatalf("unit %d used by %s and %s", u, prev, who)
		}
		seen[u] = who
	}
	var visit func(p string, n *node)
	visit = func(p string, n *node) {
		if n.dir {
			if f.isLFS() {
				require.Equal(t, 2*g.lfsPairs(n), len(n.meta), "metadata pairs of %s", p)
			} else if n.name != "" {
				require.Equal(t, g.fatDirClusters(n), len(n.meta), "clusters of %s", p)
			}
			for _, u := range n.meta {
				add(u, p+" (metadata)")
			}
			for _, k := range n.kids {
				visit(p+"/"+k.name, k)
			}
			return
		}
		c := n.data
		if c.inline {
			require.LessOrEqual(t, c.size, g.inlineMax, "inline %s", p)
			return
		}
		require.Equal(t, g.nchunks(c.size), len(c.chunks), "chunks of %s (size %d)", p, c.size)
		for _, ch := range c.chunks {
			add(ch.block, p)
		}
	}
	visit("", st.root)
	for u := int64(0); u < g.units; u++ {
		_, ok := seen[int32(u)]
		require.Equal(t, ok, st.used.has(u), "bitmap of unit %d", u)
	}
	require.Equal(t, int64(len(seen)), st.nused)
	pend := f.pending()
	for u := range pend {
		_, ok := seen[u]
		require.False(t, ok, "pending unit %d also committed", u)
	}
	require.Equal(t, g.units-int64(len(seen))-int64(len(pend)), f.freeUnits())
}

func boards() []struct {
	name   string
	blocks int64
} {
	return []struct {
		name   string
		blocks int64
	}{{"RPI_PICO_W", 212}, {"RPI_PICO", 352}, {"ESP32_GENERIC", 512}, {"ESP32_OTA", 240}}
}

func TestFreshLittleFSUsesTwoBlocks(t *testing.T) {
	for _, b := range boards() {
		f, err := New(Config{Size: b.blocks * 4096})
		require.NoError(t, err)
		sv := f.Statvfs()
		assert.Equal(t, [10]int64{4096, 4096, b.blocks, b.blocks - 2, b.blocks - 2, 0, 0, 0, 0, 255}, sv, b.name)
		checkSpace(t, f)
	}
}

func TestFreshFATStatvfs(t *testing.T) {
	f, err := New(Config{Size: 512 * 4096, Model: FAT})
	require.NoError(t, err)
	sv := f.Statvfs()
	// boot sector, one FAT block, a 16 KiB root directory (4 blocks): 506 data clusters.
	assert.Equal(t, [10]int64{4096, 4096, 506, 506, 506, 0, 0, 0, 0, 255}, sv)
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []Config{
		{Size: 0},
		{Size: 4096 * 100, BlockSize: 3000},
		{Size: 4096*100 + 1},
		{Size: 4096 * 100, Model: Model(7)},
		{Size: 4096 * 100, NameMax: -1},
	} {
		_, err := New(c)
		assert.Error(t, err, "%+v", c)
	}
}

func writeFile(t testing.TB, f *Flash, p string, data []byte) {
	t.Helper()
	h, err := f.OpenMode(p, "wb")
	require.NoError(t, err)
	_, err = h.Write(data)
	require.NoError(t, err)
	require.NoError(t, h.Close())
}

func TestLittleFSSpaceAccounting(t *testing.T) {
	f, err := New(Config{Size: 212 * 4096})
	require.NoError(t, err)
	// Inline: up to 128 bytes live in the directory's metadata.
	writeFile(t, f, "/small", bytes.Repeat([]byte{1}, 128))
	assert.Equal(t, int64(210), f.Statvfs()[3])
	// One more byte moves the file to a block.
	writeFile(t, f, "/small", bytes.Repeat([]byte{1}, 129))
	assert.Equal(t, int64(209), f.Statvfs()[3])
	// CTZ block i>0 loses 4*(ctz(i)+1) bytes to pointers: 4096+4092 bytes fit in two
	// blocks, one more byte needs a third.
	writeFile(t, f, "/big", make([]byte, 4096+4092))
	assert.Equal(t, int64(207), f.Statvfs()[3])
	writeFile(t, f, "/big", make([]byte, 4096+4092+1))
	assert.Equal(t, int64(206), f.Statvfs()[3])
	// A directory is a metadata pair.
	require.NoError(t, f.Mkdir("/lib", 0))
	assert.Equal(t, int64(204), f.Statvfs()[3])
	checkSpace(t, f)
}

func TestLittleFSCopyOnWriteNeedsRoomForBothVersions(t *testing.T) {
	f, err := New(Config{Size: 20 * 4096})
	require.NoError(t, err)
	old := bytes.Repeat([]byte("o"), 10*4000)
	writeFile(t, f, "/app.py", old) // 10 blocks of 18 free
	free := f.Statvfs()[3]
	h, err := f.OpenMode("/app.py", "w")
	require.NoError(t, err)
	// While the new version is written, the old one still holds its blocks.
	_, err = h.Write(bytes.Repeat([]byte("n"), 10*4000))
	require.Error(t, err)
	e, _ := ErrnoOf(err)
	assert.Equal(t, int(ENOSPC), e)
	assert.Equal(t, int64(0), f.Statvfs()[3])
	require.NoError(t, h.Close(), "littlefs: closing a file whose write failed commits nothing and succeeds")
	got, err := f.ReadFile("/app.py")
	require.NoError(t, err)
	assert.Equal(t, old, got, "the old version survives")
	assert.Equal(t, free, f.Statvfs()[3])
	checkSpace(t, f)
}

func TestFillingRaisesENOSPC(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		t.Run(m.String(), func(t *testing.T) {
			f, err := New(Config{Size: 212 * 4096, Model: m})
			require.NoError(t, err)
			h, err := f.OpenMode("/fill.bin", "wb")
			require.NoError(t, err)
			chunk := bytes.Repeat([]byte{0xA5}, 1000)
			var written int64
			for {
				n, err := h.Write(chunk)
				written += int64(n)
				if err != nil {
					e, ok := ErrnoOf(err)
					require.True(t, ok)
					assert.Equal(t, 28, e)
					break
				}
				require.Less(t, written, int64(212*4096), "never ran out of space")
			}
			assert.Equal(t, int64(0), f.Statvfs()[3], "nothing left")
			checkSpace(t, f)
			// Before close, a cut leaves the empty file (littlefs) or the empty entry (FAT).
			im, err := f.ImageAt(f.Ops() - 1)
			require.NoError(t, err)
			fi, err := im.Stat("/fill.bin")
			require.NoError(t, err)
			assert.Equal(t, int64(0), fi.Size())
			require.NoError(t, h.Close())
			fi, err = f.Stat("/fill.bin")
			require.NoError(t, err)
			if m == LittleFS {
				// LFS_F_ERRED: the failed file is never committed.
				assert.Equal(t, int64(0), fi.Size())
				assert.Equal(t, int64(210), f.Statvfs()[3])
			} else {
				// FatFs commits what fitted: whole clusters.
				assert.Equal(t, written, fi.Size())
				assert.Equal(t, int64(0), fi.Size()%4096)
				assert.Equal(t, int64(0), f.Statvfs()[3])
			}
			checkSpace(t, f)
		})
	}
}

func TestMetadataSplitsAndENOSPCOnCreate(t *testing.T) {
	f, err := New(Config{Size: 8 * 4096})
	require.NoError(t, err)
	// 6 blocks free. Fill all but one with data, then create files until the root pair
	// must split: littlefs reports that as ENAMETOOLONG from open (lfs_file_opencfg).
	writeFile(t, f, "/data", make([]byte, 4096+4092+4088+4092+4084)) // 5 blocks
	assert.Equal(t, int64(1), f.Statvfs()[3])
	var err2 error
	for i := 0; i < 200 && err2 == nil; i++ {
		var h *File
		h, err2 = f.OpenMode(fmt.Sprintf("/f%03d", i), "w")
		if err2 == nil {
			require.NoError(t, h.Close())
		}
	}
	require.Error(t, err2)
	e, _ := ErrnoOf(err2)
	assert.Equal(t, int(ENAMETOOLONG), e)
	checkSpace(t, f)
}

func TestStatvfsMatchesFilesAfterRemoves(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		f, err := New(Config{Size: 240 * 4096, Model: m})
		require.NoError(t, err)
		start := f.Statvfs()[3]
		require.NoError(t, f.MkdirAll("/lib/pkg", 0))
		for i := 0; i < 30; i++ {
			writeFile(t, f, fmt.Sprintf("/lib/pkg/m%02d.py", i), make([]byte, 300*i))
			checkSpace(t, f)
		}
		require.NoError(t, f.RemoveAll("/lib"))
		checkSpace(t, f)
		assert.Equal(t, start, f.Statvfs()[3], m.String())
	}
}
