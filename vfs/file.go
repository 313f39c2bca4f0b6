package vfs

import (
	"io"
	"os"
	"path"
	"slices"

	"github.com/spf13/afero"
)

// File is an open file or directory of a Flash. Its writes follow the flash's durability
// model: littlefs keeps them in copy-on-write blocks until Sync or Close commits them; FAT
// writes data in place and commits the size at Sync or Close.
type File struct {
	f        *Flash
	path     string // canonical device path
	dir      bool
	kids     []*node // directory handles: the listing at open
	read     bool
	write    bool
	app      bool
	cur      *content // the file as this handle sees it
	curOwned bool     // cur is private to the handle (not in any state)
	owned    map[*chunk]bool
	pos      int64
	dirty    bool // changes to commit at Sync/Close (littlefs: every writing open)
	erred    bool // littlefs LFS_F_ERRED: a write failed; Sync and Close commit nothing
	orphan   bool // the file was removed or replaced while open
	closed   bool
	sess     bool  // littlefs: a CTZ write session is under way
	sessHi   int   // littlefs: chunks below sessHi (from the session start) are new blocks
	sessEnd  int64 // littlefs: where the session's last write ended
	mtime    int64
}

var _ afero.File = (*File)(nil)

func (f *Flash) dirError(name string, write, excl bool) error {
	switch {
	case excl:
		return perr("open", name, EEXIST)
	case f.isLFS():
		return perr("open", name, EISDIR)
	case write:
		return perr("open", name, EACCES)
	}
	return perr("open", name, ENOENT)
}

func (f *Flash) openFile(name string, flag int, py bool) (*File, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	names, trailing := split(name)
	acc := flag & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR)
	wr := acc == os.O_WRONLY || acc == os.O_RDWR
	create, excl := flag&os.O_CREATE != 0, flag&os.O_EXCL != 0
	h := &File{f: f, read: acc != os.O_WRONLY, write: wr, app: flag&os.O_APPEND != 0}
	n, _, e := lookup(f.cfg.Model, f.st.root, names)
	if e != 0 {
		return nil, perr("open", name, e)
	}
	if n != nil && n.dir {
		if py || wr || (create && excl) {
			return nil, f.dirError(name, wr, create && excl)
		}
		h.path, h.dir, h.kids = f.canon(names), true, n.kids
		return h, nil
	}
	if n != nil {
		if create && excl {
			return nil, perr("open", name, EEXIST)
		}
		if trailing && f.isLFS() {
			return nil, perr("open", name, ENOTDIR)
		}
		h.path, h.cur, h.mtime = f.canon(names), n.data, n.mtime
		if wr {
			h.mtime = f.now()
			if flag&os.O_TRUNC != 0 {
				if f.isLFS() {
					h.cur = emptyContent
				} else {
					h.cur = &content{}
					f.fatTruncateOpen(names, n)
				}
			}
			// MicroPython's littlefs opens writable files with an mtime attribute, which
			// makes the file dirty: Close commits even when nothing was written.
			h.dirty = f.isLFS()
			f.open = append(f.open, h)
		}
		return h, nil
	}
	if !create {
		return nil, perr("open", name, ENOENT)
	}
	if trailing && f.isLFS() {
		return nil, perr("open", name, ENOTDIR)
	}
	leaf := names[len(names)-1]
	if err := f.checkName("open", name, leaf); err != nil {
		return nil, err
	}
	h.path = f.canon(names)
	h.mtime = f.now()
	kid := &node{name: leaf}
	// littlefs commits the new entry at open (lfs_file_opencfg: LFS_TYPE_CREATE), turning
	// a metadata NOSPC into NAMETOOLONG. FatFs registers the entry at open; it reaches the
	// flash with the first cluster allocation or sync, which this model takes as at open.
	noSpace := ENAMETOOLONG
	if f.isLFS() {
		kid.data = emptyContent
	} else {
		kid.data = &content{}
		kid.nslot = int32(fatSlots(leaf))
		kid.mtime = h.mtime
		noSpace = EACCES
	}
	prev := f.st
	f.begin(KindCreate, h.path)
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node { return d.withKid(f.cfg.Model, kid) })
	if e := f.install(root, [][]string{parent}, leaf, f.g.lfsEntryBytes(kid), noSpace); e != 0 {
		f.cancel(prev)
		return nil, perr("open", name, e)
	}
	f.end()
	h.cur = kid.data
	h.dirty = f.isLFS()
	f.open = append(f.open, h)
	return h, nil
}

// fatTruncateOpen: FatFs's FA_CREATE_ALWAYS on an existing file zeroes the entry and frees
// the cluster chain at once (remove_chain moves the window, writing both back).
func (f *Flash) fatTruncateOpen(names []string, n *node) {
	f.begin(KindTruncOpn, f.canon(names))
	k := *n
	k.data = &content{}
	k.mtime = f.now()
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node { return d.withKid(f.cfg.Model, &k) })
	f.swapContent(n.data, nil)
	f.install(root, [][]string{parent}, n.name, 32, EACCES)
	f.end()
}

// Name is the file's device path.
func (h *File) Name() string { return h.path }

func (h *File) check(op string) error {
	if h.closed {
		return perr(op, h.path, EBADF)
	}
	if h.dir {
		return perr(op, h.path, EISDIR)
	}
	return nil
}

// Read reads from the file position. littlefs and FAT both give EBADF on a write-only file.
func (h *File) Read(p []byte) (int, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	n, err := h.readAt(p, h.pos)
	h.pos += int64(n)
	return n, err
}

// ReadAt reads at off without moving the file position.
func (h *File) ReadAt(p []byte, off int64) (int, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	return h.readAt(p, off)
}

func (h *File) readAt(p []byte, off int64) (int, error) {
	if err := h.check("read"); err != nil {
		return 0, err
	}
	if !h.read {
		return 0, perr("read", h.path, EBADF)
	}
	if off < 0 {
		return 0, perr("read", h.path, EINVAL)
	}
	n := readContent(h.f.g, h.cur, p, off)
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// readContent copies c's bytes from off into p.
func readContent(g *geometry, c *content, p []byte, off int64) int {
	if off >= c.size {
		return 0
	}
	p = p[:min(int64(len(p)), c.size-off)]
	if c.inline {
		return copy(p, c.chunks[0].data[off:])
	}
	n := 0
	for n < len(p) {
		at := off + int64(n)
		j := g.locate(at)
		d := c.chunks[j].data
		o := at - g.chunkStart(j)
		if o >= int64(len(d)) {
			// Bytes a FAT file's clusters never received read as zero.
			k := min(g.chunkCap(j)-o, int64(len(p)-n))
			clear(p[n : n+int(k)])
			n += int(k)
			continue
		}
		n += copy(p[n:], d[o:])
	}
	return n
}

// Seek moves the file position. littlefs flushes a write session when the position moves,
// which can allocate blocks (and fail with ENOSPC).
func (h *File) Seek(offset int64, whence int) (int64, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if err := h.check("seek"); err != nil {
		return 0, err
	}
	np := offset
	switch whence {
	case io.SeekCurrent:
		np += h.pos
	case io.SeekEnd:
		np += h.cur.size
	case io.SeekStart:
	default:
		return h.pos, perr("seek", h.path, EINVAL)
	}
	if np < 0 {
		return h.pos, perr("seek", h.path, EINVAL)
	}
	if np != h.pos && h.sess {
		if e := h.flushJournalled(); e != 0 {
			return h.pos, perr("seek", h.path, e)
		}
	}
	h.pos = np
	return np, nil
}

// flushJournalled runs a littlefs flush as its own journalled operation (it erases blocks).
func (h *File) flushJournalled() Errno {
	f := h.f
	f.begin(KindSync, h.path)
	f.op.Note = "flush"
	e := h.lfsFlush()
	if e != 0 {
		f.op.Err = e.Error()
	}
	f.end()
	return e
}

// Write writes at the file position (at the end in append mode). A write that runs out of
// space returns the bytes written and ENOSPC; on littlefs the handle is then spoiled and
// Close commits nothing (LFS_F_ERRED), on FAT Close commits what was written.
func (h *File) Write(p []byte) (int, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	return h.writeLocked(p)
}

// WriteString writes s.
func (h *File) WriteString(s string) (int, error) { return h.Write([]byte(s)) }

// WriteAt writes at off without moving the file position.
func (h *File) WriteAt(p []byte, off int64) (int, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if err := h.check("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, perr("write", h.path, EINVAL)
	}
	save, app := h.pos, h.app
	if h.sess && off != h.pos {
		if e := h.flushJournalled(); e != 0 {
			return 0, perr("write", h.path, e)
		}
	}
	h.pos, h.app = off, false
	n, err := h.writeLocked(p)
	if h.sess && save != h.pos {
		if e := h.flushJournalled(); e != 0 && err == nil {
			err = perr("write", h.path, e)
		}
	}
	h.pos, h.app = save, app
	return n, err
}

func (h *File) writeLocked(p []byte) (int, error) {
	if err := h.check("write"); err != nil {
		return 0, err
	}
	if !h.write {
		return 0, perr("write", h.path, EBADF)
	}
	if len(p) == 0 {
		return 0, nil
	}
	f := h.f
	pos := h.pos
	if h.app {
		pos = h.cur.size
	}
	if pos != h.pos && h.sess {
		if e := h.flushJournalled(); e != 0 {
			return 0, perr("write", h.path, e)
		}
	}
	op := f.begin(KindWrite, h.path)
	op.Pos = pos
	op.data = slices.Clone(p)
	var n int
	var e Errno
	if pos > h.cur.size {
		_, e = h.writeAt(h.cur.size, make([]byte, pos-h.cur.size))
	}
	if e == 0 {
		n, e = h.writeAt(pos, p)
	}
	h.pos = pos + int64(n)
	op.Bytes = int64(n)
	op.data = op.data[:n]
	f.total += int64(n)
	if e != 0 {
		op.Err = e.Error()
	}
	f.end()
	if e != 0 {
		return n, perr("write", h.path, e)
	}
	return n, nil
}

func (h *File) ownContent() {
	if h.curOwned {
		return
	}
	c := *h.cur
	c.chunks = slices.Clone(c.chunks)
	h.cur = &c
	h.curOwned = true
}

func (h *File) own(c *chunk) {
	if h.owned == nil {
		h.owned = map[*chunk]bool{}
	}
	h.owned[c] = true
}

// ownChunk makes chunk j private to the handle (same block), copying it if it is shared.
func (h *File) ownChunk(j int) *chunk {
	c := h.cur.chunks[j]
	if h.owned[c] {
		return c
	}
	nc := &chunk{block: c.block, data: slices.Clone(c.data)}
	h.cur.chunks[j] = nc
	h.own(nc)
	return nc
}

func writeInto(c *chunk, off int64, b []byte) {
	if end := off + int64(len(b)); end > int64(len(c.data)) {
		c.data = append(c.data, make([]byte, end-int64(len(c.data)))...)
	}
	copy(c.data[off:], b)
}

func (h *File) writeAt(pos int64, p []byte) (int, Errno) {
	h.ownContent()
	h.dirty = true
	if h.f.isLFS() {
		return h.lfsWriteAt(pos, p)
	}
	return h.fatWriteAt(pos, p)
}

// lfsWriteAt writes as littlefs does: an inline file stays in RAM until it outgrows
// inline_max, then moves to a block; a CTZ write session allocates a new block for every
// block it touches from the one holding its start (copy-on-write), failing with ENOSPC when
// none is free.
func (h *File) lfsWriteAt(pos int64, p []byte) (int, Errno) {
	c, g := h.cur, h.f.g
	end := pos + int64(len(p))
	if c.inline {
		if end <= g.inlineMax {
			if len(c.chunks) == 0 {
				c.chunks = []*chunk{{block: -1}}
				h.own(c.chunks[0])
			}
			writeInto(h.ownChunk(0), pos, p)
			c.size = max(c.size, end)
			return len(p), 0
		}
		var old []byte
		if len(c.chunks) > 0 {
			old = c.chunks[0].data[:c.size]
		}
		c.inline, c.chunks, c.size, h.sess = false, nil, 0, false
		if len(old) > 0 {
			if _, e := h.ctzWrite(0, old); e != 0 {
				return 0, e
			}
		}
	}
	return h.ctzWrite(pos, p)
}

func (h *File) ctzWrite(pos int64, p []byte) (int, Errno) {
	f, c, g := h.f, h.cur, h.f.g
	if h.sess && pos != h.sessEnd {
		// A session only grows at its end; anything else starts a new one.
		if e := h.lfsFlush(); e != 0 {
			return 0, e
		}
	}
	if !h.sess {
		h.sess, h.sessHi = true, g.locate(pos)
	}
	var pend map[int32]bool
	w := 0
	defer func() { h.sessEnd = pos + int64(w) }()
	for w < len(p) {
		at := pos + int64(w)
		if at >= g.maxFileSize() {
			h.erred = true
			return w, ENOSPC
		}
		j := g.locate(at)
		if j >= h.sessHi {
			if pend == nil {
				pend = f.pending()
			}
			u, ok := f.alloc(pend)
			if !ok {
				h.erred = true
				c.size = max(c.size, at)
				return w, ENOSPC
			}
			nc := &chunk{block: u}
			if j < len(c.chunks) {
				nc.data = slices.Clone(c.chunks[j].data)
				c.chunks[j] = nc
			} else {
				c.chunks = append(c.chunks, nc)
			}
			h.own(nc)
			h.sessHi = j + 1
		}
		off := at - g.chunkStart(j)
		k := int(min(g.chunkCap(j)-off, int64(len(p)-w)))
		writeInto(c.chunks[j], off, p[w:w+k])
		w += k
		c.size = max(c.size, at+int64(k))
	}
	return w, 0
}

// lfsFlush ends a write session: littlefs copies the rest of the file after the written
// part into new blocks, since a CTZ list can only be rebuilt from its end.
func (h *File) lfsFlush() Errno {
	if !h.sess {
		return 0
	}
	f, c, g := h.f, h.cur, h.f.g
	n := g.nchunks(c.size)
	var pend map[int32]bool
	for j := h.sessHi; j < n; j++ {
		if pend == nil {
			pend = f.pending()
		}
		u, ok := f.alloc(pend)
		if !ok {
			h.erred = true
			return ENOSPC
		}
		nc := &chunk{block: u, data: slices.Clone(c.chunks[j].data)}
		c.chunks[j] = nc
		h.own(nc)
		h.sessHi = j + 1
	}
	h.sess = false
	return 0
}

// fatWriteAt writes as FatFs does: clusters already in the file are rewritten in place
// (and so reach the image at once, within the committed size); new clusters are allocated
// next-fit and become part of the image at Sync/Close. A full disk ends the write early.
func (h *File) fatWriteAt(pos int64, p []byte) (int, Errno) {
	f, c, g := h.f, h.cur, h.f.g
	names, _ := split(h.path)
	var n *node
	if !h.orphan {
		n, _, _ = lookup(f.cfg.Model, f.st.root, names)
		if n != nil && n.dir {
			n = nil
		}
	}
	if n != nil {
		// The clusters this handle shares with the committed file: writes there land in
		// place (a cut inside one can wipe it).
		shared := 0
		for shared < min(len(n.data.chunks), len(c.chunks)) && n.data.chunks[shared].block == c.chunks[shared].block {
			shared++
		}
		f.op.placed = int64(shared) * g.bs
	}
	var pub []*chunk
	touched := map[int32]bool{}
	var pend map[int32]bool
	var e Errno
	w := 0
	for w < len(p) {
		at := pos + int64(w)
		j := int(at / g.bs)
		if j >= len(c.chunks) {
			if pend == nil {
				pend = f.pending()
			}
			u, ok := f.alloc(pend)
			if !ok {
				e = ENOSPC
				break
			}
			touched[u] = true
			nc := &chunk{block: u}
			c.chunks = append(c.chunks, nc)
			h.own(nc)
		}
		ch := h.ownChunk(j)
		if !touched[ch.block] {
			touched[ch.block] = true
			f.erase(g.physical(ch.block))
		}
		off := at - int64(j)*g.bs
		k := int(min(g.bs-off, int64(len(p)-w)))
		writeInto(ch, off, p[w:w+k])
		w += k
		c.size = max(c.size, at+int64(k))
		if n != nil && j < len(n.data.chunks) && n.data.chunks[j].block == ch.block {
			if pub == nil {
				pub = slices.Clone(n.data.chunks)
			}
			pub[j] = ch
		}
	}
	if pub != nil {
		k := *n
		k.data = &content{size: n.data.size, chunks: pub}
		f.st.root = update(f.cfg.Model, f.st.root, names[:len(names)-1], func(d *node) *node { return d.withKid(f.cfg.Model, &k) })
		for _, ch := range pub {
			delete(h.owned, ch)
		}
	}
	return w, e
}

// Sync is MicroPython's flush: it commits the file (littlefs: data, size and mtime; FAT:
// size and directory entry).
func (h *File) Sync() error {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if h.closed {
		return perr("flush", h.path, EBADF)
	}
	if h.dir || !h.write {
		return nil
	}
	return h.commit(KindSync)
}

// Close commits the file and closes it. Closing twice is not an error, as in MicroPython.
func (h *File) Close() error {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if h.closed {
		return nil
	}
	var err error
	if !h.dir && h.write {
		err = h.commit(KindClose)
	}
	h.closed = true
	f := h.f
	if i := slices.Index(f.open, h); i >= 0 {
		f.open = slices.Delete(f.open, i, i+1)
	}
	return err
}

func (h *File) commit(kind string) error {
	f := h.f
	if !h.dirty || h.orphan || h.erred {
		return nil
	}
	if f.isLFS() && h.sess {
		f.begin(kind, h.path)
		e := h.lfsFlush()
		if e != 0 {
			f.op.Err = e.Error()
			f.end()
			return perr(kind, h.path, e)
		}
	} else {
		f.begin(kind, h.path)
	}
	names, _ := split(h.path)
	n, _, _ := lookup(f.cfg.Model, f.st.root, names)
	if n == nil || n.dir {
		// The file is gone from under the handle: nothing to commit to.
		h.orphan = true
		f.op.Err = ENOENT.Error()
		f.end()
		return nil
	}
	k := *n
	k.data = h.cur
	if f.isLFS() {
		k.mtime = h.mtime
	} else {
		k.mtime = f.now()
	}
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node { return d.withKid(f.cfg.Model, &k) })
	if e := f.install(root, [][]string{parent}, k.name, f.g.lfsEntryBytes(&k), ENOSPC); e != 0 {
		f.op.Err = e.Error()
		h.erred = f.isLFS()
		f.end()
		return perr(kind, h.path, e)
	}
	f.swapContent(n.data, h.cur)
	h.dirty, h.curOwned, h.owned, h.sess = false, false, nil, false
	f.end()
	return nil
}

// Truncate sets the file's size (zeros when growing); it commits with the file.
func (h *File) Truncate(size int64) error {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if err := h.check("truncate"); err != nil {
		return err
	}
	if !h.write {
		return perr("truncate", h.path, EBADF)
	}
	if size < 0 {
		return perr("truncate", h.path, EINVAL)
	}
	f, g := h.f, h.f.g
	f.begin(KindTruncate, h.path)
	defer f.end()
	f.op.Pos = size
	if size > h.cur.size {
		if h.sess && h.pos != h.cur.size {
			if e := h.lfsFlush(); e != 0 {
				f.op.Err = e.Error()
				return perr("truncate", h.path, e)
			}
		}
		if _, e := h.writeAt(h.cur.size, make([]byte, size-h.cur.size)); e != 0 {
			f.op.Err = e.Error()
			return perr("truncate", h.path, e)
		}
		return nil
	}
	if e := h.lfsFlush(); e != 0 {
		f.op.Err = e.Error()
		return perr("truncate", h.path, e)
	}
	h.ownContent()
	h.dirty = true
	// The blocks keep their bytes past the new size (FAT: the clusters still hold them on
	// the flash); reads stop at the size and later writes overwrite them.
	c := h.cur
	keep := g.nchunks(size)
	if c.inline {
		keep = min(1, len(c.chunks))
	}
	c.chunks = c.chunks[:keep]
	c.size = size
	return nil
}

// Stat describes the file as this handle sees it.
func (h *File) Stat() (os.FileInfo, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if h.closed {
		return nil, perr("stat", h.path, EBADF)
	}
	if h.dir {
		return &fileInfo{name: path.Base(h.path), dir: true}, nil
	}
	return &fileInfo{name: path.Base(h.path), size: h.cur.size, mtime: h.mtime}, nil
}

// Readdir lists the directory as it was when opened, in the filesystem's order.
func (h *File) Readdir(count int) ([]os.FileInfo, error) {
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	if h.closed {
		return nil, perr("readdir", h.path, EBADF)
	}
	if !h.dir {
		return nil, perr("readdir", h.path, ENOTDIR)
	}
	rest := h.kids[h.pos:]
	if count > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	if count > 0 && count < len(rest) {
		rest = rest[:count]
	}
	h.pos += int64(len(rest))
	out := make([]os.FileInfo, len(rest))
	for i, k := range rest {
		out[i] = infoOf(k)
	}
	return out, nil
}

// Readdirnames lists names as Readdir does.
func (h *File) Readdirnames(n int) ([]string, error) {
	fis, err := h.Readdir(n)
	names := make([]string, len(fis))
	for i, fi := range fis {
		names[i] = fi.Name()
	}
	return names, err
}
