package mpy

import (
	"github.com/go-python/gpython/py"
)

// installList adds the list and tuple methods gpython lacks or gets wrong.
func installList() {
	def := func(name string, fn func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error)) {
		py.ListType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			l, ok := self.(*py.List)
			if !ok {
				if inst, ok2 := self.(*Instance); ok2 {
					l, ok = inst.base.(*py.List)
				}
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'list' object", name)
				}
			}
			return fn(l, args, kw)
		}, 0, "")
	}
	def("append", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("append", args, 1, 1); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[0])
		return py.None, nil
	})
	def("extend", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("extend", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, items...)
		return py.None, nil
	})
	def("insert", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("insert", args, 2, 2); err != nil {
			return nil, err
		}
		i, ok := args[0].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[0]))
		}
		n := int(i)
		if n < 0 {
			n += len(l.Items)
			if n < 0 {
				n = 0
			}
		}
		if n > len(l.Items) {
			n = len(l.Items)
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[n+1:], l.Items[n:])
		l.Items[n] = args[1]
		return py.None, nil
	})
	def("pop", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("pop", args, 0, 1); err != nil {
			return nil, err
		}
		if len(l.Items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		n := len(l.Items) - 1
		if len(args) == 1 {
			i, ok := args[0].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[0]))
			}
			n = int(i)
			if n < 0 {
				n += len(l.Items)
			}
			if n < 0 || n >= len(l.Items) {
				return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
			}
		}
		v := l.Items[n]
		l.Items = append(l.Items[:n], l.Items[n+1:]...)
		return v, nil
	})
	def("remove", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("remove", args, 1, 1); err != nil {
			return nil, err
		}
		for i, v := range l.Items {
			eq, err := Eq(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "object not in sequence")
	})
	def("index", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return seqIndex(l.Items, args)
	})
	def("count", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return seqCount(l.Items, args)
	})
	def("clear", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		l.Items = l.Items[:0]
		return py.None, nil
	})
	def("copy", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), l.Items...)), nil
	})
	def("reverse", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return py.None, nil
	})
	def("sort", func(l *py.List, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args)+1)
		}
		return py.None, sortList(l, kw)
	})
	py.TupleType.Dict["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		return seqIndex(self.(py.Tuple), args)
	}, 0, "")
	py.TupleType.Dict["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		return seqCount(self.(py.Tuple), args)
	}, 0, "")
}

func seqIndex(items []py.Object, args py.Tuple) (py.Object, error) {
	if err := nargs("index", args, 1, 3); err != nil {
		return nil, err
	}
	start, end := 0, len(items)
	if len(args) > 1 {
		if n, ok := args[1].(py.Int); ok {
			start = clampIndex(int(n), len(items))
		}
	}
	if len(args) > 2 {
		if n, ok := args[2].(py.Int); ok {
			end = clampIndex(int(n), len(items))
		}
	}
	for i := start; i < end; i++ {
		eq, err := Eq(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "object not in sequence")
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func seqCount(items []py.Object, args py.Tuple) (py.Object, error) {
	if err := nargs("count", args, 1, 1); err != nil {
		return nil, err
	}
	n := 0
	for _, v := range items {
		eq, err := Eq(v, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

// sortList is list.sort(key=None, reverse=False) with MicroPython 1.27's algorithm
// (py/objlist.c mp_quicksort): not stable, always the < operator (reverse flips the result it
// looks for), and the key function called at every comparison, so equal keys and key
// functions with side effects behave exactly as on a board.
func sortList(l *py.List, kw py.StringDict) error {
	var key py.Object
	reverse := false
	for k, v := range kw {
		switch k {
		case "key":
			if v != py.None {
				key = v
			}
		case "reverse":
			r, err := Truth(v)
			if err != nil {
				return err
			}
			reverse = r
		default:
			return py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
		}
	}
	if len(l.Items) < 2 {
		return nil
	}
	return mpQuicksort(l.Items, -1, len(l.Items)-1, key, !reverse)
}

func mpQuicksort(items []py.Object, head, tail int, key py.Object, lessResult bool) error {
	keyOf := func(o py.Object) (py.Object, error) {
		if key == nil {
			return o, nil
		}
		return py.Call(key, py.Tuple{o}, nil)
	}
	for tail-head > 1 {
		h, t := head, tail
		v, err := keyOf(items[tail])
		if err != nil {
			return err
		}
		for {
			for {
				h++
				if h >= t {
					break
				}
				k, err := keyOf(items[h])
				if err != nil {
					return err
				}
				lt, err := Compare(k, v, "<")
				if err != nil {
					return err
				}
				if lt != lessResult {
					break
				}
			}
			for {
				t--
				if h >= t {
					break
				}
				k, err := keyOf(items[t])
				if err != nil {
					return err
				}
				lt, err := Compare(v, k, "<")
				if err != nil {
					return err
				}
				if lt != lessResult {
					break
				}
			}
			if h >= t {
				break
			}
			items[h], items[t] = items[t], items[h]
		}
		items[h], items[tail] = items[tail], items[h]
		if t-head < tail-h {
			if err := mpQuicksort(items, head, t, key, lessResult); err != nil {
				return err
			}
			head = h
		} else {
			if err := mpQuicksort(items, h, tail, key, lessResult); err != nil {
				return err
			}
			tail = t
		}
	}
	return nil
}
