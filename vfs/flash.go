package vfs

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/spf13/afero"
)

// state is an image of the flash as a power cut would leave it: the committed tree, which
// allocation units it uses, the erase counters and the allocator's position. States are
// immutable once their operation is journalled; later states share their pieces.
type state struct {
	root   *node
	used   bitmap
	nused  int64
	wear   parr
	cursor int64
}

// Flash is the filesystem of one board: an afero.Fs whose every mutating call is journalled,
// with littlefs or FAT space accounting, errno and durability. The surviving image after any
// journalled operation is available through ImageAt without re-running anything.
//
// A Flash is safe for use by several goroutines, but the device runtime is expected to be its
// only writer; images (ImageAt, Snapshot) are independent Flashes.
type Flash struct {
	mu      sync.Mutex
	cfg     Config
	g       *geometry
	st      *state  // what survives a cut now; also what stat and listings show
	gen     uint64  // generation of the operation being built
	op      *Op     // the operation being built, nil between operations
	open    []*File // open handles in open order
	journal []Op
	after   []*state // after[k]: the image surviving a cut right after operation k
	base    *state   // the image before operation 0
	total   int64    // bytes written by write calls so far
	onOp    func(Op) // called after every journalled operation (see SetOnOp)
}

var _ afero.Fs = (*Flash)(nil)

// New formats a flash: an empty filesystem of cfg's model and size.
func New(cfg Config) (*Flash, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	g := newGeometry(cfg)
	gen := newGen()
	st := &state{root: &node{dir: true}, used: newBitmap(g.units, gen), wear: newParr(g.nblocks, gen)}
	if cfg.Model == LittleFS {
		// The superblock pair (blocks 0 and 1) is the root directory's metadata pair.
		st.root.meta = []int32{0, 1}
		st.used.put(gen, 0, true)
		st.used.put(gen, 1, true)
		st.nused = 2
		st.wear.set(gen, 0, 1)
		st.wear.set(gen, 1, 1)
		st.cursor = 2
	} else {
		// f_mkfs writes the boot sector, the FAT and the root directory.
		for b := int64(0); b < g.dataStart; b++ {
			st.wear.set(gen, b, 1)
		}
	}
	return &Flash{cfg: cfg, g: g, st: st, base: st}, nil
}

// fromState makes an independent Flash whose image is st, with an empty journal.
func (f *Flash) fromState(st *state) *Flash {
	return &Flash{cfg: f.cfg, g: f.g, st: st, base: st}
}

// Config returns the flash's configuration, defaults filled in.
func (f *Flash) Config() Config { return f.cfg }

// Name names the filesystem for afero.
func (f *Flash) Name() string { return "vfs.Flash(" + f.cfg.Model.String() + ")" }

func (f *Flash) now() int64 {
	if f.cfg.Now == nil {
		return 0
	}
	t := f.cfg.Now()
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// begin starts journalling an operation: later changes to the state go to a copy.
func (f *Flash) begin(kind, p string) *Op {
	f.gen = newGen()
	ns := *f.st
	f.st = &ns
	f.op = &Op{Index: len(f.journal), Kind: kind, Path: p, Offset: f.total}
	return f.op
}

// end journals the operation begun last, with the state it leaves.
func (f *Flash) end() {
	f.journal = append(f.journal, *f.op)
	f.after = append(f.after, f.st)
	op := *f.op
	f.op = nil
	if f.onOp != nil {
		f.onOp(op)
	}
}

// SetOnOp installs fn to be called after every journalled operation, with the operation as
// the journal now holds it (nil removes it). It is how a device counts flash operations and
// cuts power at one: fn runs on the writer's goroutine with the flash locked, so it must not
// call back into the Flash, and it may panic to stop the writer at once. The operation is
// journalled before fn runs, so ImageAt of its index is the image a cut right after it
// leaves, even if fn's panic abandons the rest of a compound call (the second step of a FAT
// rename, say). Images made from this flash (ImageAt, Snapshot) do not inherit fn.
func (f *Flash) SetOnOp(fn func(Op)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onOp = fn
}

// cancel drops an operation that failed before changing anything.
func (f *Flash) cancel(prev *state) {
	f.st = prev
	f.op = nil
}

func (f *Flash) erase(block int64) {
	f.st.wear.set(f.gen, block, f.st.wear.get(block)+1)
	f.op.Erased = append(f.op.Erased, int32(block))
}

func (f *Flash) setUsed(u int32, on bool) {
	if f.st.used.has(int64(u)) == on {
		return
	}
	f.st.used.put(f.gen, int64(u), on)
	if on {
		f.st.nused++
	} else {
		f.st.nused--
	}
}

// pending is the set of allocation units held by open handles that the committed image does
// not use: littlefs's copy-on-write blocks of files being written, FAT's clusters beyond a
// file's committed chain. littlefs counts them as used (lfs_fs_traverse walks open files).
func (f *Flash) pending() map[int32]bool {
	p := map[int32]bool{}
	for _, h := range f.open {
		if !h.dirty {
			continue
		}
		for _, c := range h.cur.chunks {
			if c.block >= 0 && !f.st.used.has(int64(c.block)) {
				p[c.block] = true
			}
		}
	}
	return p
}

func (f *Flash) freeUnits() int64 { return f.g.units - f.st.nused - int64(len(f.pending())) }

// alloc takes the next free allocation unit after the allocator's cursor (next fit, as both
// littlefs's lookahead scan and FatFs's last_clst do), erasing it. pend must hold the units
// open handles use; the new unit is added to it.
func (f *Flash) alloc(pend map[int32]bool) (int32, bool) {
	n := f.g.units
	for i := int64(0); i < n; i++ {
		u := (f.st.cursor + i) % n
		if f.st.used.has(u) || pend[int32(u)] {
			continue
		}
		pend[int32(u)] = true
		f.st.cursor = (u + 1) % n
		f.erase(f.g.physical(int32(u)))
		return int32(u), true
	}
	return -1, false
}

// swapContent makes new the committed content of a file that had old: the units of new
// become used, those of old that new does not keep become free.
func (f *Flash) swapContent(old, new *content) {
	keep := map[int32]bool{}
	if new != nil {
		for _, c := range new.chunks {
			if c.block >= 0 {
				keep[c.block] = true
				f.setUsed(c.block, true)
			}
		}
	}
	if old != nil {
		for _, c := range old.chunks {
			if c.block >= 0 && !keep[c.block] {
				f.setUsed(c.block, false)
			}
		}
	}
}

// release frees everything a removed node used.
func (f *Flash) release(n *node) {
	if n.dir {
		for _, u := range n.meta {
			f.setUsed(u, false)
		}
		for _, k := range n.kids {
			f.release(k)
		}
		return
	}
	f.swapContent(n.data, nil)
}

// install commits newRoot, in which the directories at dirs changed, the entry named entry
// of dirs[0] first. It grows or shrinks their metadata (littlefs pairs, FAT directory
// clusters) and counts the erases; when the blocks cannot be had it changes nothing and
// returns noSpace. logBytes is the size of the metadata commit (littlefs's log grows by it;
// a full log is compacted, erasing a block).
func (f *Flash) install(newRoot *node, dirs [][]string, entry string, logBytes int64, noSpace Errno) Errno {
	need := int64(0)
	for _, d := range dirs {
		n, _, _ := lookup(f.cfg.Model, newRoot, d)
		if f.cfg.Model == LittleFS {
			need += max(0, int64(2*f.g.lfsPairs(n)-len(n.meta)))
		} else if len(d) == 0 {
			if fatSlotEnd(n) > fatRootEntries {
				return noSpace
			}
		} else {
			need += max(0, int64(f.g.fatDirClusters(n)-len(n.meta)))
		}
	}
	if need > f.freeUnits() {
		return noSpace
	}
	pend := f.pending()
	for _, d := range dirs {
		newRoot = update(f.cfg.Model, newRoot, d, func(n *node) *node {
			c := *n
			c.meta = slices.Clone(n.meta)
			f.fixMeta(&c, pend, logBytes)
			return &c
		})
	}
	if f.cfg.Model == FAT {
		// Remember where the directory entry lives: a cut while its erase block is being
		// rewritten loses the block (ImageInside).
		for _, r := range []*node{newRoot, f.st.root} {
			if d, _, _ := lookup(FAT, r, dirs[0]); d != nil && d.dir {
				if _, k := d.find(FAT, entry); k != nil {
					f.op.entryDir, f.op.entrySlot, f.op.hasEntry = dirs[0], k.slot, true
					break
				}
			}
		}
	}
	f.st.root = newRoot
	f.op.Commit = true
	if f.cfg.Model == FAT {
		f.erase(f.g.fatStart) // the FAT sector written back by sync_fs
	}
	return 0
}

// fixMeta sizes directory d's metadata after a change and counts its erases.
func (f *Flash) fixMeta(d *node, pend map[int32]bool, logBytes int64) {
	if f.cfg.Model == FAT {
		if d.name == "" {
			f.erase(f.g.fatRootBlock(int32(max(0, fatSlotEnd(d)-1))))
			return
		}
		want := f.g.fatDirClusters(d)
		for len(d.meta) < want {
			u, _ := f.alloc(pend)
			f.setUsed(u, true)
			d.meta = append(d.meta, u)
		}
		f.erase(f.g.physical(d.meta[len(d.meta)-1]))
		return
	}
	want := 2 * f.g.lfsPairs(d)
	for len(d.meta) < want {
		u, _ := f.alloc(pend)
		f.setUsed(u, true)
		d.meta = append(d.meta, u)
		d.fill = 0
	}
	for len(d.meta) > want {
		f.setUsed(d.meta[len(d.meta)-1], false)
		d.meta = d.meta[:len(d.meta)-1]
	}
	d.fill += int32(logBytes)
	if int64(d.fill) > f.g.bs {
		// Compaction: the log moves to the other block of the pair, which is erased.
		pairs := int64(len(d.meta) / 2)
		d.meta[0], d.meta[1] = d.meta[1], d.meta[0]
		f.erase(int64(d.meta[0]))
		d.fill = int32(f.g.lfsMetaBytes(d) / pairs)
	}
}

// Statvfs returns os.statvfs as MicroPython lays it out: (f_bsize, f_frsize, f_blocks,
// f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax). littlefs counts every
// block of the partition and frees what lfs_fs_size does not traverse; FAT counts data
// clusters.
func (f *Flash) Statvfs() [10]int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	free := f.freeUnits()
	return [10]int64{f.g.bs, f.g.bs, f.g.units, free, free, 0, 0, 0, 0, int64(f.cfg.NameMax)}
}

// UsedBlocks is how many allocation units are in use now (littlefs blocks, FAT clusters),
// including those held by files being written.
func (f *Flash) UsedBlocks() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.g.units - f.freeUnits()
}

// Wear returns the erase count of every block of the partition in the current image.
func (f *Flash) Wear() []uint32 {
	f.mu.Lock()
	defer f.mu.Unlock()
	w := make([]uint32, f.g.nblocks)
	for i := range w {
		w[i] = f.st.wear.get(int64(i))
	}
	return w
}

// fileInfo describes a node for os.FileInfo.
type fileInfo struct {
	name  string
	size  int64
	dir   bool
	mtime int64
}

// StatT is what FileInfo.Sys returns: the fields of MicroPython's os.stat tuple the flash
// knows. Mtime is seconds of the device clock since the Unix epoch, 0 when never set
// (littlefs directories, files written with an unset clock).
type StatT struct {
	Mode  uint32 // 0x4000 for a directory, 0x8000 for a file
	Size  int64
	Mtime int64
}

// Name is the base name ("/" for the root).
func (i *fileInfo) Name() string { return i.name }

// Size is a file's size in bytes, 0 for a directory.
func (i *fileInfo) Size() int64 { return i.size }

// Mode is a directory or a regular file; the filesystems keep no permissions.
func (i *fileInfo) Mode() os.FileMode {
	if i.dir {
		return os.ModeDir | 0o777
	}
	return 0o666
}

// ModTime is the device mtime, the Unix epoch when unset.
func (i *fileInfo) ModTime() time.Time {
	if i.mtime == 0 {
		return time.Unix(0, 0).UTC()
	}
	return time.Unix(i.mtime, 0).UTC()
}

// IsDir reports a directory.
func (i *fileInfo) IsDir() bool { return i.dir }

// Sys returns a *StatT.
func (i *fileInfo) Sys() any {
	m := uint32(0x8000)
	if i.dir {
		m = 0x4000
	}
	return &StatT{Mode: m, Size: i.size, Mtime: i.mtime}
}

func infoOf(n *node) *fileInfo {
	name := n.name
	if name == "" {
		name = "/"
	}
	return &fileInfo{name: name, size: n.size(), dir: n.dir, mtime: n.mtime}
}

// String describes the flash ("vfs.Flash(littlefs) 212 blocks of 4096").
func (f *Flash) String() string {
	return fmt.Sprintf("%s %d blocks of %d", f.Name(), f.g.nblocks, f.g.bs)
}
