package vfs

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The reference model: the durability rules of MICROPYTHON.md written as plainly as
// possible, without blocks, chunks or sharing. The driver runs the same operation sequence
// on a Flash and on the reference, and checks that every image the journal can produce
// (after each operation, and in the middle of each write) is what the rules say survives.

type refEntry struct {
	dir    bool
	size   int64  // committed size
	medium []byte // littlefs: the committed data; FAT: the bytes of the committed clusters
}

type refHandle struct {
	h        *File
	path     string
	buf      []byte
	pos      int64
	app      bool
	canWrite bool
	erred    bool
	orphan   bool
	chain    int64 // FAT: clusters the handle still shares with the committed file
}

type refWrite struct {
	op     int
	path   string
	pos    int64
	data   []byte
	entry  *refEntry // the file before the write, nil if it was not in the image
	limit  int64     // FAT: bytes of the committed clusters the write reaches in place
	before map[string][]byte
}

type refModel struct {
	t       testing.TB
	f       *Flash
	m       Model
	bs      int64
	ents    map[string]*refEntry
	handles []*refHandle
	exp     []map[string][]byte // exp[k]: the image after journal operation k
	base    map[string][]byte
	writes  []refWrite
}

var refPaths = []string{"/a", "/b", "/c.txt", "/d", "/d/x", "/d/e", "/d/e/y"}

func newRefModel(t testing.TB, m Model, blocks int64) *refModel {
	f, err := New(Config{Size: blocks * 4096, Model: m})
	require.NoError(t, err)
	r := &refModel{t: t, f: f, m: m, bs: 4096, ents: map[string]*refEntry{}}
	r.base = r.visible()
	return r
}

func (r *refModel) visible() map[string][]byte {
	out := map[string][]byte{}
	for p, e := range r.ents {
		if e.dir {
			out[p+"/"] = nil
			continue
		}
		b := make([]byte, e.size)
		copy(b, e.medium)
		out[p] = b
	}
	return out
}

func (r *refModel) padded(b []byte) []byte {
	if r.m == LittleFS {
		return bytes.Clone(b)
	}
	n := (int64(len(b)) + r.bs - 1) / r.bs * r.bs
	out := make([]byte, n)
	copy(out, b)
	return out
}

// record pushes the expected images of the operations the Flash journalled since the last
// call: all equal to the current reference image, except those given in steps first.
func (r *refModel) record(steps ...map[string][]byte) {
	d := r.f.Ops() - len(r.exp)
	require.GreaterOrEqual(r.t, d, len(steps), "journalled %d operations, the reference expects at least %d steps", d, len(steps))
	now := r.visible()
	for i := 0; i < d-len(steps); i++ {
		r.exp = append(r.exp, now)
	}
	r.exp = append(r.exp, steps...)
	require.Empty(r.t, treeDiff(now, r.f.Tree()), "live image after operation %d", r.f.Ops()-1)
	checkSpace(r.t, r.f)
}

func (r *refModel) handleOn(p string) *refHandle {
	for _, h := range r.handles {
		if h.path == p || strings.HasPrefix(h.path, p+"/") {
			return h
		}
	}
	return nil
}

// treeDiff describes the first difference between two images briefly ("" when equal).
func treeDiff(want, got map[string][]byte) string {
	keys := slices.Sorted(maps.Keys(want))
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[k]; !ok {
			return fmt.Sprintf("unexpected %s (%d bytes)", k, len(got[k]))
		}
	}
	for _, k := range keys {
		g, ok := got[k]
		if !ok {
			return fmt.Sprintf("missing %s (%d bytes)", k, len(want[k]))
		}
		w := want[k]
		if len(w) != len(g) {
			return fmt.Sprintf("%s: %d bytes, want %d", k, len(g), len(w))
		}
		for i := range w {
			if w[i] != g[i] {
				return fmt.Sprintf("%s: byte %d is %#x, want %#x", k, i, g[i], w[i])
			}
		}
	}
	return ""
}

func isErrno(err error, e Errno) bool {
	n, ok := ErrnoOf(err)
	return ok && Errno(n) == e
}

func (r *refModel) commit(h *refHandle) {
	if h.erred || h.orphan || !h.canWrite {
		return
	}
	e := r.ents[h.path]
	e.size = int64(len(h.buf))
	e.medium = r.padded(h.buf)
	h.chain = int64(len(e.medium)) / r.bs
}

// inPlace applies FAT's in-place data writes to the committed clusters.
func (r *refModel) inPlace(h *refHandle, pos int64, data []byte) {
	if r.m != FAT || h.orphan {
		return
	}
	e := r.ents[h.path]
	limit := min(int64(len(e.medium)), h.chain*r.bs)
	for i, b := range data {
		if p := pos + int64(i); p < limit {
			e.medium[p] = b
		}
	}
}

func (r *refModel) writeBuf(h *refHandle, pos int64, data []byte) {
	if pos > int64(len(h.buf)) {
		zeros := make([]byte, pos-int64(len(h.buf)))
		r.inPlace(h, int64(len(h.buf)), zeros)
		h.buf = append(h.buf, zeros...)
	}
	if end := pos + int64(len(data)); end > int64(len(h.buf)) {
		h.buf = append(h.buf, make([]byte, end-int64(len(h.buf)))...)
	}
	copy(h.buf[pos:], data)
	r.inPlace(h, pos, data)
}

var refSizes = []int{1, 7, 100, 128, 129, 500, 1000, 4000, 4096, 5000, 9000, 20000}

// run interprets data as an operation sequence.
func (r *refModel) run(data []byte) {
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return int(b)
	}
	counter := 0
	for len(data) > 0 {
		r.step(next, &counter)
	}
	for len(r.handles) > 0 {
		r.closeHandle(0)
	}
}

func (r *refModel) closeHandle(i int) {
	h := r.handles[i]
	err := h.h.Close()
	if err != nil {
		require.True(r.t, r.m == LittleFS && isErrno(err, ENOSPC), "close: %v", err)
	} else {
		r.commit(h)
	}
	r.handles = slices.Delete(r.handles, i, i+1)
	r.record()
}

func (r *refModel) step(next func() int, counter *int) {
	t, f := r.t, r.f
	op := next() % 10
	pick := func() *refHandle {
		if len(r.handles) == 0 {
			return nil
		}
		return r.handles[next()%len(r.handles)]
	}
	switch op {
	case 0: // open
		p := refPaths[next()%len(refPaths)]
		mode := []string{"w", "a", "r+", "x", "w+", "r"}[next()%6]
		if len(r.handles) >= 3 || r.handleOn(p) != nil {
			return
		}
		hf, err := f.OpenMode(p, mode)
		if err != nil {
			e, exists := r.ents[p]
			if exists && !e.dir && mode != "x" {
				require.True(t, isErrno(err, ENAMETOOLONG) || isErrno(err, EACCES), "open %s %s: %v", p, mode, err)
			}
			r.record()
			return
		}
		e, exists := r.ents[p]
		if !exists {
			e = &refEntry{}
			r.ents[p] = e
		}
		h := &refHandle{h: hf, path: p, app: mode == "a", canWrite: mode != "r"}
		if strings.HasPrefix(mode, "w") {
			if r.m == FAT {
				e.size, e.medium = 0, nil
			}
		} else {
			h.buf = bytes.Clone(e.medium[:e.size])
			h.chain = int64(len(e.medium)) / r.bs
		}
		r.handles = append(r.handles, h)
		r.record()
	case 1, 2: // write
		h := pick()
		if h == nil {
			return
		}
		n := refSizes[next()%len(refSizes)]
		buf := make([]byte, n)
		for i := range buf {
			*counter++
			buf[i] = byte(*counter*7 + *counter>>8)
		}
		pos := h.pos
		if h.app {
			pos = int64(len(h.buf))
		}
		ent := r.ents[h.path]
		var entCopy *refEntry
		var limit int64
		if ent != nil && !h.orphan {
			entCopy = &refEntry{size: ent.size, medium: bytes.Clone(ent.medium)}
			limit = min(int64(len(ent.medium)), h.chain*r.bs)
		}
		before := r.visible()
		w, err := h.h.Write(buf)
		if !h.canWrite {
			require.True(t, isErrno(err, EBADF), "write on read-only: %v", err)
			r.record()
			return
		}
		if err != nil {
			require.True(t, isErrno(err, ENOSPC), "write: %v", err)
			if r.m == LittleFS {
				h.erred = true
			}
			if w == 0 && pos > int64(len(h.buf)) {
				// Space ran out while filling the gap before pos with zeros: the file
				// grew as far as the fill got.
				fi, err := h.h.Stat()
				require.NoError(t, err)
				if fi.Size() > int64(len(h.buf)) {
					r.writeBuf(h, int64(len(h.buf)), make([]byte, fi.Size()-int64(len(h.buf))))
				}
				h.pos = pos
				r.record()
				return
			}
		}
		r.writeBuf(h, pos, buf[:w])
		h.pos = pos + int64(w)
		r.record()
		if w > 0 {
			r.writes = append(r.writes, refWrite{op: f.Ops() - 1, path: h.path, pos: pos, data: buf[:w], entry: entCopy, limit: limit, before: before})
		}
	case 3: // seek
		h := pick()
		if h == nil {
			return
		}
		pos := int64(next() * 97 % 12000)
		if _, err := h.h.Seek(pos, io.SeekStart); err != nil {
			require.True(t, r.m == LittleFS && isErrno(err, ENOSPC), "seek: %v", err)
			h.erred = true
		} else {
			h.pos = pos
		}
		r.record()
	case 4: // sync
		h := pick()
		if h == nil {
			return
		}
		if err := h.h.Sync(); err != nil {
			require.True(t, r.m == LittleFS && isErrno(err, ENOSPC), "sync: %v", err)
			h.erred = true
		} else {
			r.commit(h)
		}
		r.record()
	case 5: // close
		if len(r.handles) == 0 {
			return
		}
		r.closeHandle(next() % len(r.handles))
	case 6: // rename
		src, dst := refPaths[next()%len(refPaths)], refPaths[next()%len(refPaths)]
		err := f.Rename(src, dst)
		if err != nil {
			r.record()
			return
		}
		if src == dst {
			r.record()
			return
		}
		var steps []map[string][]byte
		if de, ok := r.ents[dst]; ok {
			if r.m == FAT {
				require.False(t, de.dir)
				delete(r.ents, dst)
				steps = append(steps, r.visible())
			}
			for _, h := range r.handles {
				if h.path == dst {
					h.orphan = true
				}
			}
		}
		moved := map[string]*refEntry{}
		for p, e := range r.ents {
			if p == src || strings.HasPrefix(p, src+"/") {
				moved[dst+p[len(src):]] = e
				delete(r.ents, p)
			}
		}
		delete(r.ents, dst)
		maps.Copy(r.ents, moved)
		for _, h := range r.handles {
			if h.path == src || strings.HasPrefix(h.path, src+"/") {
				h.path = dst + h.path[len(src):]
			}
		}
		if len(steps) > 0 {
			steps = append(steps, r.visible())
		}
		r.record(steps...)
	case 7: // remove
		p := refPaths[next()%len(refPaths)]
		e, exists := r.ents[p]
		err := f.Remove(p)
		if exists && !e.dir {
			require.NoError(t, err, "remove an existing file")
		}
		if err == nil {
			delete(r.ents, p)
			for _, h := range r.handles {
				if h.path == p {
					h.orphan = true
				}
			}
		}
		r.record()
	case 8: // mkdir or rmdir
		p := []string{"/d", "/d/e"}[next()%2]
		if e, ok := r.ents[p]; ok && e.dir {
			if f.Rmdir(p) == nil {
				delete(r.ents, p)
			}
		} else if !ok {
			if err := f.Mkdir(p, 0); err == nil {
				r.ents[p] = &refEntry{dir: true}
			} else if pe, ok := r.ents["/d"]; p == "/d" || (ok && pe.dir) {
				require.True(t, isErrno(err, ENOSPC) || isErrno(err, EACCES), "mkdir %s: %v", p, err)
			}
		}
		r.record()
	case 9: // truncate
		h := pick()
		if h == nil {
			return
		}
		size := int64(next() * 53 % 9000)
		err := h.h.Truncate(size)
		if !h.canWrite {
			require.Error(t, err)
			r.record()
			return
		}
		if err != nil {
			require.True(t, isErrno(err, ENOSPC), "truncate: %v", err)
			if r.m == LittleFS {
				h.erred = true
			}
			// The zeros that fitted stay (FAT commits them with the file).
			fi, err := h.h.Stat()
			require.NoError(t, err)
			if fi.Size() > int64(len(h.buf)) {
				r.writeBuf(h, int64(len(h.buf)), make([]byte, fi.Size()-int64(len(h.buf))))
			}
			r.record()
			return
		}
		if size > int64(len(h.buf)) {
			r.writeBuf(h, int64(len(h.buf)), make([]byte, size-int64(len(h.buf))))
		} else {
			h.buf = h.buf[:size]
			// FAT: clusters after the new end leave the handle's chain; later writes
			// there go to new clusters.
			h.chain = min(h.chain, (size+r.bs-1)/r.bs)
		}
		r.record()
	}
}

// verify checks every image the journal can produce.
func (r *refModel) verify() {
	t, f := r.t, r.f
	require.Equal(t, f.Ops(), len(r.exp))
	im, err := f.ImageAt(-1)
	require.NoError(t, err)
	require.Empty(t, treeDiff(r.base, im.Tree()))
	for k := range r.exp {
		im, err := f.ImageAt(k)
		require.NoError(t, err)
		require.Empty(t, treeDiff(r.exp[k], im.Tree()), "image after operation %d (%s %s)", k, f.Journal()[k].Kind, f.Journal()[k].Path)
		for _, d := range im.Digests() {
			if !d.Dir {
				require.Equal(t, sha256.Sum256(r.exp[k][d.Path]), d.SHA256, "digest of %s after operation %d", d.Path, k)
			}
		}
		if k > 0 && f.SameFiles(k-1, k) {
			require.Empty(t, treeDiff(r.exp[k-1], r.exp[k]), "SameFiles(%d, %d) but the images differ", k-1, k)
		}
		checkSpace(t, im)
	}
	// A cut inside an operation: littlefs leaves the image before it; FAT's interrupted
	// metadata rewrite can only lose entries, never invent or change one.
	for k := range r.exp {
		im, err := f.ImageInside(k)
		require.NoError(t, err)
		checkSpace(t, im)
		prev := r.base
		if k > 0 {
			prev = r.exp[k-1]
		}
		got := im.Tree()
		if r.m == LittleFS {
			require.Empty(t, treeDiff(prev, got), "cut inside operation %d", k)
			continue
		}
		if f.Journal()[k].Bytes > 0 {
			continue
		}
		for p, b := range got {
			want, ok := prev[p]
			require.True(t, ok, "cut inside operation %d invented %s", k, p)
			require.True(t, bytes.Equal(want, b), "cut inside operation %d changed %s", k, p)
		}
	}
	for i, w := range r.writes {
		op := f.Journal()[w.op]
		require.Equal(t, int64(len(w.data)), op.Bytes)
		if op.Bytes < 2 {
			continue
		}
		m := 1 + int64(i*7919)%(op.Bytes-1)
		want := maps.Clone(w.before)
		if r.m == FAT && w.entry != nil {
			med := bytes.Clone(w.entry.medium)
			for j := int64(0); j < m; j++ {
				if p := w.pos + j; p < w.limit {
					med[p] = w.data[j]
				}
			}
			if cut := w.pos + m; cut%512 != 0 && cut < w.limit {
				c := cut / r.bs * r.bs
				copy(med[c:c+r.bs], bytes.Repeat([]byte{0xFF}, int(r.bs)))
			}
			want[w.path] = med[:w.entry.size]
		}
		im, err := f.ImageAtByte(op.Offset + m)
		require.NoError(t, err)
		require.Empty(t, treeDiff(want, im.Tree()), "cut %d bytes into write %d", m, w.op)
	}
	// Writing into an image leaves the original's images as they were.
	if len(r.exp) > 0 {
		k := len(r.exp) / 2
		im, err := f.ImageAt(k)
		require.NoError(t, err)
		for _, p := range []string{"/a", "/b", "/c.txt"} {
			if h, err := im.OpenMode(p, "a"); err == nil {
				_, _ = h.Write(bytes.Repeat([]byte{0xEE}, 3000))
				_ = h.Close()
			}
		}
		_ = im.Remove("/d/x")
		checkSpace(t, im)
		for j := range r.exp {
			again, err := f.ImageAt(j)
			require.NoError(t, err)
			require.Empty(t, treeDiff(r.exp[j], again.Tree()), "image %d changed after writing into image %d", j, k)
		}
	}
}

func runReference(t testing.TB, m Model, blocks int64, data []byte) {
	r := newRefModel(t, m, blocks)
	r.run(data)
	r.verify()
}

func TestRandomSequencesAgainstReference(t *testing.T) {
	for _, m := range []Model{LittleFS, FAT} {
		for _, blocks := range []int64{16, 48, 212} {
			for seed := uint64(1); seed <= 25; seed++ {
				t.Run(fmt.Sprintf("%s/%d/%d", m, blocks, seed), func(t *testing.T) {
					rng := rand.New(rand.NewPCG(seed, uint64(blocks)))
					data := make([]byte, 40+rng.IntN(200))
					for i := range data {
						data[i] = byte(rng.UintN(256))
					}
					runReference(t, m, blocks, data)
				})
			}
		}
	}
}

func FuzzOps(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0, 5, 5, 0})
	f.Add([]byte{8, 0, 0, 4, 0, 1, 0, 9, 1, 0, 11, 4, 0, 6, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 400 {
			data = data[:400]
		}
		for _, m := range []Model{LittleFS, FAT} {
			runReference(t, m, 16, data)
		}
	})
}
