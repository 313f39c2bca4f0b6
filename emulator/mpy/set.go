package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Set is MicroPython's set and frozenset, iterating in hash-table order.
type Set struct {
	t      table
	frozen bool
}

// SetType and FrozenSetType are the set types.
var (
	SetType       = defType(py.NewTypeX("set", "", func(t *py.Type, a py.Tuple, k py.StringDict) (py.Object, error) { return setNew(false, a) }, nil))
	FrozenSetType = defType(py.NewTypeX("frozenset", "", func(t *py.Type, a py.Tuple, k py.StringDict) (py.Object, error) { return setNew(true, a) }, nil))
)

// NewSetSized returns a set with n slots, as a display of n items makes.
func NewSetSized(n int) *Set { return &Set{t: newSetTable(n)} }

func setNew(frozen bool, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at most 1 positional arguments")
	}
	s := &Set{t: newSetTable(0), frozen: frozen}
	if len(args) == 1 {
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		for _, o := range items {
			if err := s.Add(o); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *py.Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Len is len(s).
func (s *Set) Len() int { return s.t.len() }

// Add adds o.
func (s *Set) Add(o py.Object) error { return s.t.store(o, py.None) }

// Contains is o in s.
func (s *Set) Contains(o py.Object) (bool, error) {
	_, ok, err := s.t.lookup(o)
	return ok, err
}

// Items returns the members in iteration order.
func (s *Set) Items() []py.Object {
	var out []py.Object
	s.t.each(func(k, _ py.Object) bool {
		out = append(out, k)
		return true
	})
	return out
}

func (s *Set) iter() py.Object { return &setIter{s: s} }

// M__iter__ iterates the members.
func (s *Set) M__iter__() (py.Object, error) { return &setIter{s: s}, nil }

// M__len__ is len(s).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.Len()), nil }

// M__contains__ is o in s.
func (s *Set) M__contains__(o py.Object) (py.Object, error) {
	ok, err := s.Contains(o)
	return py.NewBool(ok), err
}

type setIter struct {
	s   *Set
	pos int
}

func (it *setIter) Type() *py.Type                { return dictIterType }
func (it *setIter) M__iter__() (py.Object, error) { return it, nil }
func (it *setIter) M__next__() (py.Object, error) {
	k, _, next, ok := it.s.t.next(it.pos)
	if !ok {
		return nil, py.StopIteration
	}
	it.pos = next
	return k, nil
}

func (s *Set) equal(o *Set) (bool, error) {
	if s.Len() != o.Len() {
		return false, nil
	}
	return s.subset(o)
}

func (s *Set) subset(o *Set) (bool, error) {
	for _, k := range s.Items() {
		ok, err := o.Contains(k)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (s *Set) compare(o *Set, op string) (bool, error) {
	switch op {
	case "<=":
		return s.subset(o)
	case ">=":
		return o.subset(s)
	case "<":
		ok, err := s.subset(o)
		return ok && s.Len() < o.Len(), err
	}
	ok, err := o.subset(s)
	return ok && s.Len() > o.Len(), err
}

func (s *Set) writeRepr(b *strings.Builder, depth int) error {
	items := s.Items()
	if len(items) == 0 {
		if s.frozen {
			b.WriteString("frozenset()")
		} else {
			b.WriteString("set()")
		}
		return nil
	}
	if s.frozen {
		b.WriteString("frozenset(")
	}
	b.WriteByte('{')
	for i, k := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := writeRepr(b, k, depth+1); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	if s.frozen {
		b.WriteByte(')')
	}
	return nil
}

// newLike makes an empty set of the same kind.
func (s *Set) newLike() *Set { return &Set{t: newSetTable(0), frozen: s.frozen} }

func (s *Set) copySet() *Set { return &Set{t: s.t.clone(), frozen: s.frozen} }

// setOperand turns an argument of a set method into a Set.
func setOperand(o py.Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	r, err := setNew(false, py.Tuple{o})
	if err != nil {
		return nil, err
	}
	return r.(*Set), nil
}

// Union is s | o.
func (s *Set) Union(o *Set) (*Set, error) {
	r := s.copySet()
	for _, k := range o.Items() {
		if err := r.Add(k); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Intersection is s & o.
func (s *Set) Intersection(o *Set) (*Set, error) {
	r := s.newLike()
	for _, k := range s.Items() {
		ok, err := o.Contains(k)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := r.Add(k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// Difference is s - o.
func (s *Set) Difference(o *Set) (*Set, error) {
	r := s.copySet()
	for _, k := range o.Items() {
		if _, _, err := r.t.remove(k); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// SymmetricDifference is s ^ o.
func (s *Set) SymmetricDifference(o *Set) (*Set, error) {
	r := s.copySet()
	for _, k := range o.Items() {
		_, found, err := r.t.remove(k)
		if err != nil {
			return nil, err
		}
		if !found {
			if err := r.Add(k); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func installSet() {
	both := func(name string, fn func(s *Set, args py.Tuple) (py.Object, error)) {
		m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			s, ok := self.(*Set)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'set' object", name)
			}
			return fn(s, args)
		}, 0, "")
		SetType.Dict[name] = m
		FrozenSetType.Dict[name] = m
	}
	mut := func(name string, fn func(s *Set, args py.Tuple) (py.Object, error)) {
		SetType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			s, ok := self.(*Set)
			if !ok || s.frozen {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'set' object", name)
			}
			return fn(s, args)
		}, 0, "")
	}
	binary := func(op func(s, o *Set) (*Set, error)) func(s *Set, args py.Tuple) (py.Object, error) {
		return func(s *Set, args py.Tuple) (py.Object, error) {
			r := s
			for _, a := range args {
				o, err := setOperand(a)
				if err != nil {
					return nil, err
				}
				if r, err = op(r, o); err != nil {
					return nil, err
				}
			}
			if len(args) == 0 {
				return s.copySet(), nil
			}
			return r, nil
		}
	}
	both("union", binary((*Set).Union))
	both("intersection", binary((*Set).Intersection))
	both("difference", binary((*Set).Difference))
	both("symmetric_difference", binary((*Set).SymmetricDifference))
	both("copy", func(s *Set, args py.Tuple) (py.Object, error) { return s.copySet(), nil })
	pred := func(fn func(s, o *Set) (bool, error)) func(s *Set, args py.Tuple) (py.Object, error) {
		return func(s *Set, args py.Tuple) (py.Object, error) {
			if err := nargs("", args, 1, 1); err != nil {
				return nil, err
			}
			o, err := setOperand(args[0])
			if err != nil {
				return nil, err
			}
			r, err := fn(s, o)
			return py.NewBool(r), err
		}
	}
	both("issubset", pred((*Set).subset))
	both("issuperset", pred(func(s, o *Set) (bool, error) { return o.subset(s) }))
	both("isdisjoint", pred(func(s, o *Set) (bool, error) {
		i, err := s.Intersection(o)
		if err != nil {
			return false, err
		}
		return i.Len() == 0, nil
	}))
	mut("add", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := nargs("add", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, s.Add(args[0])
	})
	mut("discard", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := nargs("discard", args, 1, 1); err != nil {
			return nil, err
		}
		_, _, err := s.t.remove(args[0])
		return py.None, err
	})
	mut("remove", func(s *Set, args py.Tuple) (py.Object, error) {
		if err := nargs("remove", args, 1, 1); err != nil {
			return nil, err
		}
		_, ok, err := s.t.remove(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(py.KeyError, args[0])
		}
		return py.None, nil
	})
	mut("pop", func(s *Set, args py.Tuple) (py.Object, error) {
		k, ok := s.t.popFirst()
		if !ok {
			return nil, NewException(py.KeyError, py.String("pop from an empty set"))
		}
		return k, nil
	})
	mut("clear", func(s *Set, args py.Tuple) (py.Object, error) {
		s.t = newSetTable(0)
		return py.None, nil
	})
	inplace := func(op func(s, o *Set) (*Set, error)) func(s *Set, args py.Tuple) (py.Object, error) {
		return func(s *Set, args py.Tuple) (py.Object, error) {
			r := s
			for _, a := range args {
				o, err := setOperand(a)
				if err != nil {
					return nil, err
				}
				if r, err = op(r, o); err != nil {
					return nil, err
				}
			}
			s.t = r.t
			return py.None, nil
		}
	}
	mut("update", func(s *Set, args py.Tuple) (py.Object, error) {
		for _, a := range args {
			items, err := Collect(a)
			if err != nil {
				return nil, err
			}
			for _, k := range items {
				if err := s.Add(k); err != nil {
					return nil, err
				}
			}
		}
		return py.None, nil
	})
	mut("intersection_update", inplace((*Set).Intersection))
	mut("difference_update", func(s *Set, args py.Tuple) (py.Object, error) {
		for _, a := range args {
			items, err := Collect(a)
			if err != nil {
				return nil, err
			}
			for _, k := range items {
				if _, _, err := s.t.remove(k); err != nil {
					return nil, err
				}
			}
		}
		return py.None, nil
	})
	mut("symmetric_difference_update", inplace((*Set).SymmetricDifference))
}
