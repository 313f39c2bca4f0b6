package mpy

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// installBuiltins replaces gpython's builtins module with MicroPython's: the same names
// MicroPython 1.27 has, gpython's implementation where it is right, ours where it is not.
func installBuiltins() {
	orig := py.GetModuleImpl("builtins")
	_ = orig
	var methods []*py.Method
	add := func(name string, fn any) {
		methods = append(methods, py.MustNewMethod(name, fn, 0, ""))
	}
	add("__build_class__", buildClass)
	add("__import__", importBuiltin)
	add("print", builtinPrint)
	add("open", builtinOpen)
	add("help", func(self py.Object, args py.Tuple) (py.Object, error) {
		it := interpOf(self.(*py.Module).Context)
		if len(args) == 0 {
			return py.None, it.write("Welcome to MicroPython!\n\nFor online docs please visit http://docs.micropython.org/\n")
		}
		r, err := Repr(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, it.write("object " + r + " is of type " + typeName(args[0]) + "\n")
	})
	add("repr", func(self, o py.Object) (py.Object, error) {
		s, err := Repr(o)
		return py.String(s), err
	})
	add("len", builtinLen)
	add("isinstance", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("isinstance", args, 2, 2); err != nil {
			return nil, err
		}
		r, err := isInstance(args[0], args[1])
		return py.NewBool(r), err
	})
	add("issubclass", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("issubclass", args, 2, 2); err != nil {
			return nil, err
		}
		t, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
		}
		r, err := isSubclass(t, args[1])
		return py.NewBool(r), err
	})
	add("hash", func(self, o py.Object) (py.Object, error) {
		h, err := Hash(o)
		return py.Int(h), err
	})
	add("id", func(self, o py.Object) (py.Object, error) {
		return py.Int(objectIDIn(interpOf(self.(*py.Module).Context), o)), nil
	})
	add("getattr", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("getattr", args, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
		}
		v, err := GetAttr(args[0], string(name))
		if err != nil && len(args) == 3 && isException(err, py.AttributeError) {
			return args[2], nil
		}
		return v, err
	})
	add("hasattr", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("hasattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
		}
		_, err := GetAttr(args[0], string(name))
		if err != nil {
			if isException(err, py.AttributeError) {
				return py.False, nil
			}
			return nil, err
		}
		return py.True, nil
	})
	add("setattr", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("setattr", args, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
		}
		return py.None, SetAttr(args[0], string(name), args[2])
	})
	add("delattr", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("delattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
		}
		return py.None, DelAttr(args[0], string(name))
	})
	add("iter", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("iter", args, 1, 1); err != nil {
			return nil, err
		}
		return Iter(args[0])
	})
	// __mpy_iter__ is iter(callable, sentinel), which MicroPython lacks but the lowering of
	// `while NAME := E:` needs (package lower).
	add("__mpy_iter__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("__mpy_iter__", args, 2, 2); err != nil {
			return nil, err
		}
		return &callIter{fn: args[0], sentinel: args[1]}, nil
	})
	add("abs", func(self, o py.Object) (py.Object, error) { return unaryOp("__abs__", py.Abs, o) })
	add("callable", func(self, o py.Object) (py.Object, error) {
		switch x := o.(type) {
		case *Instance:
			return py.NewBool(x.cls.Lookup("__call__") != nil), nil
		case py.I__call__:
			return py.True, nil
		}
		return py.False, nil
	})
	add("all", func(self, o py.Object) (py.Object, error) { return allAny(o, false) })
	add("any", func(self, o py.Object) (py.Object, error) { return allAny(o, true) })
	add("divmod", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("divmod", args, 2, 2); err != nil {
			return nil, err
		}
		q, err := opFloorDiv.binary(args[0], args[1])
		if err != nil {
			return nil, err
		}
		r, err := opModB.binary(args[0], args[1])
		if err != nil {
			return nil, err
		}
		return py.Tuple{q, r}, nil
	})
	add("pow", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("pow", args, 2, 3); err != nil {
			return nil, err
		}
		if len(args) == 3 && args[2] != py.None {
			return py.Pow(args[0], args[1], args[2])
		}
		return opPow.binary(args[0], args[1])
	})
	globalsFn := func(self py.Object, args py.Tuple) (py.Object, error) {
		it := interpOf(self.(*py.Module).Context)
		if it == nil || it.frame == nil {
			return NewDict(), nil
		}
		return namespaceDict(it.frame.Globals), nil
	}
	add("globals", globalsFn)
	add("locals", globalsFn) // MicroPython's locals() is the module namespace
	add("input", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 0 {
			s, err := Str(args[0])
			if err != nil {
				return nil, err
			}
			if it := interpOf(self.(*py.Module).Context); it != nil {
				if err := it.write(s); err != nil {
					return nil, err
				}
			}
		}
		return nil, NewException(py.EOFError)
	})
	add("next", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("next", args, 1, 2); err != nil {
			return nil, err
		}
		v, err := Next(args[0])
		if err != nil && len(args) == 2 && isStopIteration(err) {
			return args[1], nil
		}
		return v, err
	})
	add("sorted", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargsFn("sorted", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		l := py.NewListFromItems(append([]py.Object(nil), items...))
		return l, sortList(l, kw)
	})
	add("min", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return minMax(args, kw, "<", "min")
	})
	add("max", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return minMax(args, kw, ">", "max")
	})
	add("sum", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargsFn("sum", args, 1, 2); err != nil {
			return nil, err
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		acc := py.Object(py.Int(0))
		if len(args) == 2 {
			acc = args[1]
		}
		for _, v := range items {
			if acc, err = opAdd(acc, v); err != nil {
				return nil, err
			}
		}
		return acc, nil
	})
	add("round", builtinRound)
	add("chr", func(self, o py.Object) (py.Object, error) {
		n, ok := o.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(o))
		}
		if n < 0 || n > 0x10ffff {
			return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
		}
		return py.String(string(rune(n))), nil
	})
	add("ord", func(self, o py.Object) (py.Object, error) {
		switch x := o.(type) {
		case py.String:
			r := []rune(string(x))
			if len(r) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(r))
			}
			return py.Int(r[0]), nil
		}
		if b, ok := bufferOf(o); ok {
			if len(b) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return py.Int(b[0]), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length 1 found")
	})
	add("hex", func(self, o py.Object) (py.Object, error) { return intBase(o, 16, "0x") })
	add("oct", func(self, o py.Object) (py.Object, error) { return intBase(o, 8, "0o") })
	add("bin", func(self, o py.Object) (py.Object, error) { return intBase(o, 2, "0b") })
	add("dir", builtinDir)
	add("super", superBuiltin)
	add("exec", func(self py.Object, args py.Tuple) (py.Object, error) { return execEval(self, args, false) })
	add("eval", func(self py.Object, args py.Tuple) (py.Object, error) { return execEval(self, args, true) })
	add("compile", func(self py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(NotImplementedErrorType, "compile() is not available")
	})
	globals := py.StringDict{
		"None": py.None, "True": py.True, "False": py.False,
		"Ellipsis": py.Ellipsis, "NotImplemented": py.NotImplemented,
		"object": py.ObjectType, "type": py.TypeType,
		"int": py.IntType, "float": py.FloatType, "complex": py.ComplexType, "bool": py.BoolType,
		"str": py.StringType, "tuple": py.TupleType, "list": py.ListType,
		"range": py.RangeType, "slice": py.SliceType,
		"enumerate": enumerateType, "zip": zipType, "filter": filterType, "map": mapType,
		"reversed": reversedType,
		"dict":     DictType, "set": SetType, "frozenset": FrozenSetType,
		"bytes": BytesType, "bytearray": ByteArrayType, "memoryview": MemoryViewType,
		"property": PropertyType, "classmethod": ClassMethodType, "staticmethod": StaticMethodType,
	}
	for name, t := range builtinExceptions {
		globals[name] = t
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "builtins", Doc: "Built-in functions, exceptions, and other objects."},
		Methods: methods,
		Globals: globals,
	})
}

// builtinPrint is print(*args, sep=' ', end='\n', file=None).
func builtinPrint(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep, end := " ", "\n"
	var file py.Object
	for k, v := range kw {
		switch k {
		case "sep", "end":
			s := " "
			if k == "end" {
				s = "\n"
			}
			if v != py.None {
				str, ok := v.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s must be None or a string", k)
				}
				s = string(str)
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if v != py.None {
				file = v
			}
		case "flush":
		default:
			return nil, py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := Str(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file != nil {
		_, err := callMethod(file, "write", py.String(b.String()))
		return py.None, err
	}
	it := interpOf(self.(*py.Module).Context)
	if it == nil {
		return py.None, nil
	}
	return py.None, it.write(b.String())
}

// write puts text on the device console.
func (it *Interp) write(s string) error {
	_, err := it.console.Write([]byte(s))
	if err != nil {
		return NewOSError(5)
	}
	return nil
}

func builtinLen(self, o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.String:
		return py.Int(runeCount(string(x))), nil
	case py.Tuple:
		return py.Int(len(x)), nil
	case *py.List:
		return py.Int(len(x.Items)), nil
	case *Dict:
		return py.Int(x.Len()), nil
	case *Set:
		return py.Int(x.Len()), nil
	case *Instance:
		r, err := x.M__len__()
		if err != nil {
			return nil, err
		}
		return r, nil
	}
	if b, ok := bufferOf(o); ok {
		return py.Int(len(b)), nil
	}
	if l, ok := o.(py.I__len__); ok {
		return l.M__len__()
	}
	return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", typeName(o))
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// isInstance is isinstance(o, classOrTuple) with MicroPython's rules (bool is not an int).
func isInstance(o, cls py.Object) (bool, error) {
	if t, ok := cls.(py.Tuple); ok {
		for _, c := range t {
			r, err := isInstance(o, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	t, ok := cls.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class or a tuple of classes")
	}
	ot := o.Type()
	if _, isType := o.(*py.Type); isType && t == py.TypeType {
		return true, nil
	}
	if _, isBool := o.(py.Bool); isBool {
		return t == py.BoolType || t == py.ObjectType, nil
	}
	if t == py.IntType {
		switch o.(type) {
		case py.Int, *py.BigInt:
			return true, nil
		}
	}
	if ot == t {
		return true, nil
	}
	if inst, ok := o.(*Instance); ok && inst.base != nil && !isUserClass(t) {
		if r, _ := isInstance(inst.base, t); r {
			return true, nil
		}
	}
	return ot.IsSubtype(t), nil
}

func isSubclass(t *py.Type, cls py.Object) (bool, error) {
	if tup, ok := cls.(py.Tuple); ok {
		for _, c := range tup {
			r, err := isSubclass(t, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	c, ok := cls.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class or a tuple of classes")
	}
	if t == py.BoolType && c == py.IntType {
		return false, nil
	}
	return t == c || t.IsSubtype(c), nil
}

// callIter is iter(callable, sentinel).
type callIter struct{ fn, sentinel py.Object }

func (c *callIter) Type() *py.Type                { return seqIterType }
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callIter) M__next__() (py.Object, error) {
	v, err := py.Call(c.fn, nil, nil)
	if err != nil {
		return nil, err
	}
	eq, err := Eq(v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		return nil, py.StopIteration
	}
	return v, nil
}

// reversedType is reversed(seq).
var reversedType = defType(py.NewTypeX("reversed", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := nargsFn("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	if inst, ok := args[0].(*Instance); ok {
		if r, found, err := inst.callDunder("__reversed__"); found {
			return r, err
		}
	}
	var items []py.Object
	switch x := args[0].(type) {
	case py.String:
		for _, r := range string(x) {
			items = append(items, py.String(string(r)))
		}
	case *Set:
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object isn't subscriptable", typeName(args[0]))
	default:
		var err error
		if items, err = Collect(args[0]); err != nil {
			return nil, err
		}
	}
	rev := make([]py.Object, len(items))
	for i, v := range items {
		rev[len(items)-1-i] = v
	}
	return &listIter{items: rev}, nil
}, nil))

type listIter struct {
	items []py.Object
	i     int
}

func (l *listIter) Type() *py.Type                { return reversedType }
func (l *listIter) M__iter__() (py.Object, error) { return l, nil }
func (l *listIter) M__next__() (py.Object, error) {
	if l.i >= len(l.items) {
		return nil, py.StopIteration
	}
	v := l.items[l.i]
	l.i++
	return v, nil
}

// minMax is min()/max() with key= and default=.
func minMax(args py.Tuple, kw py.StringDict, op, name string) (py.Object, error) {
	var key, def py.Object
	for k, v := range kw {
		switch k {
		case "key":
			if v != py.None {
				key = v
			}
		case "default":
			def = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
		}
	}
	var items []py.Object
	if len(args) == 1 {
		var err error
		if items, err = Collect(args[0]); err != nil {
			return nil, err
		}
	} else if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing 1 required positional arguments")
	} else {
		items = args
	}
	if len(items) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "arg is an empty sequence")
	}
	best, bestKey := items[0], items[0]
	if key != nil {
		k, err := py.Call(key, py.Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, v := range items[1:] {
		vk := v
		if key != nil {
			k, err := py.Call(key, py.Tuple{v}, nil)
			if err != nil {
				return nil, err
			}
			vk = k
		}
		better, err := Compare(vk, bestKey, op)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = v, vk
		}
	}
	return best, nil
}

// builtinRound is round(x[, n]) with round-half-to-even, as MicroPython does.
func builtinRound(self py.Object, args py.Tuple) (py.Object, error) {
	if err := nargsFn("round", args, 1, 2); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case py.Int, *py.BigInt, py.Bool:
		if len(args) == 1 || args[1] == py.None {
			if b, ok := x.(py.Bool); ok {
				return boolInt(b), nil
			}
			return x, nil
		}
		n, ok := args[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[1]))
		}
		if n >= 0 {
			return x, nil
		}
		v := toBig(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q, r := new(big.Int).QuoRem(v, p, new(big.Int))
		twice := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
			if v.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
		return bigResult(q.Mul(q, p)), nil
	case py.Float:
		f := float64(x)
		if len(args) == 1 || args[1] == py.None {
			if math.IsInf(f, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			return bigResult(bigFromFloat(r)), nil
		}
		n, ok := args[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[1]))
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return x, nil
		}
		p := math.Pow(10, float64(n))
		return py.Float(math.RoundToEven(f*p) / p), nil
	}
	if inst, ok := args[0].(*Instance); ok {
		if r, found, err := inst.callDunder("__round__", args[1:]...); found {
			return r, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to float", typeName(args[0]))
}

func bigFromFloat(f float64) *big.Int {
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return b
}

// bigResult returns a small int when the value fits.
func bigResult(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(b)
}

// intBase is hex()/oct()/bin().
func intBase(o py.Object, base int, prefix string) (py.Object, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
	default:
		if inst, ok := o.(*Instance); ok {
			if r, found, err := inst.callDunder("__index__"); found {
				if err != nil {
					return nil, err
				}
				o = r
				break
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(o))
	}
	v := toBig(o)
	s := v.Text(base)
	if v.Sign() < 0 {
		return py.String("-" + prefix + s[1:]), nil
	}
	return py.String(prefix + s), nil
}

// builtinDir is dir(o): the names MicroPython lists, sorted.
func builtinDir(self py.Object, args py.Tuple) (py.Object, error) {
	var names []string
	seen := map[string]bool{}
	addAll := func(m py.StringDict) {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	if len(args) == 0 {
		it := interpOf(self.(*py.Module).Context)
		if it != nil && it.frame != nil {
			if it.frame.Locals != nil {
				addAll(it.frame.Locals)
			} else {
				addAll(it.frame.Globals)
			}
		}
	} else {
		switch x := args[0].(type) {
		case *py.Module:
			addAll(x.Globals)
		case *Instance:
			addAll(x.dict)
			for _, b := range x.cls.Mro {
				addAll(b.(*py.Type).Dict)
			}
			seen["__class__"] = true
			names = append(names, "__class__")
		case *py.Type:
			for _, b := range x.Mro {
				addAll(b.(*py.Type).Dict)
			}
		default:
			for _, b := range x.Type().Mro {
				addAll(b.(*py.Type).Dict)
			}
		}
	}
	sortStrings(names)
	out := make([]py.Object, len(names))
	for i, n := range names {
		out[i] = py.String(n)
	}
	return py.NewListFromItems(out), nil
}

// execEval is exec(src[, globals[, locals]]) and eval(src...).
func execEval(self py.Object, args py.Tuple, eval bool) (py.Object, error) {
	if err := nargsFn("exec", args, 1, 3); err != nil {
		return nil, err
	}
	src, ok := args[0].(py.String)
	if !ok {
		if b, ok2 := bufferOf(args[0]); ok2 {
			src = py.String(b)
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "exec() arg 1 must be a string")
		}
	}
	it := interpOf(self.(*py.Module).Context)
	globals := py.StringDict(nil)
	if it != nil && it.frame != nil {
		globals = it.frame.Globals
	}
	if len(args) > 1 {
		if d, ok := args[1].(*Dict); ok {
			globals = py.NewStringDict()
			for _, kv := range d.Items() {
				if k, ok := kv[0].(py.String); ok {
					globals[string(k)] = kv[1]
				}
			}
			defer func() {
				for k, v := range globals {
					_ = d.SetItem(py.String(k), v)
				}
			}()
		}
	}
	if globals == nil {
		globals = py.NewStringDict()
	}
	mode := py.ExecMode
	if eval {
		mode = py.EvalMode
	}
	code, err := compileMode([]byte(src), "<string>", mode)
	if err != nil {
		return nil, err
	}
	r, err := self.(*py.Module).Context.RunCode(code, globals, globals, nil)
	if err != nil {
		return nil, err
	}
	if eval {
		return r, nil
	}
	return py.None, nil
}

// parseIntText is int(s, base) as MicroPython parses it.
func parseIntText(s string, base int) (py.Object, bool) {
	t := strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else if strings.HasPrefix(t, "+") {
		t = t[1:]
	}
	lower := strings.ToLower(t)
	if base == 0 || base == 16 || base == 8 || base == 2 {
		for _, p := range []struct {
			pre string
			b   int
		}{{"0x", 16}, {"0o", 8}, {"0b", 2}} {
			if strings.HasPrefix(lower, p.pre) && (base == 0 || base == p.b) {
				t, base = t[2:], p.b
				break
			}
		}
		if base == 0 {
			base = 10
		}
	}
	t = strings.ReplaceAll(t, "_", "")
	if t == "" {
		return nil, false
	}
	if n, err := strconv.ParseInt(t, base, 64); err == nil {
		if neg {
			n = -n
		}
		return py.Int(n), true
	}
	b, ok := new(big.Int).SetString(t, base)
	if !ok {
		return nil, false
	}
	if neg {
		b.Neg(b)
	}
	return bigResult(b), true
}

func allAny(o py.Object, want bool) (py.Object, error) {
	it, err := Iter(o)
	if err != nil {
		return nil, err
	}
	for {
		v, err := Next(it)
		if err != nil {
			if isStopIteration(err) {
				return py.NewBool(!want), nil
			}
			return nil, err
		}
		t, err := Truth(v)
		if err != nil {
			return nil, err
		}
		if t == want {
			return py.NewBool(want), nil
		}
	}
}

// enumerateType is enumerate(iterable, start=0).
var enumerateType = defType(py.NewTypeX("enumerate", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := nargsFn("enumerate", args, 1, 2); err != nil {
		return nil, err
	}
	start := py.Object(py.Int(0))
	if len(args) == 2 {
		start = args[1]
	}
	if v, ok := kw["start"]; ok {
		start = v
	}
	n, ok := start.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(start))
	}
	it, err := Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &enumerator{it: it, n: n}, nil
}, nil))

type enumerator struct {
	it py.Object
	n  py.Int
}

func (e *enumerator) Type() *py.Type                { return enumerateType }
func (e *enumerator) M__iter__() (py.Object, error) { return e, nil }
func (e *enumerator) M__next__() (py.Object, error) {
	v, err := Next(e.it)
	if err != nil {
		return nil, err
	}
	r := py.Tuple{e.n, v}
	e.n++
	return r, nil
}

// zipType is zip(*iterables); zip() is empty.
var zipType = defType(py.NewTypeX("zip", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	z := &zipper{}
	for _, a := range args {
		it, err := Iter(a)
		if err != nil {
			return nil, err
		}
		z.its = append(z.its, it)
	}
	return z, nil
}, nil))

type zipper struct{ its []py.Object }

func (z *zipper) Type() *py.Type                { return zipType }
func (z *zipper) M__iter__() (py.Object, error) { return z, nil }
func (z *zipper) M__next__() (py.Object, error) {
	if len(z.its) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		v, err := Next(it)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// mapType is map(fn, *iterables).
var mapType = defType(py.NewTypeX("map", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", 2-len(args))
	}
	m := &mapper{fn: args[0]}
	for _, a := range args[1:] {
		it, err := Iter(a)
		if err != nil {
			return nil, err
		}
		m.its = append(m.its, it)
	}
	return m, nil
}, nil))

type mapper struct {
	fn  py.Object
	its []py.Object
}

func (m *mapper) Type() *py.Type                { return mapType }
func (m *mapper) M__iter__() (py.Object, error) { return m, nil }
func (m *mapper) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.its))
	for i, it := range m.its {
		v, err := Next(it)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return py.Call(m.fn, args, nil)
}

// filterType is filter(fn or None, iterable).
var filterType = defType(py.NewTypeX("filter", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := nargsFn("filter", args, 2, 2); err != nil {
		return nil, err
	}
	it, err := Iter(args[1])
	if err != nil {
		return nil, err
	}
	return &filterer{fn: args[0], it: it}, nil
}, nil))

type filterer struct{ fn, it py.Object }

func (f *filterer) Type() *py.Type                { return filterType }
func (f *filterer) M__iter__() (py.Object, error) { return f, nil }
func (f *filterer) M__next__() (py.Object, error) {
	for {
		v, err := Next(f.it)
		if err != nil {
			return nil, err
		}
		keep := v
		if f.fn != py.None {
			if keep, err = py.Call(f.fn, py.Tuple{v}, nil); err != nil {
				return nil, err
			}
		}
		t, err := Truth(keep)
		if err != nil {
			return nil, err
		}
		if t {
			return v, nil
		}
	}
}

// nargsFn checks a builtin function's positional argument count (no self), with
// MicroPython's messages.
func nargsFn(name string, args py.Tuple, min, max int) error {
	if len(args) >= min && len(args) <= max {
		return nil
	}
	if min == max {
		return py.ExceptionNewf(py.TypeError, "function takes %d positional arguments but %d were given", min, len(args))
	}
	if len(args) < min {
		return py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", min-len(args))
	}
	return py.ExceptionNewf(py.TypeError, "function expected at most %d arguments, got %d", max, len(args))
}
