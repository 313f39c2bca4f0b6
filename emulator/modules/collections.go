package modules

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// collections is MicroPython 1.27's built-in collections module (py/modcollections.c):
// OrderedDict, deque (py/objdeque.c: a fixed-size ring buffer, with iteration and indexing as
// ESP32 and RP2 builds have them) and namedtuple (py/objnamedtuple.c). defaultdict and
// MutableMapping are not built in: they come from micropython-lib when a board installs it.

// Deque is collections.deque(iterable, maxlen[, flags]): a ring buffer of maxlen+1 slots.
// Appending to a full deque drops the item at the other end, unless flags has bit 1 set, in
// which case it raises IndexError("full").
type Deque struct {
	items     []py.Object
	get, put  int
	checkFull bool
}

// DequeType is collections.deque.
var DequeType = py.NewTypeX("deque", "", newDeque, nil)

// Type returns DequeType.
func (*Deque) Type() *py.Type { return DequeType }

// HeapSize is the object and its ring of item slots (4-byte pointers on the boards).
func (d *Deque) HeapSize() int { return 32 + 4*len(d.items) }

// HeapChildren are the items the deque holds.
func (d *Deque) HeapChildren() []py.Object {
	var out []py.Object
	for _, o := range d.items {
		if o != nil {
			out = append(out, o)
		}
	}
	return out
}

func newDeque(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "function doesn't take keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", 2-len(args))
	}
	if len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "function expected at most 3 arguments, got %d", len(args))
	}
	maxlen, err := ioInt(args[1])
	if err != nil {
		return nil, err
	}
	if maxlen < 0 {
		return nil, mpy.NewException(py.ValueError)
	}
	if maxlen >= maxAlloc/8 {
		return nil, errNoMemory((maxlen + 1) * 8)
	}
	d := &Deque{items: make([]py.Object, maxlen+1)}
	if len(args) == 3 {
		flags, err := ioInt(args[2])
		if err != nil {
			return nil, err
		}
		d.checkFull = flags&1 != 0
	}
	if err := d.extend(args[0]); err != nil {
		return nil, err
	}
	return d, nil
}

// Len is len(d).
func (d *Deque) Len() int {
	n := d.put - d.get
	if n < 0 {
		n += len(d.items)
	}
	return n
}

func errFull() error  { return mpy.NewException(py.IndexError, py.String("full")) }
func errEmpty() error { return mpy.NewException(py.IndexError, py.String("empty")) }

// Append adds v at the right end.
func (d *Deque) Append(v py.Object) error {
	next := d.put + 1
	if next == len(d.items) {
		next = 0
	}
	if d.checkFull && next == d.get {
		return errFull()
	}
	d.items[d.put] = v
	d.put = next
	if d.get == next {
		if d.get++; d.get == len(d.items) {
			d.get = 0
		}
	}
	return nil
}

// AppendLeft adds v at the left end.
func (d *Deque) AppendLeft(v py.Object) error {
	next := d.get - 1
	if d.get == 0 {
		next = len(d.items) - 1
	}
	if d.checkFull && next == d.put {
		return errFull()
	}
	d.get = next
	d.items[d.get] = v
	if d.put == next {
		if d.put == 0 {
			d.put = len(d.items) - 1
		} else {
			d.put--
		}
	}
	return nil
}

// PopLeft removes and returns the leftmost item.
func (d *Deque) PopLeft() (py.Object, error) {
	if d.get == d.put {
		return nil, errEmpty()
	}
	v := d.items[d.get]
	d.items[d.get] = nil
	if d.get++; d.get == len(d.items) {
		d.get = 0
	}
	return v, nil
}

// Pop removes and returns the rightmost item.
func (d *Deque) Pop() (py.Object, error) {
	if d.get == d.put {
		return nil, errEmpty()
	}
	if d.put == 0 {
		d.put = len(d.items) - 1
	} else {
		d.put--
	}
	v := d.items[d.put]
	d.items[d.put] = nil
	return v, nil
}

func (d *Deque) extend(iterable py.Object) error {
	items, err := mpy.Collect(iterable)
	if err != nil {
		return err
	}
	for _, v := range items {
		if err := d.Append(v); err != nil {
			return err
		}
	}
	return nil
}

// M__len__ is len(d).
func (d *Deque) M__len__() (py.Object, error) { return py.Int(d.Len()), nil }

// M__bool__ is bool(d).
func (d *Deque) M__bool__() (py.Object, error) { return py.NewBool(d.get != d.put), nil }

// M__repr__ is repr(d): the deque has no print slot, so MicroPython prints "<deque>".
func (d *Deque) M__repr__() (py.Object, error) { return py.String("<deque>"), nil }

// M__str__ is str(d).
func (d *Deque) M__str__() (py.Object, error) { return d.M__repr__() }

// slot returns the ring index of the deque index key.
func (d *Deque) slot(key py.Object) (int, error) {
	var i int
	switch k := key.(type) {
	case py.Int:
		i = int(k)
	case py.Bool:
		if k {
			i = 1
		}
	default:
		return 0, py.ExceptionNewf(py.TypeError, "deque indices must be integers, not %s", ioTypeName(key))
	}
	n := d.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.ExceptionNewf(py.IndexError, "deque index out of range")
	}
	i += d.get
	if i >= len(d.items) {
		i -= len(d.items)
	}
	return i, nil
}

// M__getitem__ is d[i].
func (d *Deque) M__getitem__(key py.Object) (py.Object, error) {
	i, err := d.slot(key)
	if err != nil {
		return nil, err
	}
	return d.items[i], nil
}

// M__setitem__ is d[i] = v.
func (d *Deque) M__setitem__(key, value py.Object) (py.Object, error) {
	i, err := d.slot(key)
	if err != nil {
		return nil, err
	}
	d.items[i] = value
	return py.None, nil
}

// M__delitem__ is del d[i], which deque does not support.
func (d *Deque) M__delitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'deque' object doesn't support item deletion")
}

// M__iter__ iterates the deque as it is while iterating (MicroPython's iterator follows the
// ring from the left end to wherever the right end is at each step).
func (d *Deque) M__iter__() (py.Object, error) { return &dequeIter{d: d, cur: d.get}, nil }

type dequeIter struct {
	d   *Deque
	cur int
}

var dequeIterType = py.NewType("iterator", "")

func (it *dequeIter) Type() *py.Type                { return dequeIterType }
func (it *dequeIter) M__iter__() (py.Object, error) { return it, nil }
func (it *dequeIter) M__next__() (py.Object, error) {
	if it.cur == it.d.put {
		return nil, py.StopIteration
	}
	v := it.d.items[it.cur]
	if it.cur++; it.cur == len(it.d.items) {
		it.cur = 0
	}
	return v, nil
}

func installDeque() {
	def := func(name string, fn func(d *Deque, args py.Tuple) (py.Object, error), nargs int) {
		DequeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			d, ok := self.(*Deque)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "argument has wrong type")
			}
			if len(args) != nargs {
				return nil, py.ExceptionNewf(py.TypeError, "function takes %d positional arguments but %d were given", nargs+1, len(args)+1)
			}
			return fn(d, args)
		}, 0, "")
	}
	def("append", func(d *Deque, args py.Tuple) (py.Object, error) { return py.None, d.Append(args[0]) }, 1)
	def("appendleft", func(d *Deque, args py.Tuple) (py.Object, error) { return py.None, d.AppendLeft(args[0]) }, 1)
	def("extend", func(d *Deque, args py.Tuple) (py.Object, error) { return py.None, d.extend(args[0]) }, 1)
	def("pop", func(d *Deque, args py.Tuple) (py.Object, error) { return d.Pop() }, 0)
	def("popleft", func(d *Deque, args py.Tuple) (py.Object, error) { return d.PopLeft() }, 0)
}

// namedTupleSpec is one namedtuple class: its type and field names.
type namedTupleSpec struct {
	t      *py.Type
	fields []string
}

// NamedTuple is an instance of a class made by collections.namedtuple: a tuple whose items
// are also attributes.
type NamedTuple struct {
	spec  *namedTupleSpec
	items py.Tuple
}

// Type returns the namedtuple class.
func (n *NamedTuple) Type() *py.Type { return n.spec.t }

// Items returns the tuple's items.
// TupleItems makes a namedtuple compare, concatenate, format and hash as its items
// (mpy.TupleLike).
func (n *NamedTuple) TupleItems() py.Tuple { return n.Items() }

// Items are the namedtuple's field values, in field order.
func (n *NamedTuple) Items() py.Tuple { return n.items }

// newNamedTupleType is collections.namedtuple(name, fields): fields is a list or tuple of
// names or a str of names separated by whitespace (MicroPython splits only on whitespace, so
// "x, y" names a field "x,").
func newNamedTupleType(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes 2 positional arguments but %d were given", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", ioTypeName(args[0]))
	}
	var names []py.Object
	switch f := args[1].(type) {
	case py.String:
		for _, s := range strings.Fields(string(f)) {
			names = append(names, py.String(s))
		}
	case py.Tuple:
		names = f
	case *py.List:
		names = f.Items
	default:
		return nil, py.ExceptionNewf(py.TypeError, "object '%s' isn't a tuple or list", ioTypeName(args[1]))
	}
	spec := &namedTupleSpec{}
	for _, o := range names {
		s, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", ioTypeName(o))
		}
		spec.fields = append(spec.fields, string(s))
	}
	t, err := mpy.NewRuntimeType(string(name), py.TupleType, func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return spec.construct(args, kw)
	})
	if err != nil {
		return nil, fmt.Errorf("namedtuple %s: %w", name, err)
	}
	spec.t = t
	// MicroPython's namedtuple attributes are its fields only. Tuple's methods (count, index)
	// are hidden behind properties that answer a field of that name or raise AttributeError;
	// __getattr__ serves the fields to instances of a Python subclass
	// (class V(namedtuple(...))), whose attribute lookup ends there.
	for m := range py.TupleType.Dict {
		if strings.HasPrefix(m, "__") {
			continue
		}
		prop, err := py.Call(mpy.PropertyType, py.Tuple{spec.getter(m)}, nil)
		if err != nil {
			return nil, fmt.Errorf("namedtuple %s: %w", name, err)
		}
		t.Dict[m] = prop
	}
	t.Dict["__getattr__"] = py.MustNewMethod("__getattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 2 positional arguments but %d were given", len(args))
		}
		field, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string")
		}
		return py.Call(spec.getter(string(field)), py.Tuple{args[0]}, nil)
	}, 0, "")
	return t, nil
}

// getter returns the property getter of a field: the instance's item, or AttributeError when
// the class has no such field. A Python subclass's instance reaches its tuple by indexing.
func (s *namedTupleSpec) getter(field string) *py.Method {
	return py.MustNewMethod(field, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args))
		}
		i := s.index(field)
		if i < 0 {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", ioTypeName(args[0]), field)
		}
		if n, ok := args[0].(*NamedTuple); ok {
			return n.items[i], nil
		}
		return mpy.GetItem(args[0], py.Int(i))
	}, 0, "")
}

func (s *namedTupleSpec) index(name string) int {
	for i, f := range s.fields {
		if f == name {
			return i
		}
	}
	return -1
}

// construct is calling a namedtuple class: positional items first, then keywords by name.
func (s *namedTupleSpec) construct(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args)+len(kw) != len(s.fields) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes %d positional arguments but %d were given", s.t.Name, len(s.fields), len(args)+len(kw))
	}
	items := make(py.Tuple, len(s.fields))
	copy(items, args)
	// keywords in field order, so that errors do not depend on Go map order
	for i, f := range s.fields {
		if v, ok := kw[f]; ok {
			if i < len(args) {
				return nil, py.ExceptionNewf(py.TypeError, "function got multiple values for argument '%s'", f)
			}
			items[i] = v
		}
	}
	for k := range kw {
		if s.index(k) < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
		}
	}
	return &NamedTuple{spec: s, items: items}, nil
}

// M__getattr__ gives a field's value.
func (n *NamedTuple) M__getattr__(name string) (py.Object, error) {
	if i := n.spec.index(name); i >= 0 {
		return n.items[i], nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", n.spec.t.Name, name)
}

// M__setattr__ refuses: namedtuples are immutable.
func (n *NamedTuple) M__setattr__(name string, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "can't set attribute")
}

// M__repr__ is Name(field=value, ...).
func (n *NamedTuple) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString(n.spec.t.Name)
	b.WriteByte('(')
	for i, f := range n.spec.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := mpy.Repr(n.items[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f)
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// M__str__ is str(n), the same as repr.
func (n *NamedTuple) M__str__() (py.Object, error) { return n.M__repr__() }

// M__len__ is len(n).
func (n *NamedTuple) M__len__() (py.Object, error) { return py.Int(len(n.items)), nil }

// M__bool__ is bool(n).
func (n *NamedTuple) M__bool__() (py.Object, error) { return py.NewBool(len(n.items) > 0), nil }

// M__getitem__ is n[i] or n[a:b] (a plain tuple); an index error names the class.
func (n *NamedTuple) M__getitem__(key py.Object) (py.Object, error) {
	if i, ok := key.(py.Int); ok {
		if i < 0 {
			i += py.Int(len(n.items))
		}
		if i < 0 || int(i) >= len(n.items) {
			return nil, py.ExceptionNewf(py.IndexError, "%s index out of range", n.spec.t.Name)
		}
		return n.items[i], nil
	}
	return mpy.GetItem(n.items, key)
}

// M__iter__ iterates the items.
func (n *NamedTuple) M__iter__() (py.Object, error) { return py.NewIterator(n.items), nil }

// M__contains__ is x in n.
func (n *NamedTuple) M__contains__(item py.Object) (py.Object, error) {
	for _, v := range n.items {
		eq, err := mpy.Eq(v, item)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// tupleOf returns the items of a tuple or namedtuple.
func tupleOf(o py.Object) (py.Tuple, bool) {
	switch x := o.(type) {
	case py.Tuple:
		return x, true
	case *NamedTuple:
		return x.items, true
	}
	return nil, false
}

// M__eq__ compares items with a tuple or namedtuple.
func (n *NamedTuple) M__eq__(other py.Object) (py.Object, error) {
	y, ok := tupleOf(other)
	if !ok {
		return py.False, nil
	}
	eq, err := mpy.Eq(n.items, y)
	return py.NewBool(eq), err
}

// M__ne__ is the negation of M__eq__.
func (n *NamedTuple) M__ne__(other py.Object) (py.Object, error) {
	r, err := n.M__eq__(other)
	if err != nil {
		return nil, err
	}
	return py.NewBool(r == py.False), nil
}

// M__add__ concatenates into a plain tuple.
func (n *NamedTuple) M__add__(other py.Object) (py.Object, error) {
	y, ok := tupleOf(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(append(py.Tuple{}, n.items...), y...), nil
}

// M__radd__ is tuple + namedtuple.
func (n *NamedTuple) M__radd__(other py.Object) (py.Object, error) {
	y, ok := tupleOf(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(append(py.Tuple{}, y...), n.items...), nil
}

func init() {
	installDeque()
	for _, t := range []*py.Type{DequeType, dequeIterType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("modules: collections type %s: %v", t.Name, err))
		}
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "collections"},
		Methods: []*py.Method{
			py.MustNewMethod("namedtuple", newNamedTupleType, 0, ""),
		},
		Globals: py.StringDict{
			"OrderedDict": mpy.OrderedDictType,
			"deque":       DequeType,
		},
	})
}
