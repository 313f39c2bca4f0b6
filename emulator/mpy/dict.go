package mpy

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// Dict is MicroPython's dict: any hashable key, iteration in the hash table's slot order
// (package mphash reproduces the table exactly). It replaces gpython's str-keyed dict everywhere
// device code can reach a dict.
type Dict struct {
	t        table
	ordered  bool          // collections.OrderedDict
	ns       py.StringDict // a namespace this dict mirrors (globals()): writes go through
	readonly bool          // an instance's __dict__: item assignment fails as on MicroPython
}

// namespaceDict is globals(): a dict over a module namespace; assignments through it reach
// the module.
func namespaceDict(ns py.StringDict) *Dict {
	d := dictFromStringDict(ns)
	d.ns = ns
	return d
}

// DictType is the dict type.
var DictType = defType(py.NewTypeX("dict", "", dictNew, nil))

// OrderedDictType is collections.OrderedDict.
var OrderedDictType = defType(py.NewTypeX("OrderedDict", "", orderedDictNew, nil))

// NewDict returns an empty dict (dict() or json.loads start with no slots).
func NewDict() *Dict { return &Dict{t: newTable(0, false)} }

// NewDictSized returns a dict with n slots, as a display of n items makes.
func NewDictSized(n int) *Dict { return &Dict{t: newTable(n, false)} }

// NewOrderedDict returns an empty insertion-ordered dict.
func NewOrderedDict() *Dict { return &Dict{t: newTable(0, true), ordered: true} }

// Type returns DictType (or OrderedDictType).
func (d *Dict) Type() *py.Type {
	if d.ordered {
		return OrderedDictType
	}
	return DictType
}

// Len is len(d).
func (d *Dict) Len() int { return d.t.len() }

// GetItem is d[key], with KeyError.
func (d *Dict) GetItem(key py.Object) (py.Object, error) {
	v, ok, err := d.t.lookup(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewException(py.KeyError, key)
	}
	return v, nil
}

// Get is d.get(key) without default: (value, found).
func (d *Dict) Get(key py.Object) (py.Object, bool, error) { return d.t.lookup(key) }

// SetItem is d[key] = value.
func (d *Dict) SetItem(key, value py.Object) error {
	if d.readonly {
		return NewException(py.TypeError, py.String(""))
	}
	if d.ns != nil {
		if k, ok := key.(py.String); ok {
			d.ns[string(k)] = value
		}
	}
	return d.t.store(key, value)
}

// DelItem is del d[key].
func (d *Dict) DelItem(key py.Object) error {
	_, ok, err := d.t.remove(key)
	if err != nil {
		return err
	}
	if !ok {
		return NewException(py.KeyError, key)
	}
	return nil
}

// Contains is key in d.
func (d *Dict) Contains(key py.Object) (bool, error) {
	_, ok, err := d.t.lookup(key)
	return ok, err
}

// Items returns the (key, value) pairs in iteration order.
func (d *Dict) Items() [][2]py.Object {
	var out [][2]py.Object
	d.t.each(func(k, v py.Object) bool {
		out = append(out, [2]py.Object{k, v})
		return true
	})
	return out
}

// Keys returns the keys in iteration order.
func (d *Dict) Keys() []py.Object {
	var out []py.Object
	d.t.each(func(k, v py.Object) bool {
		out = append(out, k)
		return true
	})
	return out
}

// gpython protocol methods, for paths inside gpython (e.g. **kwargs expansion).

// M__getitem__ is d[key].
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) { return d.GetItem(key) }

// M__setitem__ is d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.SetItem(key, value)
}

// M__delitem__ is del d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) { return py.None, d.DelItem(key) }

// M__len__ is len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.Len()), nil }

// M__contains__ is key in d.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	ok, err := d.Contains(key)
	return py.NewBool(ok), err
}

// M__iter__ iterates the keys.
func (d *Dict) M__iter__() (py.Object, error) { return d.keyIter(), nil }

// M__eq__ compares dicts.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*Dict)
	if !ok {
		return py.False, nil
	}
	eq, err := d.equal(o)
	return py.NewBool(eq), err
}

func (d *Dict) equal(o *Dict) (bool, error) {
	if d.Len() != o.Len() {
		return false, nil
	}
	var err error
	eq := true
	d.t.each(func(k, v py.Object) bool {
		ov, ok, e := o.t.lookup(k)
		if e != nil || !ok {
			err, eq = e, false
			return false
		}
		same, e := Eq(v, ov)
		if e != nil || !same {
			err, eq = e, false
			return false
		}
		return true
	})
	return eq, err
}

func (d *Dict) writeRepr(b *strings.Builder, depth int) error {
	if d.ordered {
		b.WriteString("OrderedDict(")
	}
	b.WriteByte('{')
	first := true
	var err error
	d.t.each(func(k, v py.Object) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		if err = writeRepr(b, k, depth+1); err != nil {
			return false
		}
		b.WriteString(": ")
		err = writeRepr(b, v, depth+1)
		return err == nil
	})
	b.WriteByte('}')
	if d.ordered {
		b.WriteByte(')')
	}
	return err
}

// dictView is dict.keys()/values()/items(): a live view iterating the dict.
type dictView struct {
	d    *Dict
	kind byte // 'k', 'v', 'i'
}

// dictViewType is MicroPython's one type for the three views.
var dictViewType = defType(py.NewType("dict_view", ""))

func (v *dictView) Type() *py.Type { return dictViewType }

func (v *dictView) writeRepr(b *strings.Builder, depth int) error {
	b.WriteString(map[byte]string{'k': "dict_keys", 'v': "dict_values", 'i': "dict_items"}[v.kind])
	b.WriteString("([")
	items, err := Collect(v)
	if err != nil {
		return err
	}
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := writeRepr(b, it, depth+1); err != nil {
			return err
		}
	}
	b.WriteString("])")
	return nil
}

// M__iter__ iterates the view.
func (v *dictView) M__iter__() (py.Object, error) { return &dictIter{d: v.d, kind: v.kind}, nil }

// M__len__ is len(view).
func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.Len()), nil }

// M__contains__ is x in view.
func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case 'k':
		ok, err := v.d.Contains(x)
		return py.NewBool(ok), err
	}
	items, err := Collect(v)
	if err != nil {
		return nil, err
	}
	ok, err := seqContains(items, x)
	return py.NewBool(ok), err
}

// dictIter walks the table's slots; it notices resizing.
type dictIter struct {
	d    *Dict
	kind byte
	pos  int
}

var dictIterType = defType(py.NewType("iterator", ""))

func (d *Dict) keyIter() *dictIter { return &dictIter{d: d, kind: 'k'} }

func (it *dictIter) Type() *py.Type                { return dictIterType }
func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }
func (it *dictIter) M__next__() (py.Object, error) {
	k, v, next, ok := it.d.t.next(it.pos)
	if !ok {
		return nil, py.StopIteration
	}
	it.pos = next
	switch it.kind {
	case 'k':
		return k, nil
	case 'v':
		return v, nil
	}
	return py.Tuple{k, v}, nil
}

func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := NewDict()
	if err := d.update(args, kwargs, "dict"); err != nil {
		return nil, err
	}
	return d, nil
}

func orderedDictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := NewOrderedDict()
	if err := d.update(args, kwargs, "OrderedDict"); err != nil {
		return nil, err
	}
	return d, nil
}

// update is dict.update(other, **kw) and the dict(...) constructor.
func (d *Dict) update(args py.Tuple, kwargs py.StringDict, fn string) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "function expected at most 1 arguments, got %d", len(args))
	}
	if len(args) == 1 {
		switch src := args[0].(type) {
		case *Dict:
			for _, kv := range src.Items() {
				if err := d.SetItem(kv[0], kv[1]); err != nil {
					return err
				}
			}
		default:
			if inst, ok := src.(*Instance); ok && inst.cls.Lookup("keys") != nil {
				keys, err := callMethod(src, "keys")
				if err != nil {
					return err
				}
				ks, err := Collect(keys)
				if err != nil {
					return err
				}
				for _, k := range ks {
					v, err := GetItem(src, k)
					if err != nil {
						return err
					}
					if err := d.SetItem(k, v); err != nil {
						return err
					}
				}
				break
			}
			items, err := Collect(src)
			if err != nil {
				return err
			}
			for _, item := range items {
				kv, err := Collect(item)
				if err != nil {
					return err
				}
				if len(kv) != 2 {
					return py.ExceptionNewf(py.ValueError, "dict update sequence has wrong length")
				}
				if err := d.SetItem(kv[0], kv[1]); err != nil {
					return err
				}
			}
		}
	}
	for _, k := range sortedKeys(kwargs) {
		if err := d.SetItem(py.String(k), kwargs[k]); err != nil {
			return err
		}
	}
	return nil
}

// sortedKeys gives a gpython StringDict's keys in a fixed order (gpython's map order is random;
// keyword arguments reach us only as such a map).
func sortedKeys(m py.StringDict) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dictFromStringDict makes a dict from a gpython namespace (module globals, __dict__).
func dictFromStringDict(m py.StringDict) *Dict {
	d := NewDict()
	for _, k := range sortedKeys(m) {
		if strings.HasPrefix(k, "\x00") { // emulator-private entries
			continue
		}
		_ = d.SetItem(py.String(k), m[k])
	}
	return d
}

func installDict() {
	m := func(name string, fn func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		method := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			d, ok := self.(*Dict)
			if !ok {
				if inst, ok2 := self.(*Instance); ok2 {
					d, ok = inst.base.(*Dict)
				}
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'dict' object", name)
				}
			}
			return fn(d, args, kw)
		}, 0, "")
		DictType.Dict[name] = method
		OrderedDictType.Dict[name] = method
	}
	m("keys", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) { return &dictView{d, 'k'}, nil })
	m("values", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) { return &dictView{d, 'v'}, nil })
	m("items", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) { return &dictView{d, 'i'}, nil })
	m("get", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return py.None, nil
		}
		return v, nil
	})
	m("pop", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("pop", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.t.remove(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(py.KeyError, args[0])
		}
		return v, nil
	})
	m("popitem", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		k, v, ok := d.t.popitem()
		if !ok {
			return nil, NewException(py.KeyError, py.String("popitem(): dictionary is empty"))
		}
		return py.Tuple{k, v}, nil
	})
	m("setdefault", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		def := py.Object(py.None)
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.SetItem(args[0], def)
	})
	m("update", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, d.update(args, kw, "update")
	})
	m("clear", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d.t = newTable(0, d.ordered)
		return py.None, nil
	})
	m("copy", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &Dict{t: d.t.clone(), ordered: d.ordered}, nil
	})
	m("__getitem__", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__getitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return d.GetItem(args[0])
	})
	m("__setitem__", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__setitem__", args, 2, 2); err != nil {
			return nil, err
		}
		return py.None, d.SetItem(args[0], args[1])
	})
	m("__delitem__", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("__delitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, d.DelItem(args[0])
	})
	fromkeys := py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("fromkeys", args, 1, 2); err != nil {
			return nil, err
		}
		keys, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		d := NewDictSized(len(keys)) // OrderedDict.fromkeys too makes a plain dict, as on MicroPython
		v := py.Object(py.None)
		if len(args) == 2 {
			v = args[1]
		}
		for _, k := range keys {
			if err := d.SetItem(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}, py.METH_CLASS, "")
	DictType.Dict["fromkeys"] = fromkeys
	OrderedDictType.Dict["fromkeys"] = fromkeys
}

// nargs checks a positional argument count, with MicroPython's message.
func nargs(name string, args py.Tuple, min, max int) error {
	if len(args) < min || len(args) > max {
		if min == max {
			return py.ExceptionNewf(py.TypeError, "function takes %d positional arguments but %d were given", min+1, len(args)+1)
		}
		if len(args) < min {
			return py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", min-len(args))
		}
		return py.ExceptionNewf(py.TypeError, "function expected at most %d arguments, got %d", max+1, len(args)+1)
	}
	return nil
}

// callMethod calls o.name(*args).
func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := GetAttr(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}
