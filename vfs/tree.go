package vfs

import (
	"slices"
	"sort"
	"strings"
)

// chunk is the part of a file stored in one block (littlefs: one CTZ block, whose capacity
// shrinks by its skip-list pointers; FAT: one cluster). data is immutable once a state or
// another handle can see it.
type chunk struct {
	block int32 // allocation unit: littlefs block, FAT data cluster; -1 for inline data
	data  []byte
}

// content is a file's bytes as a list of chunks. Invariant: chunk i holds
// min(capacity(i), size-start(i)) bytes (for a FAT file whose committed size is smaller
// than what its clusters hold, reads stop at size).
type content struct {
	size   int64
	inline bool // littlefs: stored in the directory's metadata, no blocks
	chunks []*chunk
}

var emptyContent = &content{inline: true}

// node is a file or directory of an image. Nodes are immutable: a change copies the path
// from the root down (path copying), so images share everything that did not change.
type node struct {
	name  string
	dir   bool
	mtime int64 // seconds of the device clock (Unix epoch); 0 when unset
	data  *content
	kids  []*node // directories: in listing order (littlefs name order, FAT slot order)
	slot  int32   // FAT: first directory slot of this entry in its parent
	nslot int32   // FAT: slots used by this entry (LFN entries plus the short entry)
	meta  []int32 // littlefs: metadata pair blocks (2 per pair); FAT: directory clusters
	fill  int32   // littlefs: bytes in the active metadata log of the directory
}

func (n *node) size() int64 {
	if n.dir || n.data == nil {
		return 0
	}
	return n.data.size
}

// nameEq is how a filesystem compares names: littlefs bytewise, FAT case-insensitively.
func nameEq(m Model, a, b string) bool {
	if m == FAT {
		return strings.EqualFold(a, b)
	}
	return a == b
}

func (n *node) find(m Model, name string) (int, *node) {
	if m == LittleFS {
		i := sort.Search(len(n.kids), func(i int) bool { return !lfsNameLess(n.kids[i].name, name) })
		if i < len(n.kids) && n.kids[i].name == name {
			return i, n.kids[i]
		}
		return -1, nil
	}
	for i, k := range n.kids {
		if strings.EqualFold(k.name, name) {
			return i, k
		}
	}
	return -1, nil
}

// withKid returns a copy of directory n with kid added (or replacing the entry of the same
// name). FAT places a new entry in the first run of free slots, as FatFs's dir_alloc does.
func (n *node) withKid(m Model, kid *node) *node {
	c := *n
	if i, _ := n.find(m, kid.name); i >= 0 {
		c.kids = slices.Clone(n.kids)
		if m == FAT {
			kid.slot, kid.nslot = n.kids[i].slot, n.kids[i].nslot
		}
		c.kids[i] = kid
		return &c
	}
	if m == LittleFS {
		i := sort.Search(len(n.kids), func(i int) bool { return lfsNameLess(kid.name, n.kids[i].name) })
		c.kids = slices.Insert(slices.Clone(n.kids), i, kid)
		return &c
	}
	need := kid.nslot
	at := int32(fatFirstSlot(n))
	idx := len(n.kids)
	for i, k := range n.kids {
		if k.slot-at >= need {
			idx = i
			break
		}
		at = k.slot + k.nslot
	}
	kid.slot = at
	c.kids = slices.Insert(slices.Clone(n.kids), idx, kid)
	return &c
}

// fatFirstSlot is 0 for the root and 2 for a subdirectory ("." and "..").
func fatFirstSlot(n *node) int {
	if n.name == "" {
		return 0
	}
	return 2
}

// fatSlotEnd is one past the last used directory slot.
func fatSlotEnd(n *node) int64 {
	end := int64(fatFirstSlot(n))
	if len(n.kids) > 0 {
		k := n.kids[len(n.kids)-1]
		end = int64(k.slot + k.nslot)
	}
	return end
}

func (n *node) withoutKid(i int) *node {
	c := *n
	c.kids = slices.Delete(slices.Clone(n.kids), i, i+1)
	return &c
}

// lookup walks names from root. It returns the node (nil if the last name is missing), its
// parent directory, and the errno for a walk that cannot proceed (a missing or non-directory
// intermediate name).
func lookup(m Model, root *node, names []string) (n, parent *node, e Errno) {
	n = root
	for i, name := range names {
		if !n.dir {
			if m == FAT {
				return nil, nil, ENOENT
			}
			return nil, nil, ENOTDIR
		}
		_, k := n.find(m, name)
		if k == nil {
			if i == len(names)-1 {
				return nil, n, 0
			}
			return nil, nil, ENOENT
		}
		parent, n = n, k
	}
	return n, parent, 0
}

// update returns a copy of root where the directory at names is replaced by fn(dir).
func update(m Model, root *node, names []string, fn func(dir *node) *node) *node {
	if len(names) == 0 {
		return fn(root)
	}
	i, k := root.find(m, names[0])
	c := *root
	c.kids = slices.Clone(root.kids)
	c.kids[i] = update(m, k, names[1:], fn)
	return &c
}

// walk calls fn for every node under n in listing order, depth first, with its path.
func walk(n *node, p string, fn func(p string, n *node)) {
	for _, k := range n.kids {
		kp := p + "/" + k.name
		fn(kp, k)
		if k.dir {
			walk(k, kp, fn)
		}
	}
}
