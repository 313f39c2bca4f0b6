package mpy

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// binaryOp describes one Python binary operator: its dunder names and gpython's numeric
// implementation (used for int, float and big int operands only).
type binaryOp struct {
	name, rname, iname string
	num                func(a, b py.Object) (py.Object, error)
}

var (
	opSub      = &binaryOp{"__sub__", "__rsub__", "__isub__", py.Sub}
	opTrueDiv  = &binaryOp{"__truediv__", "__rtruediv__", "__itruediv__", py.TrueDiv}
	opFloorDiv = &binaryOp{"__floordiv__", "__rfloordiv__", "__ifloordiv__", py.FloorDiv}
	opPow      = &binaryOp{"__pow__", "__rpow__", "__ipow__", func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) }}
	opLshift   = &binaryOp{"__lshift__", "__rlshift__", "__ilshift__", py.Lshift}
	opRshift   = &binaryOp{"__rshift__", "__rrshift__", "__irshift__", py.Rshift}
	opAnd      = &binaryOp{"__and__", "__rand__", "__iand__", py.And}
	opOr       = &binaryOp{"__or__", "__ror__", "__ior__", py.Or}
	opXor      = &binaryOp{"__xor__", "__rxor__", "__ixor__", py.Xor}
	opModB     = &binaryOp{"__mod__", "__rmod__", "__imod__", py.Mod}
)

// binary evaluates a op b with MicroPython's rules.
func (op *binaryOp) binary(a, b py.Object) (py.Object, error) {
	if r, ok, err := binaryDunder(a, b, op.name, op.rname); ok {
		return r, err
	}
	if r, ok, err := containerOp(op, a, b, false); ok {
		return r, err
	}
	return numeric(a, b, op.name, op.num)
}

// inplace evaluates a op= b.
func (op *binaryOp) inplace(a, b py.Object) (py.Object, error) {
	if x, ok := a.(*Instance); ok {
		if r, found, err := x.callDunder(op.iname, b); found && (err != nil || r != py.NotImplemented) {
			return r, err
		}
	}
	if r, ok, err := containerOp(op, a, b, true); ok {
		return r, err
	}
	return op.binary(a, b)
}

// containerOp handles set algebra and dict union.
func containerOp(op *binaryOp, a, b py.Object, inplace bool) (py.Object, bool, error) {
	switch x := a.(type) {
	case *Set:
		y, ok := b.(*Set)
		if !ok {
			return nil, false, nil
		}
		var r *Set
		var err error
		switch op {
		case opOr:
			r, err = x.Union(y)
		case opAnd:
			r, err = x.Intersection(y)
		case opSub:
			r, err = x.Difference(y)
		case opXor:
			r, err = x.SymmetricDifference(y)
		default:
			return nil, false, nil
		}
		if err != nil {
			return nil, true, err
		}
		if inplace && !x.frozen {
			x.t = r.t
			return x, true, nil
		}
		return r, true, nil
	case *Dict:
		y, ok := b.(*Dict)
		if !ok || op != opOr {
			return nil, false, nil
		}
		target := x
		if !inplace {
			target = &Dict{t: x.t.clone(), ordered: x.ordered}
		}
		for _, kv := range y.Items() {
			if err := target.SetItem(kv[0], kv[1]); err != nil {
				return nil, true, err
			}
		}
		return target, true, nil
	}
	return nil, false, nil
}

// unaryOp is -x, +x, ~x.
func unaryOp(name string, fn func(py.Object) (py.Object, error), a py.Object) (py.Object, error) {
	if x, ok := a.(*Instance); ok {
		if r, found, err := x.callDunder(name); found {
			return r, err
		}
	}
	switch x := a.(type) {
	case py.Bool:
		return fn(boolInt(x))
	case py.Int, py.Float, *py.BigInt:
		return fn(a)
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported type for %s: '%s'", name, typeName(a))
}

func opUnary(name string, fn func(py.Object) (py.Object, error)) opFunc {
	return func(it *Interp, f *py.Frame, arg int32) error {
		r, err := unaryOp(name, fn, top(f))
		if err != nil {
			return err
		}
		setTop(f, r)
		return nil
	}
}

// arithHooks are the operator opcodes served by this file.
func arithHooks(m map[vm.OpCode]opFunc) {
	for code, op := range map[vm.OpCode]*binaryOp{
		vm.BINARY_SUBTRACT: opSub, vm.BINARY_TRUE_DIVIDE: opTrueDiv, vm.BINARY_FLOOR_DIVIDE: opFloorDiv,
		vm.BINARY_POWER: opPow, vm.BINARY_LSHIFT: opLshift, vm.BINARY_RSHIFT: opRshift,
		vm.BINARY_AND: opAnd, vm.BINARY_OR: opOr, vm.BINARY_XOR: opXor,
	} {
		m[code] = opBinary(op.binary)
	}
	for code, op := range map[vm.OpCode]*binaryOp{
		vm.INPLACE_SUBTRACT: opSub, vm.INPLACE_TRUE_DIVIDE: opTrueDiv, vm.INPLACE_FLOOR_DIVIDE: opFloorDiv,
		vm.INPLACE_POWER: opPow, vm.INPLACE_LSHIFT: opLshift, vm.INPLACE_RSHIFT: opRshift,
		vm.INPLACE_AND: opAnd, vm.INPLACE_OR: opOr, vm.INPLACE_XOR: opXor,
	} {
		m[code] = opBinary(op.inplace)
	}
	m[vm.UNARY_NEGATIVE] = opUnary("__neg__", py.Neg)
	m[vm.UNARY_POSITIVE] = opUnary("__pos__", py.Pos)
	m[vm.UNARY_INVERT] = opUnary("__invert__", py.Invert)
	m[vm.STORE_SUBSCR] = func(it *Interp, f *py.Frame, arg int32) error {
		key := pop(f)
		obj := pop(f)
		value := pop(f)
		return SetItem(obj, key, value)
	}
	m[vm.DELETE_SUBSCR] = func(it *Interp, f *py.Frame, arg int32) error {
		key := pop(f)
		obj := pop(f)
		return DelItem(obj, key)
	}
	m[vm.UNPACK_SEQUENCE] = func(it *Interp, f *py.Frame, n int32) error {
		seq := pop(f)
		items, err := Collect(seq)
		if err != nil {
			return err
		}
		if len(items) < int(n) {
			return py.ExceptionNewf(py.ValueError, "need more than %d values to unpack", len(items))
		}
		if len(items) > int(n) {
			return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", n)
		}
		for i := len(items) - 1; i >= 0; i-- {
			push(f, items[i])
		}
		return nil
	}
}

// DelItem is del o[key].
func DelItem(o, key py.Object) error {
	switch x := o.(type) {
	case *Dict:
		return x.DelItem(key)
	case *Instance:
		if _, found, err := x.callDunder("__delitem__", key); found {
			return err
		}
		if x.base != nil {
			return DelItem(x.base, key)
		}
		return py.ExceptionNewf(py.TypeError, "'%s' object doesn't support item deletion", x.cls.Name)
	case *py.List:
		if sl, ok := key.(*py.Slice); ok {
			start, stop, step, n, err := sl.GetIndices(len(x.Items))
			if err != nil {
				return err
			}
			if step != 1 {
				return NewException(NotImplementedErrorType)
			}
			if n > 0 {
				x.Items = append(x.Items[:start], x.Items[stop:]...)
			}
			return nil
		}
		i, err := listIndex(key, len(x.Items))
		if err != nil {
			return err
		}
		x.Items = append(x.Items[:i], x.Items[i+1:]...)
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "'%s' object doesn't support item deletion", typeName(o))
}

// listIndex resolves an int index into a list of length n.
func listIndex(key py.Object, n int) (int, error) {
	var i int
	switch k := key.(type) {
	case py.Int:
		i = int(k)
	case py.Bool:
		i = int(boolInt(k))
	default:
		return 0, py.ExceptionNewf(py.TypeError, "list indices must be integers, not %s", typeName(key))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	return i, nil
}
