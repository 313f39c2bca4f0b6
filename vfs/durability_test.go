package vfs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// imageFile reads p from the image after operation k; ok is false when p is missing.
func imageFile(t *testing.T, f *Flash, k int, p string) ([]byte, bool) {
	t.Helper()
	im, err := f.ImageAt(k)
	require.NoError(t, err)
	b, err := im.ReadFile(p)
	if err != nil {
		e, _ := ErrnoOf(err)
		require.Equal(t, int(ENOENT), e, "%v", err)
		return nil, false
	}
	return b, true
}

func TestLittleFSCommitsAtFlushAndClose(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, f, "/v.txt", []byte("old"))
	h, err := f.OpenMode("/v.txt", "w")
	require.NoError(t, err)
	_, err = h.Write([]byte("new version, first half;"))
	require.NoError(t, err)
	k := f.Ops() - 1
	got, ok := imageFile(t, f, k, "/v.txt")
	require.True(t, ok)
	assert.Equal(t, "old", string(got), "a cut before flush keeps the old data (O_TRUNC is not committed)")
	require.NoError(t, h.Sync())
	got, _ = imageFile(t, f, f.Ops()-1, "/v.txt")
	assert.Equal(t, "new version, first half;", string(got))
	_, err = h.Write([]byte(" second half"))
	require.NoError(t, err)
	got, _ = imageFile(t, f, f.Ops()-1, "/v.txt")
	assert.Equal(t, "new version, first half;", string(got))
	require.NoError(t, h.Close())
	got, _ = imageFile(t, f, f.Ops()-1, "/v.txt")
	assert.Equal(t, "new version, first half; second half", string(got))
}

func TestNewFileSurvivesEmptyBeforeClose(t *testing.T) {
	// littlefs commits the name of a new file at open (lfs_file_opencfg), so a cut before
	// close leaves an empty file, not no file. This matters for "is the tree one release".
	for _, m := range []Model{LittleFS, FAT} {
		f, err := New(Config{Size: 64 * 4096, Model: m})
		require.NoError(t, err)
		h, err := f.OpenMode("/new.py", "w")
		require.NoError(t, err)
		_, err = h.Write(bytes.Repeat([]byte("x"), 5000))
		require.NoError(t, err)
		got, ok := imageFile(t, f, f.Ops()-1, "/new.py")
		assert.True(t, ok, m.String())
		assert.Empty(t, got, m.String())
		_, ok = imageFile(t, f, -1, "/new.py")
		assert.False(t, ok)
		require.NoError(t, h.Close())
	}
}

func TestRenameOverExisting(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		t.Run(m.String(), func(t *testing.T) {
			f, err := New(Config{Size: 64 * 4096, Model: m})
			require.NoError(t, err)
			writeFile(t, f, "/main.py", []byte("v1"))
			writeFile(t, f, "/main.py.new", []byte("v2"))
			before := f.Ops()
			require.NoError(t, f.Rename("/main.py.new", "/main.py"))
			ops := f.Journal()[before:]
			if m == LittleFS {
				require.Len(t, ops, 1, "atomic")
				assert.Equal(t, KindRename, ops[0].Kind)
			} else {
				require.Len(t, ops, 2, "remove then rename")
				assert.Equal(t, KindRemove, ops[0].Kind)
				assert.Equal(t, "/main.py", ops[0].Path)
				assert.Equal(t, KindRename, ops[1].Kind)
				// The cut between the two steps loses the target.
				_, ok := imageFile(t, f, before, "/main.py")
				assert.False(t, ok)
				got, _ := imageFile(t, f, before, "/main.py.new")
				assert.Equal(t, "v2", string(got))
			}
			got, _ := imageFile(t, f, f.Ops()-1, "/main.py")
			assert.Equal(t, "v2", string(got))
			_, ok := imageFile(t, f, f.Ops()-1, "/main.py.new")
			assert.False(t, ok)
			checkSpace(t, f)
		})
	}
}

func TestFATSizeCommitsAtSyncDataInPlace(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096, Model: FAT})
	require.NoError(t, err)
	writeFile(t, f, "/log", bytes.Repeat([]byte("a"), 6000))
	h, err := f.OpenMode("/log", "r+")
	require.NoError(t, err)
	_, err = h.Write(bytes.Repeat([]byte("b"), 7000)) // 6000 in place, 1000 beyond the size
	require.NoError(t, err)
	got, _ := imageFile(t, f, f.Ops()-1, "/log")
	assert.Equal(t, bytes.Repeat([]byte("b"), 6000), got, "in-place data is on the flash, the size is not")
	require.NoError(t, h.Sync())
	got, _ = imageFile(t, f, f.Ops()-1, "/log")
	assert.Equal(t, bytes.Repeat([]byte("b"), 7000), got)
	require.NoError(t, h.Close())
}

func TestFATTruncatingOpenCommitsAtOnce(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096, Model: FAT})
	require.NoError(t, err)
	writeFile(t, f, "/cfg.json", []byte(`{"v": 1}`))
	h, err := f.OpenMode("/cfg.json", "w")
	require.NoError(t, err)
	got, ok := imageFile(t, f, f.Ops()-1, "/cfg.json")
	require.True(t, ok)
	assert.Empty(t, got, "a cut after open('w') leaves a zero-length file on FAT")
	require.NoError(t, h.Close())

	l, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, l, "/cfg.json", []byte(`{"v": 1}`))
	ops := l.Ops()
	h, err = l.OpenMode("/cfg.json", "w")
	require.NoError(t, err)
	assert.Equal(t, ops, l.Ops(), "littlefs journals nothing at open of an existing file")
	require.NoError(t, h.Close())
}

func TestFATCutInsideSectorWipesEraseBlock(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096, Model: FAT})
	require.NoError(t, err)
	orig := bytes.Repeat([]byte("A"), 8192)
	writeFile(t, f, "/data.bin", orig)
	h, err := f.OpenMode("/data.bin", "r+")
	require.NoError(t, err)
	_, err = h.Seek(4096+100, io.SeekStart)
	require.NoError(t, err)
	start := f.TotalWritten()
	_, err = h.Write(bytes.Repeat([]byte("B"), 1000))
	require.NoError(t, err)
	require.NoError(t, h.Close())

	// A cut at a sector boundary: the sectors before it are written, nothing is wiped.
	im, err := f.ImageAtByte(start + 412) // 4096+100+412 = 4608, a sector boundary
	require.NoError(t, err)
	got, err := im.ReadFile("/data.bin")
	require.NoError(t, err)
	want := bytes.Clone(orig)
	copy(want[4196:4608], bytes.Repeat([]byte("B"), 412))
	assert.Equal(t, want, got)

	// A cut inside a sector: the erase block (cluster 1) is left erased.
	im, err = f.ImageAtByte(start + 500)
	require.NoError(t, err)
	got, err = im.ReadFile("/data.bin")
	require.NoError(t, err)
	want = bytes.Clone(orig)
	copy(want[4096:], bytes.Repeat([]byte{0xFF}, 4096))
	assert.Equal(t, want, got)
	k, within := f.OpAtByte(start + 500)
	assert.Equal(t, int64(500), within)
	assert.Equal(t, KindWrite, f.Journal()[k].Kind)
}

func TestLittleFSCutInsideWriteIsLastCommit(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, f, "/a", []byte("one"))
	h, err := f.OpenMode("/a", "w")
	require.NoError(t, err)
	start := f.TotalWritten()
	_, err = h.Write(bytes.Repeat([]byte("z"), 3000))
	zs := string(bytes.Repeat([]byte("z"), 3000))
	require.NoError(t, err)
	require.NoError(t, h.Close())
	for _, n := range []int64{start + 1, start + 1500, start + 2999} {
		im, err := f.ImageAtByte(n)
		require.NoError(t, err)
		got, err := im.ReadFile("/a")
		require.NoError(t, err)
		assert.Equal(t, "one", string(got))
	}
	im, err := f.ImageAtByte(f.TotalWritten() * 50 / 100)
	require.NoError(t, err)
	got, _ := im.ReadFile("/a")
	assert.Equal(t, "one", string(got))
	im, err = f.ImageAtByte(start + 3000)
	require.NoError(t, err)
	got, _ = im.ReadFile("/a")
	assert.True(t, string(got) == "one", "the write is complete but not closed")
	im, err = f.ImageAt(f.Ops() - 1)
	require.NoError(t, err)
	got, _ = im.ReadFile("/a")
	assert.True(t, string(got) == zs, "closed")
}

func TestImagesAreIndependent(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, f, "/a", bytes.Repeat([]byte("1"), 5000))
	k := f.Ops() - 1
	im, err := f.ImageAt(k)
	require.NoError(t, err)
	// Writing the image again changes neither the original nor other images.
	h, err := im.OpenMode("/a", "r+")
	require.NoError(t, err)
	_, err = h.Write(bytes.Repeat([]byte("2"), 100))
	require.NoError(t, err)
	require.NoError(t, h.Close())
	writeFile(t, im, "/b", []byte("image only"))
	got, _ := imageFile(t, f, k, "/a")
	assert.Equal(t, bytes.Repeat([]byte("1"), 5000), got)
	_, ok := imageFile(t, f, k, "/b")
	assert.False(t, ok)
	got, _ = im.ReadFile("/a")
	assert.Equal(t, append(bytes.Repeat([]byte("2"), 100), bytes.Repeat([]byte("1"), 4900)...), got)
	assert.Equal(t, 5, im.Ops(), "the image journals its own operations (write, close, create, write, close)")
	checkSpace(t, im)
	checkSpace(t, f)
	snap := f.Snapshot()
	assert.Equal(t, f.Tree(), snap.Tree())
}

func TestListingOrder(t *testing.T) {
	names := []string{"a", "234", "111", "11111", "1234", "B", "main.py", "boot.py"}
	for _, m := range []Model{LittleFS, FAT} {
		f, err := New(Config{Size: 64 * 4096, Model: m})
		require.NoError(t, err)
		for _, n := range names {
			writeFile(t, f, "/"+n, nil)
		}
		got, err := f.ReadDirNames("/")
		require.NoError(t, err)
		if m == LittleFS {
			// Bytewise, but a longer name before its own prefix (littlefs #923).
			assert.Equal(t, []string{"11111", "111", "1234", "234", "B", "a", "boot.py", "main.py"}, got)
		} else {
			assert.Equal(t, names, got, "creation order")
			// FatFs reuses the first run of free slots: a short name fills the hole.
			require.NoError(t, f.Remove("/111"))
			writeFile(t, f, "/zz", nil)
			got, _ = f.ReadDirNames("/")
			assert.Equal(t, []string{"a", "234", "zz", "11111", "1234", "B", "main.py", "boot.py"}, got)
		}
		h, err := f.Open("/")
		require.NoError(t, err)
		fis, err := h.Readdir(-1)
		require.NoError(t, err)
		assert.Len(t, fis, len(names))
	}
}

func TestMtimes(t *testing.T) {
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, m := range []Model{LittleFS, FAT} {
		f, err := New(Config{Size: 64 * 4096, Model: m, Now: func() time.Time { return clock }})
		require.NoError(t, err)
		writeFile(t, f, "/f", []byte("x"))
		require.NoError(t, f.Mkdir("/d", 0))
		fi, err := f.Stat("/f")
		require.NoError(t, err)
		assert.Equal(t, clock.Unix(), fi.Sys().(*StatT).Mtime)
		assert.Equal(t, uint32(0x8000), fi.Sys().(*StatT).Mode)
		fi, err = f.Stat("/d")
		require.NoError(t, err)
		if m == LittleFS {
			assert.Equal(t, int64(0), fi.Sys().(*StatT).Mtime, "littlefs directories have no mtime")
		} else {
			assert.Equal(t, clock.Unix(), fi.Sys().(*StatT).Mtime)
		}
	}
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, f, "/f", []byte("x"))
	fi, _ := f.Stat("/f")
	assert.Equal(t, int64(0), fi.Sys().(*StatT).Mtime, "no clock, mtime 0")
}

func TestWearCounters(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	for i := 0; i < 5; i++ {
		writeFile(t, f, "/a", make([]byte, 5000))
	}
	var erased int
	for _, o := range f.Journal() {
		erased += len(o.Erased)
	}
	assert.Equal(t, 10, erased, "two blocks per rewrite of a two-block file")
	var total uint32
	for _, w := range f.Wear() {
		total += w
	}
	assert.Equal(t, uint32(2+10), total, "format erased the superblock pair")
	im, err := f.ImageAt(0)
	require.NoError(t, err)
	total = 0
	for _, w := range im.Wear() {
		total += w
	}
	assert.Equal(t, uint32(2), total)
}

func TestResolve(t *testing.T) {
	for _, c := range [][3]string{
		{"/", "", "/"},
		{"/lib", "", "/lib"},
		{"/lib", "x.py", "/lib/x.py"},
		{"/lib", "../main.py", "/main.py"},
		{"/", "..", "/"},
		{"/lib", "/abs//y", "/abs/y"},
		{"/lib", "./d/", "/lib/d/"},
	} {
		assert.Equal(t, c[2], Resolve(c[0], c[1]), "%q %q", c[0], c[1])
	}
}

func TestOpJSON(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	writeFile(t, f, "/a", make([]byte, 5000))
	b, err := json.Marshal(f.Journal())
	require.NoError(t, err)
	assert.JSONEq(t, `[
		{"index":0,"kind":"create","path":"/a","offset":0,"commit":true},
		{"index":1,"kind":"write","path":"/a","bytes":5000,"offset":0,"commit":false,"erased":[2,3]},
		{"index":2,"kind":"close","path":"/a","offset":5000,"commit":true}]`, string(b))
}

func TestFATCutInsideDirectoryRewriteLosesTheBlock(t *testing.T) {
	f, err := New(Config{Size: 240 * 4096, Model: FAT})
	require.NoError(t, err)
	// 130 one-slot entries: slots 0..127 fill the root's first 4 KiB block.
	for i := 0; i < 130; i++ {
		writeFile(t, f, fmt.Sprintf("/f%03d", i), []byte{byte(i)})
	}
	h, err := f.OpenMode("/f005", "w")
	require.NoError(t, err)
	_, err = h.Write([]byte("new"))
	require.NoError(t, err)
	require.NoError(t, h.Close())
	k := f.Ops() - 1
	require.Equal(t, KindClose, f.Journal()[k].Kind)
	im, err := f.ImageInside(k)
	require.NoError(t, err)
	names, err := im.ReadDirNames("/")
	require.NoError(t, err)
	assert.Equal(t, []string{"f128", "f129"}, names, "the entries sharing the erase block are gone")
	checkSpace(t, im)
	assert.Equal(t, int64(f.g.units-2), im.Statvfs()[3], "their clusters are free again")

	l, err := New(Config{Size: 240 * 4096})
	require.NoError(t, err)
	writeFile(t, l, "/a", []byte("one"))
	for k := 0; k < l.Ops(); k++ {
		inside, err := l.ImageInside(k)
		require.NoError(t, err)
		before, err := l.ImageAt(k - 1)
		require.NoError(t, err)
		assert.Equal(t, before.Tree(), inside.Tree(), "littlefs operations are atomic")
	}
	_, err = l.ImageInside(l.Ops())
	assert.Error(t, err)
}

func TestEntriesAndResetJournal(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096})
	require.NoError(t, err)
	require.NoError(t, f.Mkdir("/lib", 0))
	writeFile(t, f, "/lib/b.py", []byte("b"))
	writeFile(t, f, "/a.py", []byte("a"))
	var paths []string
	for _, e := range f.Entries() {
		paths = append(paths, e.Path)
	}
	assert.Equal(t, []string{"/a.py", "/lib", "/lib/b.py"}, paths)
	im, err := f.ImageAt(1)
	require.NoError(t, err)
	f.ResetJournal()
	assert.Equal(t, 0, f.Ops())
	assert.Equal(t, int64(0), f.TotalWritten())
	base, err := f.ImageAt(-1)
	require.NoError(t, err)
	assert.Equal(t, f.Tree(), base.Tree())
	assert.Equal(t, map[string][]byte{"/lib/": nil, "/lib/b.py": {}}, im.Tree(), "an earlier image is unaffected")
}

func TestFATRenameChangesCaseInPlace(t *testing.T) {
	f, err := New(Config{Size: 64 * 4096, Model: FAT})
	require.NoError(t, err)
	writeFile(t, f, "/main.py", []byte("x"))
	writeFile(t, f, "/boot.py", []byte("y"))
	require.NoError(t, f.Rename("/main.py", "/MAIN.PY"))
	names, err := f.ReadDirNames("/")
	require.NoError(t, err)
	assert.Equal(t, []string{"MAIN.PY", "boot.py"}, names)
	j := f.Journal()
	assert.Equal(t, "/MAIN.PY", j[len(j)-1].Path2)
	got, err := f.ReadFile("/main.py")
	require.NoError(t, err)
	assert.Equal(t, "x", string(got))
}

func TestImagesInParallel(t *testing.T) {
	f := updateJournal(t)
	want := make([]map[string][]byte, 8)
	for g := range want {
		im, err := f.ImageAt(g * 120)
		require.NoError(t, err)
		want[g] = im.Tree()
	}
	done := make(chan error, len(want))
	for g := range want {
		go func() {
			im, err := f.ImageAt(g * 120)
			if err == nil {
				for i := 0; i < 20 && err == nil; i++ {
					var h *File
					if h, err = im.OpenMode("/app/f00.py", "a"); err == nil {
						_, err = h.Write(make([]byte, 700))
						if cerr := h.Close(); err == nil {
							err = cerr
						}
					}
				}
			}
			done <- err
		}()
	}
	for range want {
		require.NoError(t, <-done)
	}
	for g := range want {
		im, err := f.ImageAt(g * 120)
		require.NoError(t, err)
		assert.Equal(t, want[g], im.Tree(), "image %d", g*120)
	}
}
