package vfs

import (
	"os"
	"strings"
	"time"

	"github.com/spf13/afero"
)

// The kinds of journalled operations (Op.Kind).
const (
	// KindCreate is an open that created a file (its empty entry is committed).
	KindCreate = "create"
	// KindTruncOpn is FAT's open("w") of an existing file, which empties it at once.
	KindTruncOpn = "truncate-open"
	// KindWrite is a write call; Op.Bytes says how many bytes reached the file.
	KindWrite = "write"
	// KindSync is a flush (a commit), or littlefs's internal flush before a seek.
	KindSync = "sync"
	// KindClose is the close of a file open for writing (a commit).
	KindClose = "close"
	// KindMkdir creates a directory.
	KindMkdir = "mkdir"
	// KindRemove removes a file (FAT's first step of a replacing rename too).
	KindRemove = "remove"
	// KindRmdir removes an empty directory.
	KindRmdir = "rmdir"
	// KindRename renames; Op.Path2 is the new path.
	KindRename = "rename"
	// KindTruncate sets a file's size through File.Truncate.
	KindTruncate = "truncate"
	// KindChtimes sets a file's mtime.
	KindChtimes = "chtimes"
)

func (f *Flash) isLFS() bool { return f.cfg.Model == LittleFS }

// checkName applies the filesystem's name rules: littlefs ENAMETOOLONG beyond name_max, FAT
// EINVAL (FR_INVALID_NAME) for a long or forbidden name.
func (f *Flash) checkName(op, p, name string) error {
	if f.isLFS() {
		if len(name) > f.cfg.NameMax {
			return perr(op, p, ENAMETOOLONG)
		}
		return nil
	}
	if len([]rune(name)) > f.cfg.NameMax || !fatNameOK(name) {
		return perr(op, p, EINVAL)
	}
	return nil
}

// canon is the path of the node at names as the filesystem spells it (FAT matches names
// case-insensitively; the stored spelling wins).
func (f *Flash) canon(names []string) string {
	if len(names) == 0 {
		return "/"
	}
	var b strings.Builder
	n := f.st.root
	for _, name := range names {
		b.WriteByte('/')
		if n != nil {
			if _, k := n.find(f.cfg.Model, name); k != nil {
				b.WriteString(k.name)
				n = k
				continue
			}
			n = nil
		}
		b.WriteString(name)
	}
	return b.String()
}

// Mkdir creates a directory. littlefs allocates a metadata pair (ENOSPC when two blocks
// cannot be had); FAT allocates a cluster (EACCES, FatFs's FR_DENIED, when it cannot).
func (f *Flash) Mkdir(name string, _ os.FileMode) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.mkdir(name)
}

func (f *Flash) mkdir(name string) error {
	names, _ := split(name)
	if len(names) == 0 {
		return perr("mkdir", name, EEXIST)
	}
	n, _, e := lookup(f.cfg.Model, f.st.root, names)
	if e != 0 {
		return perr("mkdir", name, e)
	}
	if n != nil {
		return perr("mkdir", name, EEXIST)
	}
	leaf := names[len(names)-1]
	if err := f.checkName("mkdir", name, leaf); err != nil {
		return err
	}
	prev := f.st
	f.begin(KindMkdir, f.canon(names))
	kid := &node{name: leaf, dir: true}
	noSpace := ENOSPC
	if !f.isLFS() {
		kid.nslot = int32(fatSlots(leaf))
		kid.mtime = f.now()
		noSpace = EACCES
	}
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node { return d.withKid(f.cfg.Model, kid) })
	if e := f.install(root, [][]string{parent, names}, leaf, f.g.lfsEntryBytes(kid), noSpace); e != 0 {
		f.cancel(prev)
		return perr("mkdir", name, e)
	}
	f.end()
	return nil
}

// MkdirAll creates a directory and its missing parents.
func (f *Flash) MkdirAll(p string, perm os.FileMode) error {
	names, _ := split(p)
	for i := 1; i <= len(names); i++ {
		sub := "/" + strings.Join(names[:i], "/")
		fi, err := f.Stat(sub)
		if err == nil {
			if !fi.IsDir() {
				return perr("mkdir", sub, ENOTDIR)
			}
			continue
		}
		if err := f.Mkdir(sub, perm); err != nil {
			return err
		}
	}
	return nil
}

// Remove is MicroPython's os.remove. On littlefs it is the same call as rmdir: it removes a
// file or an empty directory (ENOTEMPTY, 39, for a non-empty one). On FAT a directory
// gives EISDIR.
func (f *Flash) Remove(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.remove("remove", name, false)
}

// Rmdir is MicroPython's os.rmdir. littlefs: as Remove. FAT: ENOTDIR for a file, EACCES for
// a non-empty directory.
func (f *Flash) Rmdir(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.remove("rmdir", name, true)
}

func (f *Flash) remove(op, name string, rmdir bool) error {
	names, trailing := split(name)
	if len(names) == 0 {
		return perr(op, name, EINVAL)
	}
	n, _, e := lookup(f.cfg.Model, f.st.root, names)
	if e != 0 {
		return perr(op, name, e)
	}
	if n == nil {
		return perr(op, name, ENOENT)
	}
	if f.isLFS() {
		if !n.dir && trailing {
			return perr(op, name, ENOTDIR)
		}
		if n.dir && len(n.kids) > 0 {
			return perr(op, name, ENOTEMPTY)
		}
	} else {
		switch {
		case !rmdir && n.dir:
			return perr(op, name, EISDIR)
		case rmdir && !n.dir:
			return perr(op, name, ENOTDIR)
		case n.dir && len(n.kids) > 0:
			return perr(op, name, EACCES)
		}
	}
	kind := KindRemove
	if n.dir {
		kind = KindRmdir
	}
	p := f.canon(names)
	f.begin(kind, p)
	f.unlink(names, n)
	f.end()
	return nil
}

// unlink removes the node at names (already checked) and commits.
func (f *Flash) unlink(names []string, n *node) {
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node {
		i, _ := d.find(f.cfg.Model, n.name)
		return d.withoutKid(i)
	})
	p := f.canon(names)
	f.release(n)
	f.install(root, [][]string{parent}, n.name, 8+int64(len(n.name)), ENOSPC)
	for _, h := range f.open {
		if h.path == p || strings.HasPrefix(h.path, p+"/") {
			h.orphan = true
		}
	}
}

// RemoveAll removes p and everything under it, one journalled remove at a time (children
// first, in listing order). A missing path is not an error. The root itself stays.
func (f *Flash) RemoveAll(p string) error {
	fi, err := f.Stat(p)
	if err != nil {
		if e, ok := ErrnoOf(err); ok && e == int(ENOENT) {
			return nil
		}
		return err
	}
	names, _ := split(p)
	if fi.IsDir() {
		kids, err := f.ReadDirNames(p)
		if err != nil {
			return err
		}
		for _, k := range kids {
			if err := f.RemoveAll("/" + strings.Join(append(names[:len(names):len(names)], k), "/")); err != nil {
				return err
			}
		}
		if len(names) == 0 {
			return nil
		}
		return f.Rmdir(p)
	}
	return f.Remove(p)
}

// Rename is MicroPython's os.rename. littlefs replaces an existing file (or empty directory
// of the same kind) atomically. FAT, as MicroPython's vfs_fat does, removes an existing
// target file and then renames: two journalled operations, so a cut between them loses the
// target. A target directory on FAT gives EEXIST.
func (f *Flash) Rename(oldname, newname string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	on, _ := split(oldname)
	nn, _ := split(newname)
	if len(on) == 0 || len(nn) == 0 {
		return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: EINVAL}
	}
	lerr := func(e Errno) error { return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: e} }
	m := f.cfg.Model
	src, _, e := lookup(m, f.st.root, on)
	if e != 0 {
		return lerr(e)
	}
	if src == nil {
		return lerr(ENOENT)
	}
	dst, _, e := lookup(m, f.st.root, nn)
	if e != 0 {
		return lerr(e)
	}
	same := len(on) == len(nn)
	for i := range on {
		if i >= len(nn) || !nameEq(m, on[i], nn[i]) {
			same = false
			break
		}
	}
	if same && on[len(on)-1] == nn[len(nn)-1] {
		return nil
	}
	if src.dir && len(nn) > len(on) && !same {
		inside := true
		for i := range on {
			if !nameEq(m, on[i], nn[i]) {
				inside = false
				break
			}
		}
		if inside {
			return lerr(EINVAL)
		}
	}
	leaf := nn[len(nn)-1]
	if err := f.checkName("rename", newname, leaf); err != nil {
		return lerr(errnoIn(err))
	}
	replaced := false
	if dst != nil && !same {
		if f.isLFS() {
			switch {
			case dst.dir && !src.dir:
				return lerr(EISDIR)
			case dst.dir && len(dst.kids) > 0:
				return lerr(ENOTEMPTY)
			case !dst.dir && src.dir:
				return lerr(ENOTDIR)
			}
		} else {
			if dst.dir {
				return lerr(EEXIST)
			}
			// vfs_fat: f_rename gives FR_EXIST; remove the target file, rename again.
			f.begin(KindRemove, f.canon(nn))
			f.op.Note = "rename-replace 1/2"
			f.unlink(nn, dst)
			f.end()
			dst = nil
			replaced = true
		}
	}
	oldPath := f.canon(on)
	newPath := strings.TrimSuffix(f.canon(nn[:len(nn)-1]), "/") + "/" + leaf
	prev := f.st
	f.begin(KindRename, oldPath)
	f.op.Path2 = newPath
	if replaced {
		f.op.Note = "rename-replace 2/2"
	}
	kid := *src
	kid.name = leaf
	if !f.isLFS() {
		kid.nslot = int32(fatSlots(leaf))
	}
	sp, dp := on[:len(on)-1], nn[:len(nn)-1]
	root := f.st.root
	if same {
		// Only the spelling changes (FAT case change): the entry keeps its slots.
		root = update(m, root, sp, func(d *node) *node {
			i, _ := d.find(m, src.name)
			c := d.withoutKid(i)
			k := kid
			k.slot = src.slot
			c.kids = append(c.kids[:i:i], append([]*node{&k}, c.kids[i:]...)...)
			return c
		})
	} else if !f.isLFS() {
		// FatFs registers the new entry first, then deletes the old one.
		root = update(m, root, dp, func(d *node) *node { return d.withKid(m, &kid) })
		root = update(m, root, sp, func(d *node) *node {
			for i, k := range d.kids {
				if k.name == src.name && k.slot == src.slot {
					return d.withoutKid(i)
				}
			}
			return d
		})
	} else {
		root = update(m, root, sp, func(d *node) *node {
			i, _ := d.find(m, src.name)
			return d.withoutKid(i)
		})
		root = update(m, root, dp, func(d *node) *node { return d.withKid(m, &kid) })
	}
	if dst != nil {
		f.release(dst)
	}
	if e := f.install(root, [][]string{dp, sp}, leaf, 2*f.g.lfsEntryBytes(&kid), noSpaceMeta(m)); e != 0 {
		f.cancel(prev)
		return lerr(e)
	}
	for _, h := range f.open {
		if dst != nil && h.path == newPath {
			h.orphan = true
		}
		if h.path == oldPath {
			h.path = newPath
		} else if strings.HasPrefix(h.path, oldPath+"/") {
			h.path = newPath + h.path[len(oldPath):]
		}
	}
	f.end()
	return nil
}

func noSpaceMeta(m Model) Errno {
	if m == FAT {
		return EACCES
	}
	return ENOSPC
}

// errnoIn returns the errno in err, EIO if it carries none.
func errnoIn(err error) Errno {
	if e, ok := ErrnoOf(err); ok {
		return Errno(e)
	}
	return EIO
}

// Stat describes a file or directory. littlefs gives ENOTDIR for "file/".
func (f *Flash) Stat(name string) (os.FileInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.stat("stat", name)
	if err != nil {
		return nil, err
	}
	return infoOf(n), nil
}

func (f *Flash) stat(op, name string) (*node, error) {
	names, trailing := split(name)
	n, _, e := lookup(f.cfg.Model, f.st.root, names)
	if e != 0 {
		return nil, perr(op, name, e)
	}
	if n == nil {
		return nil, perr(op, name, ENOENT)
	}
	if trailing && !n.dir && f.isLFS() {
		return nil, perr(op, name, ENOTDIR)
	}
	return n, nil
}

// ReadDirNames lists a directory as os.listdir does: littlefs in its name order, FAT in
// directory slot order.
func (f *Flash) ReadDirNames(name string) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.stat("listdir", name)
	if err != nil {
		return nil, err
	}
	if !n.dir {
		return nil, perr("listdir", name, ENOTDIR)
	}
	out := make([]string, len(n.kids))
	for i, k := range n.kids {
		out[i] = k.name
	}
	return out, nil
}

// Chmod checks that name exists; the filesystems keep no permissions.
func (f *Flash) Chmod(name string, _ os.FileMode) error {
	_, err := f.Stat(name)
	return err
}

// Chown checks that name exists; the filesystems keep no owners.
func (f *Flash) Chown(name string, _, _ int) error {
	_, err := f.Stat(name)
	return err
}

// Chtimes sets a file's mtime (a metadata commit). The access time is not kept.
func (f *Flash) Chtimes(name string, _ time.Time, mtime time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	names, _ := split(name)
	n, err := f.stat("chtimes", name)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return nil
	}
	prev := f.st
	f.begin(KindChtimes, f.canon(names))
	k := *n
	k.mtime = mtime.Unix()
	parent := names[:len(names)-1]
	root := update(f.cfg.Model, f.st.root, parent, func(d *node) *node { return d.withKid(f.cfg.Model, &k) })
	if e := f.install(root, [][]string{parent}, k.name, 16, noSpaceMeta(f.cfg.Model)); e != 0 {
		f.cancel(prev)
		return perr("chtimes", name, e)
	}
	f.end()
	return nil
}

// Create creates or truncates a file for reading and writing (open(name, "w+")).
func (f *Flash) Create(name string) (afero.File, error) {
	return f.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o666)
}

// Open opens a file or directory for reading.
func (f *Flash) Open(name string) (afero.File, error) {
	return f.OpenFile(name, os.O_RDONLY, 0)
}

// OpenFile opens a file with os flags. Opening a directory read-only gives a directory
// handle (for Readdir), as afero expects; MicroPython's open() is OpenMode.
func (f *Flash) OpenFile(name string, flag int, _ os.FileMode) (afero.File, error) {
	h, err := f.openFile(name, flag, false)
	if err != nil {
		return nil, err
	}
	return h, nil
}

// OpenMode is MicroPython's open(path, mode) for modes made of r, w, a, x, +, b and t. It
// never opens a directory: littlefs gives EISDIR, FAT ENOENT for reading and EACCES for
// writing, as FatFs does.
func (f *Flash) OpenMode(name, mode string) (*File, error) {
	flag := 0
	plus := false
	for _, c := range mode {
		switch c {
		case 'r':
		case 'w':
			flag |= os.O_CREATE | os.O_TRUNC
		case 'a':
			flag |= os.O_CREATE | os.O_APPEND
		case 'x':
			flag |= os.O_CREATE | os.O_EXCL
		case '+':
			plus = true
		case 'b', 't':
		default:
			return nil, perr("open", name, EINVAL)
		}
	}
	switch {
	case plus:
		flag |= os.O_RDWR
	case flag&os.O_CREATE != 0:
		flag |= os.O_WRONLY
	}
	return f.openFile(name, flag, true)
}
