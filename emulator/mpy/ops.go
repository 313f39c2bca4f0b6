package mpy

import (
	"cmp"
	"github.com/ota-emu/ota-emu/emulator/mpy/mphash"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

// Truth is bool(o) as MicroPython computes it.
func Truth(o py.Object) (bool, error) {
	switch x := o.(type) {
	case py.Bool:
		return bool(x), nil
	case py.NoneType:
		return false, nil
	case py.Int:
		return x != 0, nil
	case py.String:
		return len(x) != 0, nil
	case *py.List:
		return len(x.Items) != 0, nil
	case py.Tuple:
		return len(x) != 0, nil
	case *Dict:
		return x.Len() != 0, nil
	case *Set:
		return x.Len() != 0, nil
	case *Bytes:
		return len(x.b) != 0, nil
	case *ByteArray:
		return len(x.b) != 0, nil
	case py.Float:
		return x != 0, nil
	case *Instance:
		return x.truth()
	}
	r, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return bool(r.(py.Bool)), nil
}

// TupleLike is implemented by native types that behave as tuples (collections.namedtuple):
// comparisons, concatenation, % formatting and hashing treat them as their items.
type TupleLike interface {
	TupleItems() py.Tuple
}

// asTuple returns the tuple a value behaves as: a tuple, a TupleLike, or an instance of a
// class deriving from tuple without its own __eq__.
func asTuple(o py.Object) (py.Tuple, bool) {
	switch x := o.(type) {
	case py.Tuple:
		return x, true
	case TupleLike:
		return x.TupleItems(), true
	case *Instance:
		if t, ok := x.base.(py.Tuple); ok && lookupUser(x.cls, "__eq__") == nil {
			return t, true
		}
	}
	return nil, false
}

// Eq is a == b with MicroPython's rules.
func Eq(a, b py.Object) (bool, error) {
	if x, ok := asTuple(a); ok {
		if y, ok := asTuple(b); ok {
			if _, plain := a.(py.Tuple); !plain || !isPlainTuple(b) {
				return seqEq(x, y)
			}
		}
	}
	if mphash.Same(a, b) {
		if f, ok := a.(py.Float); ok && f != f { // nan
			return false, nil
		}
		switch a.(type) {
		case *Instance:
		default:
			return true, nil
		}
	}
	switch x := a.(type) {
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y, nil
	case py.Int:
		switch y := b.(type) {
		case py.Int:
			return x == y, nil
		case py.Bool:
			return x == boolInt(y), nil
		case py.Float:
			return py.Float(x) == y, nil
		case *py.BigInt:
			return (*big.Int)(y).Cmp(big.NewInt(int64(x))) == 0, nil
		}
	case py.Bool:
		switch y := b.(type) {
		case py.Bool:
			return x == y, nil
		case py.Int, py.Float, *py.BigInt:
			return Eq(boolInt(x), y)
		}
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok {
			return false, nil
		}
		return seqEq(x, y)
	case *py.List:
		y, ok := b.(*py.List)
		if !ok {
			return false, nil
		}
		return seqEq(x.Items, y.Items)
	case *Bytes, *ByteArray, *MemoryView:
		xb, _ := bufferOf(a)
		if yb, ok := bufferOf(b); ok {
			return string(xb) == string(yb), nil
		}
		return false, nil
	case *Dict:
		if y, ok := b.(*Dict); ok {
			return x.equal(y)
		}
		return false, nil
	case *Set:
		if y, ok := b.(*Set); ok {
			return x.equal(y)
		}
		return false, nil
	case py.NoneType:
		return b == py.None, nil
	case *Instance:
		if r, ok, err := x.callDunder("__eq__", b); ok {
			if err != nil || r != py.NotImplemented {
				t, err2 := truthErr(r, err)
				return t, err2
			}
		}
		if y, ok := b.(*Instance); ok {
			if r, ok, err := y.callDunder("__eq__", a); ok && (err != nil || r != py.NotImplemented) {
				return truthErr(r, err)
			}
		}
		return a == b, nil
	case *py.Type, *py.Range:
		return a == b, nil
	}
	if y, ok := b.(*Instance); ok {
		if r, ok, err := y.callDunder("__eq__", a); ok && (err != nil || r != py.NotImplemented) {
			return truthErr(r, err)
		}
		return false, nil
	}
	r, err := py.Eq(a, b)
	if err != nil {
		return false, err
	}
	if r == py.NotImplemented {
		return false, nil
	}
	return Truth(r)
}

func truthErr(r py.Object, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	return Truth(r)
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

func seqEq(x, y []py.Object) (bool, error) {
	if len(x) != len(y) {
		return false, nil
	}
	for i := range x {
		eq, err := Eq(x[i], y[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// compare returns -1, 0, 1 for a < b, a == b, a > b on ordered built-in types. op is the
// operator symbol for the TypeError message.
func compareOrdered(a, b py.Object, op string) (int, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return strings.Compare(string(x), string(y)), nil
		}
	case *Bytes, *ByteArray:
		xb, _ := bufferOf(a)
		if yb, ok := bufferOf(b); ok {
			return strings.Compare(string(xb), string(yb)), nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return cmpSeq(x, y, op)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return cmpSeq(x.Items, y.Items, op)
		}
	}
	if isNumber(a) && isNumber(b) {
		return cmpNum(a, b)
	}
	return 0, py.ExceptionNewf(py.TypeError, "unsupported types for %s: '%s', '%s'", opDunderName(op), typeName(a), typeName(b))
}

func opDunderName(op string) string {
	switch op {
	case "<":
		return "__lt__"
	case "<=":
		return "__le__"
	case ">":
		return "__gt__"
	case ">=":
		return "__ge__"
	}
	return op
}

func cmpSeq(x, y []py.Object, op string) (int, error) {
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := Eq(x[i], y[i])
		if err != nil {
			return 0, err
		}
		if !eq {
			return compareOrdered(x[i], y[i], op)
		}
	}
	switch {
	case len(x) < len(y):
		return -1, nil
	case len(x) > len(y):
		return 1, nil
	}
	return 0, nil
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, *py.BigInt:
		return true
	}
	return false
}

func cmpNum(a, b py.Object) (int, error) {
	if fa, ok := a.(py.Float); ok {
		fb, _ := toFloat(b)
		return cmpFloat(float64(fa), fb), nil
	}
	if fb, ok := b.(py.Float); ok {
		fa, _ := toFloat(a)
		return cmpFloat(fa, float64(fb)), nil
	}
	return toBig(a).Cmp(toBig(b)), nil
}

func cmpFloat(a, b float64) int { return cmp.Compare(a, b) }

func toFloat(o py.Object) (float64, bool) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), true
	case py.Int:
		return float64(x), true
	case py.Bool:
		return float64(boolInt(x)), true
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		return f, true
	}
	return 0, false
}

func toBig(o py.Object) *big.Int {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x))
	case py.Bool:
		return big.NewInt(int64(boolInt(x)))
	case *py.BigInt:
		return (*big.Int)(x)
	}
	return new(big.Int)
}

// Compare evaluates a rich comparison operator ("<", "<=", ">", ">=") with MicroPython's
// rules: the left operand's type decides; only a small-int left operand hands the comparison
// to the right one with the operator reflected (so 1 < "a" fails as "__gt__: 'str', 'int'").
func Compare(a, b py.Object, op string) (bool, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok { // the common case, without math/big
			switch op {
			case "<":
				return x < y, nil
			case "<=":
				return x <= y, nil
			case ">":
				return x > y, nil
			}
			return x >= y, nil
		}
	}
	name := opDunderName(op)
	if x, ok := a.(*Instance); ok {
		if r, found, err := x.callDunder(name, b); found && (err != nil || r != py.NotImplemented) {
			return truthErr(r, err)
		}
		if x.base != nil {
			return Compare(x.base, b, op)
		}
		return false, unsupported(name, a, b)
	}
	if x, ok := a.(*Set); ok {
		if y, ok := b.(*Set); ok {
			return x.compare(y, op)
		}
	}
	if xs, ys, ok := sameSeqs(a, b); ok {
		// mp_seq_cmp_objs: < and <= are evaluated as > and >= with the operands swapped;
		// the first unequal items decide with that operator
		if op == "<" || op == "<=" {
			xs, ys = ys, xs
			op = reflectedOp(op)
		}
		for i := 0; i < len(xs) && i < len(ys); i++ {
			eq, err := Eq(xs[i], ys[i])
			if err != nil {
				return false, err
			}
			if !eq {
				return Compare(xs[i], ys[i], op)
			}
		}
		if len(xs) != len(ys) {
			return len(xs) > len(ys), nil
		}
		return op == ">=", nil
	}
	if isNaN(a) || isNaN(b) {
		return false, nil // every ordering with NaN is false
	}
	c, err := compareOrdered(a, b, op)
	if err != nil {
		return false, err
	}
	switch op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	}
	return c >= 0, nil
}

func isPlainTuple(o py.Object) bool {
	_, ok := o.(py.Tuple)
	return ok
}

// sameSeqs returns the items of two tuples (or tuple-likes) or two lists.
func sameSeqs(a, b py.Object) ([]py.Object, []py.Object, bool) {
	if x, ok := asTuple(a); ok {
		if y, ok := asTuple(b); ok {
			return x, y, true
		}
	}
	switch x := a.(type) {
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return x, y, true
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return x.Items, y.Items, true
		}
	}
	return nil, nil, false
}

func reflectedOp(op string) string {
	switch op {
	case "<":
		return ">"
	case ">":
		return "<"
	case "<=":
		return ">="
	}
	return "<="
}

// Contains is `item in container`.
func Contains(container, item py.Object) (bool, error) {
	switch c := container.(type) {
	case py.String:
		s, ok := item.(py.String)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", typeName(item))
		}
		return containsStr(string(c), string(s)), nil
	case *Bytes, *ByteArray, *MemoryView:
		buf, _ := bufferOf(container)
		if _, isBA := container.(*ByteArray); isBA {
			if _, isInt := item.(py.Int); isInt {
				return false, NewException(NotImplementedErrorType, py.String(""))
			}
		}
		if n, ok := item.(py.Int); ok {
			for _, b := range buf {
				if py.Int(b) == n {
					return true, nil
				}
			}
			return false, nil
		}
		sub, ok := bufferOf(item)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to bytes implicitly", typeName(item))
		}
		return containsStr(string(buf), string(sub)), nil
	case *Dict:
		return c.Contains(item)
	case *Set:
		return c.Contains(item)
	case py.Tuple:
		return seqContains(c, item)
	case *py.List:
		return seqContains(c.Items, item)
	case *Instance:
		if r, ok, err := c.callDunder("__contains__", item); ok {
			return truthErr(r, err)
		}
	}
	it, err := Iter(container)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return false, nil
			}
			return false, err
		}
		eq, err := Eq(v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

func containsStr(s, sub string) bool {
	return len(sub) == 0 || indexStr(s, sub) >= 0
}

func seqContains(items []py.Object, item py.Object) (bool, error) {
	for _, v := range items {
		eq, err := Eq(v, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func opCompare(it *Interp, f *py.Frame, op int32) error {
	const (
		cmpLT = iota
		cmpLE
		cmpEQ
		cmpNE
		cmpGT
		cmpGE
		cmpIN
		cmpNotIN
		cmpIS
		cmpIsNot
		cmpExcMatch
	)
	var r bool
	var err error
	b := f.Stack[len(f.Stack)-1]
	a := f.Stack[len(f.Stack)-2]
	switch op {
	case cmpLT:
		r, err = Compare(a, b, "<")
	case cmpLE:
		r, err = Compare(a, b, "<=")
	case cmpGT:
		r, err = Compare(a, b, ">")
	case cmpGE:
		r, err = Compare(a, b, ">=")
	case cmpEQ:
		r, err = Eq(a, b)
	case cmpNE:
		if x, ok := a.(*Instance); ok {
			if res, ok, err2 := x.callDunder("__ne__", b); ok && (err2 != nil || res != py.NotImplemented) {
				r, err = truthErr(res, err2)
				break
			}
		}
		r, err = Eq(a, b)
		r = !r
	case cmpIN:
		r, err = Contains(b, a)
	case cmpNotIN:
		r, err = Contains(b, a)
		r = !r
	case cmpIS:
		r = identical(a, b)
	case cmpIsNot:
		r = !identical(a, b)
	default:
		return errFallback
	}
	if err != nil {
		return err
	}
	f.Stack = f.Stack[:len(f.Stack)-1]
	setTop(f, py.NewBool(r))
	return nil
}

// identical is `a is b`. Small values gpython stores by value (ints, strs) compare by value, as
// MicroPython's small ints and interned strings do.
func identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.Int:
		y, ok := b.(py.Int)
		return ok && x == y
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == 0 && len(y) == 0
	case py.Float:
		return false
	}
	return mphash.Same(a, b)
}

// typeName is type(o).__name__.
func typeName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}

func isNaN(o py.Object) bool {
	f, ok := o.(py.Float)
	return ok && f != f
}
