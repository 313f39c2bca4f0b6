package mphash

import (
	"github.com/go-python/gpython/py"
)

// tombstone marks a deleted slot (MP_OBJ_SENTINEL). It never leaves the package.
type tombstone struct{ _ byte }

func (*tombstone) Type() *py.Type { return nil }

var deleted py.Object = &tombstone{}

// growth is hash_allocation_sizes of py/map.c.
var growth = [...]int{
	0, 2, 4, 6, 8, 10, 12,
	17, 23, 29, 37, 47, 59, 73,
	97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161,
	3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
}

// NextAlloc returns the allocation a full table of alloc slots grows to
// (get_hash_alloc_greater_or_equal_to(alloc + 1)).
func NextAlloc(alloc int) int {
	x := alloc + 1
	for _, n := range growth {
		if n >= x {
			return n
		}
	}
	return (x + x/2) | 1
}

type lookupKind uint8

const (
	lookupOnly   lookupKind = 0
	lookupAdd    lookupKind = 1
	lookupRemove lookupKind = 2
	lookupToggle lookupKind = 3 // sets only: add if absent, remove if present
)

type entry struct {
	key, value py.Object
}

// Map is MicroPython's mp_map_t: the table behind dict, OrderedDict, **kwargs
// and instance dictionaries. Iteration (Next) visits slots in index order, which
// is the order a real board prints, iterates and json.dumps a dict. A Map is not
// safe for concurrent use; a device runs one Python thread.
type Map struct {
	h       *Hasher
	table   []entry // len(table) is the allocation
	used    int
	allQstr bool // all_keys_are_qstrs
	ordered bool // is_ordered: OrderedDict, linear search
}

// NewMap returns an empty dict table with n slots already allocated: n is the
// item count of a dict display, 0 for {}, dict(...), comprehensions and
// json.loads, len(iterable) for dict.fromkeys, the keyword count for a
// **kwargs parameter (see the package documentation).
func NewMap(h *Hasher, n int) *Map {
	m := &Map{h: h, allQstr: true}
	if n > 0 {
		m.table = make([]entry, n)
	}
	return m
}

// NewOrderedMap returns an empty OrderedDict table: insertion order, linear
// search, 4 more slots whenever it is full.
func NewOrderedMap(h *Hasher) *Map {
	return &Map{h: h, allQstr: true, ordered: true}
}

// Len is the number of items (map->used).
func (m *Map) Len() int { return m.used }

// Alloc is the number of slots in the table (map->alloc).
func (m *Map) Alloc() int { return len(m.table) }

// Ordered reports whether this is an OrderedDict table.
func (m *Map) Ordered() bool { return m.ordered }

// Hasher returns the hasher the table was made with.
func (m *Map) Hasher() *Hasher { return m.h }

func (m *Map) isQstr(key py.Object) bool {
	s, ok := key.(py.String)
	return ok && (m.h.Interned == nil || m.h.Interned(s))
}

// Lookup returns the value stored under key (d[key], key in d, d.get).
func (m *Map) Lookup(key py.Object) (value py.Object, found bool, err error) {
	i, found, err := m.lookup(key, lookupOnly)
	if !found {
		return nil, false, err
	}
	return m.table[i].value, true, nil
}

// Store sets d[key] = value, adding the key if it is absent. An existing key
// object is kept (x = {True: 1}; x[1] = 2 leaves the key True).
func (m *Map) Store(key, value py.Object) error {
	i, _, err := m.lookup(key, lookupAdd)
	if err != nil {
		return err
	}
	m.table[i].value = value
	return nil
}

// SetDefault is d.setdefault(key, def): the value under key, storing def first
// if the key is absent.
func (m *Map) SetDefault(key, def py.Object) (py.Object, error) {
	i, found, err := m.lookup(key, lookupAdd)
	if err != nil {
		return nil, err
	}
	if !found {
		m.table[i].value = def
	}
	return m.table[i].value, nil
}

// Delete removes key (del d[key], d.pop(key)) and returns its value.
func (m *Map) Delete(key py.Object) (value py.Object, found bool, err error) {
	i, found, err := m.lookup(key, lookupRemove)
	if !found {
		return nil, false, err
	}
	value = m.table[i].value
	m.table[i].value = nil
	return value, true, nil
}

// PopItem is d.popitem(): the first filled slot of a dict (its slot is left
// marked deleted), the last item of an OrderedDict. ok is false when the map is
// empty (KeyError "popitem(): dictionary is empty").
func (m *Map) PopItem() (key, value py.Object, ok bool) {
	if m.used == 0 {
		return nil, nil, false
	}
	cur := 0
	if m.ordered {
		cur = m.used - 1
	}
	i, key, value, ok := m.next(cur)
	if !ok {
		return nil, nil, false
	}
	m.used--
	m.table[i] = entry{key: deleted}
	return key, value, true
}

// Next continues an iteration: it returns the first filled slot at index cur
// or later, with next = its index + 1 to pass on the following call; ok is
// false at the end. Start with cur = 0. Mutating the map between calls is
// allowed, as on the board: the cursor simply indexes whatever table is there.
func (m *Map) Next(cur int) (next int, key, value py.Object, ok bool) {
	i, key, value, ok := m.next(cur)
	if !ok {
		return len(m.table), nil, nil, false
	}
	return i + 1, key, value, true
}

func (m *Map) next(cur int) (int, py.Object, py.Object, bool) {
	if cur < 0 {
		cur = 0
	}
	for i := cur; i < len(m.table); i++ {
		if k := m.table[i].key; k != nil && k != deleted {
			return i, k, m.table[i].value, true
		}
	}
	return 0, nil, nil, false
}

// Clear is d.clear(): no slots at all afterwards.
func (m *Map) Clear() {
	m.table = nil
	m.used = 0
	m.allQstr = true
}

// Copy is d.copy(): a new map with the same table, slot for slot (deleted
// markers included), so it iterates and grows exactly like the original.
func (m *Map) Copy() *Map {
	c := &Map{h: m.h, used: m.used, allQstr: m.allQstr, ordered: m.ordered}
	if len(m.table) > 0 {
		c.table = make([]entry, len(m.table))
		copy(c.table, m.table)
	}
	return c
}

// rehash grows the table and re-inserts the old keys in slot order. As on the
// board, a failing hash or equality midway leaves the keys re-inserted so far.
func (m *Map) rehash() error {
	old := m.table
	m.table = make([]entry, NextAlloc(len(old)))
	m.used = 0
	m.allQstr = true
	for _, e := range old {
		if e.key == nil || e.key == deleted {
			continue
		}
		i, _, err := m.lookup(e.key, lookupAdd)
		if err != nil {
			return err
		}
		m.table[i].value = e.value
	}
	return nil
}

// matches is the key comparison of mp_map_lookup: identity, then (unless the
// map holds only qstrs and the probe is one) mp_obj_equal(stored, probe).
func (m *Map) matches(stored, probe py.Object, onlyPtrs bool) (bool, error) {
	if ss, ok := stored.(py.String); ok {
		if ps, ok := probe.(py.String); ok {
			return ss == ps, nil
		}
	}
	if Same(stored, probe) {
		return true, nil
	}
	if onlyPtrs {
		return false, nil
	}
	return m.h.Equal(stored, probe)
}

// lookup is mp_map_lookup. It returns the slot index of the key (found) or of
// the slot it was added to (added: found false, index valid); -1 otherwise.
func (m *Map) lookup(key py.Object, kind lookupKind) (int, bool, error) {
	onlyPtrs := m.allQstr
	if onlyPtrs {
		if s, ok := key.(py.String); ok {
			if m.h.Interned != nil && !m.h.Interned(s) {
				onlyPtrs = false
			}
		} else if kind != lookupAdd {
			// A non-str can never equal a qstr key: fail without hashing.
			return -1, false, nil
		}
	}
	if m.ordered {
		return m.lookupOrdered(key, kind, onlyPtrs)
	}
	if len(m.table) == 0 {
		if kind != lookupAdd {
			return -1, false, nil
		}
		if err := m.rehash(); err != nil {
			return -1, false, err
		}
	}
	hash, err := m.h.Hash(key)
	if err != nil {
		return -1, false, err
	}
	p := m.h.profile()
	alloc := len(m.table)
	pos := p.Slot(hash, alloc)
	start := pos
	avail := -1
	probeStr, probeIsStr := key.(py.String)
	probeInt, probeIsInt := key.(py.Int)
	for {
		e := &m.table[pos]
		switch k := e.key; {
		case k == nil:
			if kind != lookupAdd {
				return -1, false, nil
			}
			if avail < 0 {
				avail = pos
			}
			return m.addAt(avail, key), false, nil
		case k == deleted:
			if avail < 0 {
				avail = pos
			}
		default:
			var eq bool
			if ks, ok := k.(py.String); ok && probeIsStr {
				eq = ks == probeStr // the hot path: str keys
			} else if ki, ok := k.(py.Int); ok && probeIsInt {
				eq = ki == probeInt
			} else if eq, err = m.matches(k, key, onlyPtrs); err != nil {
				return -1, false, err
			}
			if eq {
				if kind == lookupRemove {
					m.used--
					next := pos + 1
					if next == alloc {
						next = 0
					}
					if m.table[next].key == nil {
						e.key = nil
					} else {
						e.key = deleted
					}
				}
				return pos, true, nil
			}
		}
		if pos++; pos == alloc {
			pos = 0
		}
		if pos == start {
			if kind != lookupAdd {
				return -1, false, nil
			}
			if avail >= 0 {
				return m.addAt(avail, key), false, nil
			}
			if err := m.rehash(); err != nil {
				return -1, false, err
			}
			alloc = len(m.table)
			pos = p.Slot(hash, alloc)
			start = pos
		}
	}
}

func (m *Map) addAt(i int, key py.Object) int {
	m.used++
	m.table[i] = entry{key: key}
	if !m.isQstr(key) {
		m.allQstr = false
	}
	return i
}

// lookupOrdered is the is_ordered branch of mp_map_lookup.
func (m *Map) lookupOrdered(key py.Object, kind lookupKind, onlyPtrs bool) (int, bool, error) {
	for i := 0; i < m.used; i++ {
		eq, err := m.matches(m.table[i].key, key, onlyPtrs)
		if err != nil {
			return -1, false, err
		}
		if !eq {
			continue
		}
		if kind == lookupRemove {
			// Shift the rest down and park the removed item just past the end.
			removed := m.table[i]
			copy(m.table[i:m.used], m.table[i+1:m.used])
			m.used--
			m.table[m.used] = entry{value: removed.value}
			return m.used, true, nil
		}
		return i, true, nil
	}
	if kind != lookupAdd {
		return -1, false, nil
	}
	if m.used == len(m.table) {
		m.table = append(m.table, make([]entry, 4)...)
	}
	return m.addAt(m.used, key), false, nil
}
