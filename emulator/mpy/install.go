package mpy

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	// gpython's compiler, virtual machine and its builtins/sys modules; no other gpython module
	// (os, tempfile, glob, time touch the host) is linked in.
	_ "github.com/go-python/gpython/compile"
	_ "github.com/go-python/gpython/stdlib/builtin"
	_ "github.com/go-python/gpython/stdlib/sys"
	_ "github.com/go-python/gpython/vm"
)

var installed sync.Once

// installOnce patches gpython's process-wide tables (type dicts, constructors, builtins, the
// jump table) before the first interpreter exists. Nothing here depends on a device.
func installOnce() {
	installed.Do(func() {
		readyTypes()
		installHooks()
		installConstructors()
		installDescriptors()
		installDict()
		installSet()
		installBytes()
		installStr()
		installList()
		installInt()
		installBuiltins()
		installSys()
		installCoreModules()
		pruneBuiltinTypes()
		installGenerators()
		installFile()
	})
}

// installConstructors makes the built-in types construct as MicroPython's do.
func installConstructors() {
	py.StringType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return py.String(""), nil
		}
		if len(args) >= 2 {
			if b, ok := bufferOf(args[0]); ok {
				return decodeUTF8(b)
			}
		}
		s, err := Str(args[0])
		return py.String(s), err
	}
	py.BoolType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return py.False, nil
		}
		b, err := Truth(args[0])
		return py.NewBool(b), err
	}
	py.ListType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return py.NewList(), nil
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(append([]py.Object(nil), items...)), nil
	}
	py.TupleType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return py.Tuple{}, nil
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		return py.Tuple(append([]py.Object(nil), items...)), nil
	}
	py.SliceType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "can't create 'slice' instances")
	}
	py.EllipsisTypeType.Name = ""
	// gpython already has NotImplementedError; MicroPython's derives from Exception directly
	// as far as a program can tell (it is not an ArithmeticError, LookupError...)
	py.ObjectType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 0 positional arguments but %d were given", len(args))
		}
		return &Instance{cls: t, dict: py.NewStringDict()}, nil
	}
	py.TypeType.New = typeNew
	py.MethodType.Name = "function"
	py.BoundMethodType.Name = "bound_method"
	py.BigIntType.Name = "int" // MicroPython has one int type
	py.IntType.New = intNew
	py.FloatType.New = floatNew
}

func intNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return py.Int(0), nil
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function expected at most 2 arguments, got %d", len(args))
	}
	base := 10
	if len(args) == 2 {
		b, ok := args[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[1]))
		}
		base = int(b)
		if base != 0 && (base < 2 || base > 36) {
			return nil, py.ExceptionNewf(py.ValueError, "int() arg 2 must be >= 2 and <= 36")
		}
	}
	switch x := args[0].(type) {
	case py.Int, *py.BigInt:
		if len(args) == 2 {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert non-string with explicit base")
		}
		return x, nil
	case py.Bool:
		return boolInt(x), nil
	case py.Float:
		f := float64(x)
		if math.IsInf(f, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "can't convert inf to int")
		}
		if math.IsNaN(f) {
			return nil, py.ExceptionNewf(py.ValueError, "can't convert NaN to int")
		}
		return bigResult(bigFromFloat(math.Trunc(f))), nil
	case py.String:
		if v, ok := parseIntText(string(x), base); ok {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "invalid syntax for integer with base %d: %s", base, reprOrEmpty(py.String(strings.TrimSpace(string(x)))))
	case *Instance:
		for _, name := range []string{"__int__", "__index__"} {
			if r, found, err := x.callDunder(name); found {
				return r, err
			}
		}
	}
	if b, ok := bufferOf(args[0]); ok {
		if v, ok := parseIntText(string(b), base); ok {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "invalid syntax for integer with base %d: %s", base, reprOrEmpty(py.String(b)))
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[0]))
}

func reprOrEmpty(o py.Object) string {
	s, err := Repr(o)
	if err != nil {
		return "?"
	}
	return s
}

func floatNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return py.Float(0), nil
	}
	switch x := args[0].(type) {
	case py.Float:
		return x, nil
	case py.String:
		return parseFloatText(string(x))
	}
	if f, ok := toFloat(args[0]); ok {
		return py.Float(f), nil
	}
	if b, ok := bufferOf(args[0]); ok {
		return parseFloatText(string(b))
	}
	if inst, ok := args[0].(*Instance); ok {
		if r, found, err := inst.callDunder("__float__"); found {
			return r, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to float", typeName(args[0]))
}

func parseFloatText(s string) (py.Object, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch strings.TrimLeft(t, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(t, "-") {
			return py.Float(math.Inf(-1)), nil
		}
		return py.Float(math.Inf(1)), nil
	case "nan":
		return py.Float(math.NaN()), nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return nil, py.ExceptionNewf(py.ValueError, "invalid syntax for number")
	}
	return py.Float(f), nil
}

func sortStrings(s []string) { sort.Strings(s) }

// indexStr is strings.Index.
func indexStr(s, sub string) int { return strings.Index(s, sub) }

// ourTypes are the types this package defines; gpython readies only its own at init.
var ourTypes []*py.Type

// defType records a type to be readied by installOnce.
func defType(t *py.Type) *py.Type {
	ourTypes = append(ourTypes, t)
	return t
}

func readyTypes() {
	// isinstance(OrderedDict(), dict) is True on MicroPython
	OrderedDictType.Base = DictType
	OrderedDictType.Bases = py.Tuple{DictType}
	for _, t := range ourTypes {
		if err := t.Ready(); err != nil {
			panic("mpy: type " + t.Name + " not ready: " + err.Error())
		}
	}
}

// typeNew is type(x): the class of x (for gpython's built-in types, their metatype is
// recorded wrongly, so a class's type is always type) or type(name, bases, dict).
func typeNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	switch len(args) {
	case 1:
		if _, ok := args[0].(*py.Type); ok {
			return py.TypeType, nil
		}
		return args[0].Type(), nil
	case 3:
		name, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "type() argument 1 must be str")
		}
		bases, _ := args[1].(py.Tuple)
		ns := py.NewStringDict()
		if d, ok := args[2].(*Dict); ok {
			for _, kv := range d.Items() {
				if k, ok := kv[0].(py.String); ok {
					ns[string(k)] = kv[1]
				}
			}
		}
		return newClass(string(name), bases, ns)
	}
	return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
}
