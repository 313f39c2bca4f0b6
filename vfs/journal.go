package vfs

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Op is one journalled flash operation, as it goes into a run's JSON-lines trace.
type Op struct {
	// Index is the operation's position in the journal, from 0.
	Index int `json:"index"`
	// Kind is create, truncate-open, write, sync, close, mkdir, remove, rmdir, rename,
	// truncate or chtimes.
	Kind string `json:"kind"`
	// Path is the device path; Path2 the new path of a rename.
	Path  string `json:"path"`
	Path2 string `json:"path2,omitempty"`
	// Pos is the file position of a write (the new size of a truncate).
	Pos int64 `json:"pos,omitempty"`
	// Bytes is how many bytes a write wrote.
	Bytes int64 `json:"bytes,omitempty"`
	// Offset is how many bytes the run had written before this operation.
	Offset int64 `json:"offset"`
	// Commit is whether the operation is a commit point of the filesystem (a metadata
	// commit). On FAT a write also changes the image without being one: its data lands in
	// place.
	Commit bool `json:"commit"`
	// Erased lists the blocks erased by the operation (flash wear).
	Erased []int32 `json:"erased,omitempty"`
	// Err is the errno name if the operation failed part-way (e.g. ENOSPC).
	Err string `json:"err,omitempty"`
	// Note explains a step of a compound call ("rename-replace 1/2", "flush").
	Note string `json:"note,omitempty"`

	data   []byte // a write's bytes
	placed int64  // FAT: a write reaches the committed clusters in place below this offset

	// FAT: the directory entry a metadata commit rewrites.
	entryDir  []string
	entrySlot int32
	hasEntry  bool
}

// Journal returns the journalled operations so far. The slice is shared: callers must not
// change it.
func (f *Flash) Journal() []Op {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.journal[:len(f.journal):len(f.journal)]
}

// Ops is how many operations have been journalled.
func (f *Flash) Ops() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.journal)
}

// TotalWritten is how many bytes write calls have written.
func (f *Flash) TotalWritten() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.total
}

// ImageAt returns the image that survives a power cut right after operation k (k = -1: the
// image the journal started from). The result is an independent Flash that can be booted
// and written again; it shares structure with f and costs O(1) to build.
func (f *Flash) ImageAt(k int) (*Flash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, err := f.stateAt(k)
	if err != nil {
		return nil, err
	}
	return f.fromState(st), nil
}

func (f *Flash) stateAt(k int) (*state, error) {
	if k < -1 || k >= len(f.after) {
		return nil, fmt.Errorf("vfs: image after operation %d: the journal has operations 0..%d", k, len(f.after)-1)
	}
	if k == -1 {
		return f.base, nil
	}
	return f.after[k], nil
}

// OpAtByte maps a cut after n bytes of the run's writes to the write operation it falls in:
// the cut lands right after operation k when within == 0, else within bytes into operation
// k (0 < within < its Bytes). n <= 0 is before the first operation (k = -1); n beyond the
// total is after the last operation.
func (f *Flash) OpAtByte(n int64) (k int, within int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.opAtByte(n)
}

func (f *Flash) opAtByte(n int64) (int, int64) {
	if n <= 0 {
		// The cut comes before the first byte: right before the first write.
		i := slices.IndexFunc(f.journal, func(o Op) bool { return o.Bytes > 0 })
		if i < 0 {
			return len(f.journal) - 1, 0
		}
		return i - 1, 0
	}
	if n > f.total {
		return len(f.journal) - 1, 0
	}
	// Offset+Bytes never decreases along the journal, and the first operation reaching n
	// is a write (an operation without bytes ends where the write before it ended).
	i := sort.Search(len(f.journal), func(i int) bool {
		o := f.journal[i]
		return o.Offset+o.Bytes >= n
	})
	o := f.journal[i]
	if o.Offset+o.Bytes == n {
		return i, 0
	}
	return i, n - o.Offset
}

// ImageAtByte returns the image that survives a cut once n bytes of the run's writes have
// reached the flash (powercut@byte:N; powercut@P% is n = TotalWritten()*P/100). A cut inside
// a write leaves, on littlefs, the image of the last commit before it (data reaches an image
// only at commit). On FAT, the part of the write that falls inside the file's committed
// size is already in place, and if the cut falls inside a 512-byte sector, the erase block
// (cluster) being rewritten is left erased (0xFF): its neighbouring sectors are wiped.
func (f *Flash) ImageAtByte(n int64) (*Flash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	k, within := f.opAtByte(n)
	if within == 0 {
		st, err := f.stateAt(k)
		if err != nil {
			return nil, err
		}
		return f.fromState(st), nil
	}
	before, err := f.stateAt(k - 1)
	if err != nil {
		return nil, err
	}
	if f.cfg.Model == LittleFS {
		return f.fromState(before), nil
	}
	return f.fromState(f.fatPartialWrite(before, f.journal[k], within)), nil
}

// fatPartialWrite applies the first m bytes of write op to st, as a cut in its middle
// leaves them.
func (f *Flash) fatPartialWrite(st *state, op Op, m int64) *state {
	names, _ := split(op.Path)
	n, _, _ := lookup(FAT, st.root, names)
	if n == nil || n.dir {
		return st
	}
	g := f.g
	chunks := slices.Clone(n.data.chunks)
	have := min(int64(len(chunks))*g.bs, op.placed)
	for w := int64(0); w < m; {
		at := op.Pos + w
		j := int(at / g.bs)
		off := at - int64(j)*g.bs
		k := min(g.bs-off, m-w)
		if at >= have {
			break
		}
		c := &chunk{block: chunks[j].block, data: slices.Clone(chunks[j].data)}
		writeInto(c, off, op.data[w:w+k])
		chunks[j] = c
		w += k
	}
	if cut := op.Pos + m; cut%fatSector != 0 && cut < have {
		j := int(cut / g.bs)
		wiped := make([]byte, g.bs)
		for i := range wiped {
			wiped[i] = 0xFF
		}
		chunks[j] = &chunk{block: chunks[j].block, data: wiped}
	}
	k := *n
	k.data = &content{size: n.data.size, chunks: chunks}
	ns := *st
	ns.root = update(FAT, st.root, names[:len(names)-1], func(d *node) *node { return d.withKid(FAT, &k) })
	return &ns
}

// SameFiles reports whether the images after operations j and k (-1 for the base) hold
// the same files and directories with the same contents, without reading them: images
// share their tree when nothing between them changed it. A sweep can boot one image per
// run of equal ones. False when either index is out of range; it may say false for equal
// trees rebuilt separately, never true for different ones. Erase counters are not compared.
func (f *Flash) SameFiles(j, k int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	a, err := f.stateAt(j)
	if err != nil {
		return false
	}
	b, err := f.stateAt(k)
	if err != nil {
		return false
	}
	return a.root == b.root
}

// ResetJournal makes the image a cut would leave now the journal's base and forgets the
// operations and the byte count so far. A long run that will never be swept can call it
// (at a reboot, say) to keep memory flat; images already taken are unaffected.
func (f *Flash) ResetJournal() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.journal, f.after, f.total = nil, nil, 0
	f.base = f.st
}

// Snapshot returns the image a power cut would leave now, as an independent Flash with an
// empty journal. It costs O(1): the image shares structure with f.
func (f *Flash) Snapshot() *Flash {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.fromState(f.st)
}

// ImageInside returns the image a power cut in the middle of operation k leaves.
//
// littlefs: every operation is atomic or writes nothing an image can see before its
// commit, so this is the image before operation k.
//
// FAT: a cut halfway through a write is ImageAtByte of its middle byte. A cut inside a
// metadata commit (create, sync, close, mkdir, remove, rename...) falls while the erase
// block holding the changed directory entry is being rewritten: that block is left erased,
// so every entry of the directory stored in the same block (128 entries of 32 bytes per
// 4 KiB block) is lost with what it named, and the operation itself has not happened.
func (f *Flash) ImageInside(k int) (*Flash, error) {
	f.mu.Lock()
	if k < 0 || k >= len(f.journal) {
		f.mu.Unlock()
		return nil, fmt.Errorf("vfs: cut inside operation %d: the journal has operations 0..%d", k, len(f.journal)-1)
	}
	op := f.journal[k]
	before, _ := f.stateAt(k - 1)
	f.mu.Unlock()
	if f.cfg.Model == LittleFS {
		return f.fromState(before), nil
	}
	if op.Bytes > 0 {
		return f.ImageAtByte(op.Offset + (op.Bytes+1)/2)
	}
	if !op.hasEntry {
		return f.fromState(before), nil
	}
	return f.fatWipeEntryBlock(before, op.entryDir, op.entrySlot), nil
}

// fatWipeEntryBlock removes from st every entry of directory dir stored in the erase block
// holding slot, as an interrupted rewrite of that block leaves it.
func (f *Flash) fatWipeEntryBlock(st *state, dir []string, slot int32) *Flash {
	t := f.fromState(st)
	d, _, _ := lookup(FAT, st.root, dir)
	if d == nil || !d.dir {
		return t
	}
	per := int32(f.g.bs / 32)
	var victims []*node
	for _, k := range d.kids {
		// An entry (long-name slots and short entry) touching the block is lost.
		if k.slot/per <= slot/per && (k.slot+k.nslot-1)/per >= slot/per {
			victims = append(victims, k)
		}
	}
	if len(victims) == 0 {
		return t
	}
	t.begin("wipe", "/"+strings.Join(dir, "/"))
	for _, v := range victims {
		t.unlink(append(slices.Clone(dir), v.name), v)
	}
	t.end()
	return t.fromState(t.st)
}
