package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// binaryDunder tries a Python-defined operator on instances: a.__op__(b), then b.__rop__(a).
func binaryDunder(a, b py.Object, op, rop string) (py.Object, bool, error) {
	if x, ok := a.(*Instance); ok {
		if r, found, err := x.callDunder(op, b); found && (err != nil || r != py.NotImplemented) {
			return r, true, err
		}
	}
	if y, ok := b.(*Instance); ok && rop != "" {
		if r, found, err := y.callDunder(rop, a); found && (err != nil || r != py.NotImplemented) {
			return r, true, err
		}
	}
	return nil, false, nil
}

func unsupported(op string, a, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unsupported types for %s: '%s', '%s'", op, typeName(a), typeName(b))
}

func opAdd(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s, nil
			}
		}
	case py.String:
		y, ok := b.(py.String)
		if !ok {
			if _, inst := b.(*Instance); !inst {
				return nil, unsupported("__add__", a, b)
			}
			break
		}
		if err := chargeAlloc(len(x) + len(y)); err != nil {
			return nil, err
		}
		return x + y, nil
	case py.Tuple, TupleLike:
		xt, _ := asTuple(a)
		if y, ok := asTuple(b); ok {
			r := make(py.Tuple, 0, len(xt)+len(y))
			return append(append(r, xt...), y...), nil
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			r := make([]py.Object, 0, len(x.Items)+len(y.Items))
			return py.NewListFromItems(append(append(r, x.Items...), y.Items...)), nil
		}
	case *Bytes, *ByteArray:
		xb, _ := bufferOf(a)
		yb, ok := bufferOf(b)
		if s, isStr := b.(py.String); isStr { // str has the buffer protocol on MicroPython
			yb, ok = []byte(s), true
		}
		if ok {
			if err := chargeAlloc(len(xb) + len(yb)); err != nil {
				return nil, err
			}
			r := make([]byte, 0, len(xb)+len(yb))
			r = append(append(r, xb...), yb...)
			if _, ok := a.(*ByteArray); ok {
				return &ByteArray{b: r}, nil
			}
			return &Bytes{b: r}, nil
		}
		if _, inst := b.(*Instance); !inst {
			return nil, unsupported("__add__", a, b)
		}
	}
	if r, ok, err := binaryDunder(a, b, "__add__", "__radd__"); ok {
		return r, err
	}
	return numeric(a, b, "__add__", py.Add)
}

func opInplaceAdd(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case *py.List:
		items, err := Collect(b)
		if err != nil {
			return nil, err
		}
		x.Items = append(x.Items, items...)
		return x, nil
	case *ByteArray:
		if yb, ok := bufferOf(b); ok {
			if err := chargeAlloc(len(yb)); err != nil {
				return nil, err
			}
			x.b = append(x.b, yb...)
			return x, nil
		}
	case *Instance:
		if r, found, err := x.callDunder("__iadd__", b); found && (err != nil || r != py.NotImplemented) {
			return r, err
		}
	}
	return opAdd(a, b)
}

// numeric runs gpython's arithmetic for numbers and reports MicroPython's TypeError otherwise.
func numeric(a, b py.Object, name string, fn func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if !isNumber(a) || !isNumber(b) {
		switch a.(type) {
		case py.String, py.Tuple, *py.List:
			if name == "__mul__" {
				break
			}
			return nil, unsupported(name, a, b)
		default:
			if !isNumber(a) {
				return nil, unsupported(name, a, b)
			}
			if _, ok := b.(py.Int); !ok {
				if !isNumber(b) {
					return nil, unsupported(name, a, b)
				}
			}
		}
	}
	if _, ok := a.(py.Bool); ok {
		a = boolInt(a.(py.Bool))
	}
	if _, ok := b.(py.Bool); ok {
		b = boolInt(b.(py.Bool))
	}
	if isZero(b) {
		switch name {
		case "__truediv__", "__floordiv__", "__mod__":
			if isNumber(a) {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "divide by zero")
			}
		}
	}
	r, err := fn(a, b)
	if err != nil {
		if isException(err, py.ZeroDivisionError) {
			return nil, mpZeroDivision(a, b, name)
		}
		if isException(err, py.TypeError) {
			if e, ok := err.(*py.Exception); ok && strings.HasPrefix(exceptionStr(e), "unsupported operand") {
				return nil, unsupported(name, a, b)
			}
		}
		return nil, err
	}
	return r, nil
}

func isZero(o py.Object) bool {
	switch x := o.(type) {
	case py.Int:
		return x == 0
	case py.Float:
		return x == 0
	case py.Bool:
		return !bool(x)
	}
	return false
}

func mpZeroDivision(a, b py.Object, name string) error {
	if _, ok := a.(py.Float); ok {
		return py.ExceptionNewf(py.ZeroDivisionError, "divide by zero")
	}
	if _, ok := b.(py.Float); ok {
		return py.ExceptionNewf(py.ZeroDivisionError, "divide by zero")
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "divide by zero")
}

func opMultiply(a, b py.Object) (py.Object, error) {
	if n, ok := b.(py.Int); ok {
		if r, ok, err := repeat(a, int(n)); ok {
			return r, err
		}
	}
	if n, ok := a.(py.Int); ok {
		if r, ok, err := repeat(b, int(n)); ok {
			return r, err
		}
	}
	if r, ok, err := binaryDunder(a, b, "__mul__", "__rmul__"); ok {
		return r, err
	}
	return numeric(a, b, "__mul__", py.Mul)
}

// repeat is sequence * n, with the heap charged before anything is built.
func repeat(seq py.Object, n int) (py.Object, bool, error) {
	if n < 0 {
		n = 0
	}
	switch x := seq.(type) {
	case py.String:
		if err := chargeAlloc(len(x) * n); err != nil {
			return nil, true, err
		}
		b := make([]byte, 0, len(x)*n)
		for i := 0; i < n; i++ {
			b = append(b, x...)
		}
		return py.String(b), true, nil
	case *ByteArray:
		return nil, true, unsupported("__mul__", seq, py.Int(n))
	case *Bytes:
		src, _ := bufferOf(seq)
		if err := chargeAlloc(len(src) * n); err != nil {
			return nil, true, err
		}
		b := make([]byte, 0, len(src)*n)
		for i := 0; i < n; i++ {
			b = append(b, src...)
		}
		return &Bytes{b: b}, true, nil
	case *py.List:
		if err := chargeAlloc(len(x.Items) * n * wordSize); err != nil {
			return nil, true, err
		}
		items := make([]py.Object, 0, len(x.Items)*n)
		for i := 0; i < n; i++ {
			items = append(items, x.Items...)
		}
		return py.NewListFromItems(items), true, nil
	case py.Tuple:
		if err := chargeAlloc(len(x) * n * wordSize); err != nil {
			return nil, true, err
		}
		items := make(py.Tuple, 0, len(x)*n)
		for i := 0; i < n; i++ {
			items = append(items, x...)
		}
		return items, true, nil
	}
	return nil, false, nil
}

func opModulo(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.String:
		s, err := percentFormat(string(x), b, false)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	case *Bytes:
		s, err := percentFormat(string(x.b), b, true)
		if err != nil {
			return nil, err
		}
		return &Bytes{b: []byte(s)}, nil
	}
	if r, ok, err := binaryDunder(a, b, "__mod__", "__rmod__"); ok {
		return r, err
	}
	return numeric(a, b, "__mod__", py.Mod)
}

// opGetItem is a[b].
func opGetItem(a, b py.Object) (py.Object, error) { return GetItem(a, b) }

// GetItem is o[key] with MicroPython's rules.
func GetItem(o, key py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *Dict:
		return x.GetItem(key)
	case *Bytes:
		return bytesIndex(x.b, key, func(b []byte) py.Object { return &Bytes{b: b} }, "bytes")
	case py.String:
		if sl, ok := key.(*py.Slice); ok {
			if err := stepOne(sl); err != nil {
				return nil, err
			}
			runes := []rune(string(x))
			start, stop, _, _, err := sl.GetIndices(len(runes))
			if err != nil {
				return nil, err
			}
			if stop < start {
				stop = start
			}
			return py.String(string(runes[start:stop])), nil
		}
		if i, ok := key.(py.Int); ok {
			return strIndex(x, int(i))
		}
	case *ByteArray:
		return bytesIndex(x.b, key, func(b []byte) py.Object { return &ByteArray{b: b} }, "bytearray")
	case *MemoryView:
		if sl, ok := key.(*py.Slice); ok {
			start, stop, step, _, err := sl.GetIndices(len(x.bytes()))
			if err != nil {
				return nil, err
			}
			if step != 1 {
				return nil, py.ExceptionNewf(NotImplementedErrorType, "only slices with step=1 (aka None) are supported")
			}
			if stop < start {
				stop = start
			}
			return &MemoryView{src: x.src, off: x.off + start, len: stop - start, readonly: x.readonly}, nil
		}
		return bytesIndex(x.bytes(), key, nil, "memoryview")
	case *Instance:
		return x.M__getitem__(key)
	case py.Tuple:
		if sl, ok := key.(*py.Slice); ok {
			if err := stepOne(sl); err != nil {
				return nil, err
			}
		}
		if i, ok := key.(py.Int); ok {
			n := int(i)
			if n < 0 {
				n += len(x)
			}
			if n < 0 || n >= len(x) {
				return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
			}
			return x[n], nil
		}
	case *py.List:
		switch key.(type) {
		case py.Int, py.Bool:
			n, err := listIndex(key, len(x.Items))
			if err != nil {
				return nil, err
			}
			return x.Items[n], nil
		case *py.Slice:
		default:
			return nil, py.ExceptionNewf(py.TypeError, "list indices must be integers, not %s", typeName(key))
		}
	}
	if b, ok := key.(py.Bool); ok {
		key = boolInt(b)
	}
	return py.GetItem(o, key)
}

// bytesIndex is b[i] (an int) or b[slice] (made by mk).
func bytesIndex(b []byte, key py.Object, mk func([]byte) py.Object, what string) (py.Object, error) {
	switch k := key.(type) {
	case py.Int, py.Bool:
		i := int(toBig(k).Int64())
		if i < 0 {
			i += len(b)
		}
		if i < 0 || i >= len(b) {
			return nil, py.ExceptionNewf(py.IndexError, "%s index out of range", what)
		}
		return py.Int(b[i]), nil
	case *py.Slice:
		if err := stepOne(k); err != nil {
			return nil, err
		}
		start, stop, step, n, err := k.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, 0, n)
		for i, c := 0, start; i < n; i, c = i+1, c+step {
			out = append(out, b[c])
		}
		_ = stop
		if mk == nil {
			return &Bytes{b: out}, nil
		}
		return mk(out), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s indices must be integers, not %s", what, typeName(key))
}

// strIndex is s[i] counting code points, as MicroPython's unicode str does.
func strIndex(s py.String, i int) (py.Object, error) {
	runes := []rune(string(s))
	if i < 0 {
		i += len(runes)
	}
	if i < 0 || i >= len(runes) {
		return nil, py.ExceptionNewf(py.IndexError, "string index out of range")
	}
	return py.String(string(runes[i])), nil
}

// SetItem is o[key] = value.
func SetItem(o, key, value py.Object) error {
	switch x := o.(type) {
	case *Dict:
		return x.SetItem(key, value)
	case *ByteArray:
		return setBytes(x.b, key, value, func(nb []byte) { x.b = nb })
	case *MemoryView:
		if x.readonly {
			return py.ExceptionNewf(py.TypeError, "'memoryview' object doesn't support item assignment")
		}
		return setBytes(x.bytes(), key, value, nil)
	case *Instance:
		_, err := x.M__setitem__(key, value)
		return err
	case *Bytes:
		return py.ExceptionNewf(py.TypeError, "'bytes' object doesn't support item assignment")
	case py.Tuple:
		return py.ExceptionNewf(py.TypeError, "'tuple' object doesn't support item assignment")
	case py.String:
		return py.ExceptionNewf(py.TypeError, "'str' object doesn't support item assignment")
	}
	_, err := py.SetItem(o, key, value)
	return err
}

func setBytes(b []byte, key, value py.Object, resize func([]byte)) error {
	switch k := key.(type) {
	case py.Int:
		i := int(k)
		if i < 0 {
			i += len(b)
		}
		if i < 0 || i >= len(b) {
			return py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		v, ok := value.(py.Int)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(value))
		}
		b[i] = byte(v)
		return nil
	case *py.Slice:
		src, ok := bufferOf(value)
		if !ok {
			items, err := bytesFromArg(py.Tuple{value}, "bytearray")
			if err != nil {
				return err
			}
			src = items
		}
		start, stop, step, _, err := k.GetIndices(len(b))
		if err != nil {
			return err
		}
		if step != 1 {
			return py.ExceptionNewf(NotImplementedErrorType, "only slices with step=1 (aka None) are supported")
		}
		if stop < start {
			stop = start
		}
		if stop-start == len(src) {
			copy(b[start:stop], src)
			return nil
		}
		if resize == nil {
			return py.ExceptionNewf(py.ValueError, "lhs and rhs should be compatible")
		}
		nb := make([]byte, 0, len(b)-(stop-start)+len(src))
		nb = append(append(append(nb, b[:start]...), src...), b[stop:]...)
		resize(nb)
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "bytearray indices must be integers, not %s", typeName(key))
}

// stepOne raises MicroPython's error for a stepped slice of str, bytes, bytearray, tuple.
func stepOne(sl *py.Slice) error {
	if sl.Step != nil && sl.Step != py.None {
		if n, ok := sl.Step.(py.Int); !ok || n != 1 {
			return NewException(NotImplementedErrorType, py.String("only slices with step=1 (aka None) are supported"))
		}
	}
	return nil
}
