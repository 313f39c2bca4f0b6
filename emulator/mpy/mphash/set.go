package mphash

import (
	"github.com/go-python/gpython/py"
)

// Set is MicroPython's mp_set_t, the table behind set and frozenset. Iteration
// (Next) visits slots in index order, the order a board prints and iterates a
// set. Unlike a Map, a Set compares keys with mp_obj_equal only (no identity
// shortcut), so x in {x} calls a user __eq__ even when x is the same object.
type Set struct {
	h     *Hasher
	table []py.Object // nil: empty slot; deleted: deleted slot
	used  int
}

// NewSet returns an empty set table with n slots allocated: n is the item count
// of a set display, 0 for set(), set(iterable), frozenset(...) and set
// comprehensions.
func NewSet(h *Hasher, n int) *Set {
	s := &Set{h: h}
	if n > 0 {
		s.table = make([]py.Object, n)
	}
	return s
}

// Len is the number of items (set->used).
func (s *Set) Len() int { return s.used }

// Alloc is the number of slots in the table (set->alloc).
func (s *Set) Alloc() int { return len(s.table) }

// Hasher returns the hasher the table was made with.
func (s *Set) Hasher() *Hasher { return s.h }

// Add is s.add(item).
func (s *Set) Add(item py.Object) error {
	_, err := s.lookup(item, lookupAdd)
	return err
}

// Contains is item in s. An empty table answers False without hashing item.
func (s *Set) Contains(item py.Object) (bool, error) {
	return s.lookup(item, lookupOnly)
}

// Discard is s.discard(item); it reports whether item was there (s.remove
// raises KeyError when it was not).
func (s *Set) Discard(item py.Object) (bool, error) {
	return s.lookup(item, lookupRemove)
}

// Toggle removes item if present and adds it otherwise, the step of
// symmetric_difference_update. It reports whether item was present.
func (s *Set) Toggle(item py.Object) (bool, error) {
	return s.lookup(item, lookupToggle)
}

// PopFirst is s.pop(): it removes and returns the item in the first filled
// slot; ok is false when the set is empty (KeyError "pop from an empty set").
func (s *Set) PopFirst() (item py.Object, ok bool) {
	for pos, k := range s.table {
		if k == nil || k == deleted {
			continue
		}
		s.removeAt(pos)
		return k, true
	}
	return nil, false
}

// Next continues an iteration: it returns the first filled slot at index cur
// or later, with next = its index + 1; ok is false at the end. Start with cur =
// 0. Mutation between calls is allowed, as on the board.
func (s *Set) Next(cur int) (next int, item py.Object, ok bool) {
	if cur < 0 {
		cur = 0
	}
	for i := cur; i < len(s.table); i++ {
		if k := s.table[i]; k != nil && k != deleted {
			return i + 1, k, true
		}
	}
	return len(s.table), nil, false
}

// Clear is s.clear(): no slots at all afterwards.
func (s *Set) Clear() {
	s.table = nil
	s.used = 0
}

// Copy is s.copy() (also the first step of a|b, a-b, a^b): the same table,
// slot for slot.
func (s *Set) Copy() *Set {
	c := &Set{h: s.h, used: s.used}
	if len(s.table) > 0 {
		c.table = make([]py.Object, len(s.table))
		copy(c.table, s.table)
	}
	return c
}

// Update adds other's items in other's slot order (s |= other, s.update).
func (s *Set) Update(other *Set) error {
	for cur, ok := 0, true; ; {
		var item py.Object
		if cur, item, ok = other.Next(cur); !ok {
			return nil
		}
		if err := s.Add(item); err != nil {
			return err
		}
	}
}

// Union is s | other: a copy of s, then other's items added in other's order.
func (s *Set) Union(other *Set) (*Set, error) {
	out := s.Copy()
	return out, out.Update(other)
}

// Intersection is s & other: a new empty set receiving, in other's slot order,
// other's items that s contains; s & s is a plain copy.
func (s *Set) Intersection(other *Set) (*Set, error) {
	if s == other {
		return s.Copy(), nil
	}
	out := NewSet(s.h, 0)
	for cur, ok := 0, true; ; {
		var item py.Object
		if cur, item, ok = other.Next(cur); !ok {
			return out, nil
		}
		in, err := s.Contains(item)
		if err != nil {
			return nil, err
		}
		if in {
			if err := out.Add(item); err != nil {
				return nil, err
			}
		}
	}
}

// IntersectionUpdate is s &= other: s takes the table Intersection builds;
// s &= s changes nothing.
func (s *Set) IntersectionUpdate(other *Set) error {
	if s == other {
		return nil
	}
	out, err := s.Intersection(other)
	if err != nil {
		return err
	}
	s.table, s.used = out.table, out.used
	return nil
}

// DifferenceUpdate is s -= other: other's items removed from s in other's
// order; s -= s empties the table completely (no slots left).
func (s *Set) DifferenceUpdate(other *Set) error {
	if s == other {
		s.Clear()
		return nil
	}
	for cur, ok := 0, true; ; {
		var item py.Object
		if cur, item, ok = other.Next(cur); !ok {
			return nil
		}
		if _, err := s.Discard(item); err != nil {
			return err
		}
	}
}

// Difference is s - other: a copy of s with other's items removed (s - s keeps
// the copy's slots, all emptied).
func (s *Set) Difference(other *Set) (*Set, error) {
	out := s.Copy()
	return out, out.DifferenceUpdate(other)
}

// SymmetricDifferenceUpdate is s ^= other: each of other's items, in other's
// order, removed from s if present, added otherwise.
func (s *Set) SymmetricDifferenceUpdate(other *Set) error {
	for cur, ok := 0, true; ; {
		var item py.Object
		if cur, item, ok = other.Next(cur); !ok {
			return nil
		}
		if _, err := s.Toggle(item); err != nil {
			return err
		}
	}
}

// SymmetricDifference is s ^ other: a copy of s, then SymmetricDifferenceUpdate.
func (s *Set) SymmetricDifference(other *Set) (*Set, error) {
	out := s.Copy()
	return out, out.SymmetricDifferenceUpdate(other)
}

// FrozenHash is hash(frozenset): the build's frozenset seed plus the hashes of
// the items, taken in slot order, as a small int.
func (s *Set) FrozenHash() (int64, error) {
	p := s.h.profile()
	sum := uint64(p.FrozensetHash)
	for _, k := range s.table {
		if k == nil || k == deleted {
			continue
		}
		h, err := s.h.Hash(k)
		if err != nil {
			return 0, err
		}
		sum += uint64(h)
	}
	return p.SmallInt(sum), nil
}

func (s *Set) rehash() error {
	old := s.table
	s.table = make([]py.Object, NextAlloc(len(old)))
	s.used = 0
	for _, k := range old {
		if k == nil || k == deleted {
			continue
		}
		if _, err := s.lookup(k, lookupAdd); err != nil {
			return err
		}
	}
	return nil
}

func (s *Set) removeAt(pos int) {
	s.used--
	if s.table[(pos+1)%len(s.table)] == nil {
		s.table[pos] = nil
	} else {
		s.table[pos] = deleted
	}
}

func (s *Set) addAt(pos int, item py.Object) {
	s.used++
	s.table[pos] = item
}

// lookup is mp_set_lookup; it reports whether item was found.
func (s *Set) lookup(item py.Object, kind lookupKind) (bool, error) {
	if len(s.table) == 0 {
		if kind&lookupAdd == 0 {
			return false, nil
		}
		if err := s.rehash(); err != nil {
			return false, err
		}
	}
	hash, err := s.h.Hash(item)
	if err != nil {
		return false, err
	}
	p := s.h.profile()
	alloc := len(s.table)
	pos := p.Slot(hash, alloc)
	start := pos
	avail := -1
	probeStr, probeIsStr := item.(py.String)
	for {
		switch k := s.table[pos]; {
		case k == nil:
			if kind&lookupAdd == 0 {
				return false, nil
			}
			if avail < 0 {
				avail = pos
			}
			s.addAt(avail, item)
			return false, nil
		case k == deleted:
			if avail < 0 {
				avail = pos
			}
		default:
			var eq bool
			if ks, ok := k.(py.String); ok && probeIsStr {
				eq = ks == probeStr
			} else if eq, err = s.h.Equal(k, item); err != nil {
				return false, err
			}
			if eq {
				if kind&lookupRemove != 0 {
					s.removeAt(pos)
				}
				return true, nil
			}
		}
		if pos++; pos == alloc {
			pos = 0
		}
		if pos == start {
			if kind&lookupAdd == 0 {
				return false, nil
			}
			if avail >= 0 {
				s.addAt(avail, item)
				return false, nil
			}
			if err := s.rehash(); err != nil {
				return false, err
			}
			alloc = len(s.table)
			pos = p.Slot(hash, alloc)
			start = pos
		}
	}
}
