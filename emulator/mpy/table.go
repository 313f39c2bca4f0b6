package mpy

import (
	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy/mphash"
)

// hasher is the process-wide hashing of built-in values and our own types. Identity hashes of
// user objects come from the owning interpreter's id sequence.
var hasher = &mphash.Hasher{}

func init() {
	hasher.UserHash = userHash
	hasher.UserEqual = func(a, b py.Object) (bool, error) { return Eq(a, b) }
}

// userHash is hash(o) for objects mphash does not know.
func userHash(o py.Object) (int64, error) {
	if t, ok := o.(TupleLike); ok {
		return hasher.Hash(t.TupleItems())
	}
	switch x := o.(type) {
	case *Bytes:
		return mphash.BytesHash(x.b), nil
	case *Instance:
		if v := x.cls.Lookup("__hash__"); v != nil {
			if v == py.None {
				return 0, py.ExceptionNewf(py.TypeError, "unsupported type for __hash__: '%s'", x.cls.Name)
			}
			r, _, err := x.callDunder("__hash__")
			if err != nil {
				return 0, err
			}
			return hasher.HashResult(r)
		}
		if x.cls.Lookup("__eq__") != nil && lookupUser(x.cls, "__eq__") != nil {
			return 0, py.ExceptionNewf(py.TypeError, "unsupported type for __hash__: '%s'", x.cls.Name)
		}
		return hasher.IdentityHash(objectID(o)), nil
	case *Set:
		if !x.frozen {
			return 0, py.ExceptionNewf(py.TypeError, "unsupported type for __hash__: 'set'")
		}
		return x.t.s.FrozenHash()
	case *py.List, *Dict, *ByteArray:
		return 0, py.ExceptionNewf(py.TypeError, "unsupported type for __hash__: '%s'", typeName(o))
	}
	return hasher.IdentityHash(objectID(o)), nil
}

// Hash is hash(o).
func Hash(o py.Object) (int64, error) { return hasher.Hash(o) }

// table holds an mphash.Map (dicts) or an mphash.Set (sets). MicroPython never raises
// "changed size during iteration": an iterator is a cursor over slots, whatever the table holds.
type table struct {
	m   *mphash.Map
	s   *mphash.Set
	gen int
}

func newTable(n int, ordered bool) table {
	if ordered {
		return table{m: mphash.NewOrderedMap(hasher)}
	}
	return table{m: mphash.NewMap(hasher, n)}
}

func newSetTable(n int) table { return table{s: mphash.NewSet(hasher, n)} }

func (t *table) len() int {
	if t.s != nil {
		return t.s.Len()
	}
	return t.m.Len()
}

func (t *table) lookup(key py.Object) (py.Object, bool, error) {
	if t.s != nil {
		ok, err := t.s.Contains(key)
		return py.None, ok, err
	}
	return t.m.Lookup(key)
}

func (t *table) store(key, value py.Object) error {
	n := t.len()
	var err error
	if t.s != nil {
		err = t.s.Add(key)
	} else {
		err = t.m.Store(key, value)
	}
	if t.len() != n {
		t.gen++
	}
	return err
}

func (t *table) remove(key py.Object) (py.Object, bool, error) {
	if t.s != nil {
		ok, err := t.s.Discard(key)
		if ok {
			t.gen++
		}
		return py.None, ok, err
	}
	v, ok, err := t.m.Delete(key)
	if ok {
		t.gen++
	}
	return v, ok, err
}

func (t *table) each(fn func(k, v py.Object) bool) {
	pos := 0
	for {
		k, v, next, ok := t.next(pos)
		if !ok || !fn(k, v) {
			return
		}
		pos = next
	}
}

func (t *table) next(pos int) (py.Object, py.Object, int, bool) {
	if t.s != nil {
		next, k, ok := t.s.Next(pos)
		return k, py.None, next, ok
	}
	next, k, v, ok := t.m.Next(pos)
	return k, v, next, ok
}

func (t *table) popitem() (py.Object, py.Object, bool) {
	k, v, ok := t.m.PopItem()
	if ok {
		t.gen++
	}
	return k, v, ok
}

func (t *table) popFirst() (py.Object, bool) {
	k, ok := t.s.PopFirst()
	if ok {
		t.gen++
	}
	return k, ok
}

func (t *table) clone() table {
	if t.s != nil {
		return table{s: t.s.Copy()}
	}
	return table{m: t.m.Copy()}
}
