package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Exceptions are gpython *py.Exception values whose Base is the class (built-in or defined in
// Python by our __build_class__), so gpython's raise/except machinery handles them; their
// attributes, str and repr follow MicroPython.

// NotImplementedError, UnicodeError and IndentationError exist in MicroPython's builtins.
var (
	NotImplementedErrorType = py.NotImplementedError
	UnicodeErrorType        = py.UnicodeError
	// IndentationErrorType is gpython's own: its lexer raises it.
	IndentationErrorType   = py.IndentationError
	StopAsyncIterationType = defType(py.ExceptionType.NewType("StopAsyncIteration", "", nil, nil))
)

// builtinExceptions are the exception names MicroPython 1.27 puts in builtins.
var builtinExceptions = map[string]*py.Type{
	"ArithmeticError": py.ArithmeticError, "AssertionError": py.AssertionError,
	"AttributeError": py.AttributeError, "BaseException": py.BaseException,
	"EOFError": py.EOFError, "Exception": py.ExceptionType, "GeneratorExit": py.GeneratorExit,
	"ImportError": py.ImportError, "IndentationError": IndentationErrorType,
	"IndexError": py.IndexError, "KeyError": py.KeyError, "KeyboardInterrupt": py.KeyboardInterrupt,
	"LookupError": py.LookupError, "MemoryError": py.MemoryError, "NameError": py.NameError,
	"NotImplementedError": NotImplementedErrorType, "OSError": py.OSError,
	"OverflowError": py.OverflowError, "RuntimeError": py.RuntimeError,
	"StopAsyncIteration": StopAsyncIterationType, "StopIteration": py.StopIteration,
	"SyntaxError": py.SyntaxError, "SystemExit": py.SystemExit, "TypeError": py.TypeError,
	"UnicodeError": UnicodeErrorType, "ValueError": py.ValueError,
	"ZeroDivisionError": py.ZeroDivisionError,
}

// newExceptionInstance is the constructor of exception classes defined in Python.
func newExceptionInstance(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return &py.Exception{Base: t, Args: append(py.Tuple(nil), args...), Dict: py.NewStringDict()}, nil
}

// initUserException runs a Python __init__ of an exception class, if it has one.
func initUserException(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if fn, ok := lookupUser(self.Type(), "__init__").(*py.Function); ok {
		_, err := fn.M__call__(append(py.Tuple{self}, args...), kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "function doesn't take keyword arguments")
	}
	return nil
}

// NewException makes an exception instance of a built-in class, for Go code.
func NewException(t *py.Type, args ...py.Object) *py.Exception {
	return &py.Exception{Base: t, Args: py.Tuple(args), Dict: py.NewStringDict()}
}

// NewOSError makes OSError(errno,) as MicroPython raises it from a failed system call.
func NewOSError(errno int) *py.Exception {
	return NewException(py.OSError, py.Int(errno))
}

// excArgs returns the args tuple of an exception.
func excArgs(e *py.Exception) py.Tuple {
	if t, ok := e.Args.(py.Tuple); ok {
		return t
	}
	if e.Args == nil {
		return nil
	}
	return py.Tuple{e.Args}
}

// makeRaisable turns the operand of raise into an exception instance: a class is called with
// no arguments (running a Python __init__), an instance is used as it is.
func makeRaisable(o py.Object) (*py.Exception, error) {
	switch x := o.(type) {
	case *py.Exception:
		return x, nil
	case *py.Type:
		if x.IsSubtype(py.BaseException) {
			r, err := py.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*py.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
}

// isException reports whether err is a Python exception of class t (or a subclass).
func isException(err error, t *py.Type) bool {
	switch e := err.(type) {
	case *py.Exception:
		return e.Type().IsSubtype(t)
	case py.ExceptionInfo:
		return e.Type != nil && e.Type.IsSubtype(t)
	case *py.Type:
		return e.IsSubtype(t)
	}
	return false
}

func isStopIteration(err error) bool { return isException(err, py.StopIteration) }

// excGetAttr is exception.name.
func excGetAttr(e *py.Exception, name string) (py.Object, error) {
	args := excArgs(e)
	switch name {
	case "args":
		return args, nil
	case "__class__":
		return e.Type(), nil
	case "__dict__":
		return dictFromStringDict(e.Dict), nil
	}
	if v, ok := e.Dict[name]; ok && !strings.HasPrefix(name, "\x00") {
		return v, nil
	}
	if v := e.Type().Lookup(name); v != nil && lookupUser(e.Type(), name) != nil {
		return bind(v, e, e.Type())
	}
	switch name {
	case "errno":
		if e.Type().IsSubtype(py.OSError) {
			if len(args) > 0 {
				return args[0], nil
			}
			return py.None, nil
		}
	case "strerror":
		if e.Type().IsSubtype(py.OSError) {
			if len(args) > 1 {
				return args[1], nil
			}
			return py.None, nil
		}
	case "value":
		if e.Type().IsSubtype(py.StopIteration) {
			if len(args) > 0 {
				return args[0], nil
			}
			return py.None, nil
		}
		if e.Type().IsSubtype(py.SystemExit) {
			if len(args) > 0 {
				return args[0], nil
			}
			return py.None, nil
		}
	case "code":
		if e.Type().IsSubtype(py.SystemExit) {
			if len(args) > 0 {
				return args[0], nil
			}
			return py.None, nil
		}
	}
	if v := e.Type().Lookup(name); v != nil {
		return bind(v, e, e.Type())
	}
	return nil, attributeError(e, name)
}

// excSetAttr is exception.name = value.
func excSetAttr(e *py.Exception, name string, value py.Object) error {
	if name == "args" {
		t, ok := value.(py.Tuple)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "args must be a tuple")
		}
		e.Args = t
		return nil
	}
	if !isUserClass(e.Type()) {
		// built-in exception instances have no attribute dict on MicroPython
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", e.Type().Name, name)
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict[name] = value
	return nil
}

// exceptionStr is str(e) as MicroPython's built-in exception printer gives it (without a
// Python __str__; see Str for that).
func exceptionStr(e *py.Exception) string {
	args := excArgs(e)
	if e.Type().IsSubtype(py.OSError) && len(args) > 0 && len(args) <= 2 {
		if n, ok := args[0].(py.Int); ok {
			if name, ok := excErrnoName(e, int(n)); ok {
				s := "[Errno " + itoa(int64(n)) + "] " + name
				if len(args) == 2 {
					str, _ := Str(args[1])
					s += ": " + str
				}
				return s
			}
		}
	}
	switch len(args) {
	case 0:
		return ""
	case 1:
		s, err := Str(args[0])
		if err != nil {
			return "<exception str() failed>"
		}
		return s
	}
	s, err := Repr(args)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// exceptionRepr is repr(e): the class name and the args tuple, MicroPython style.
func exceptionRepr(e *py.Exception) (string, error) {
	args := excArgs(e)
	if len(args) == 0 {
		return e.Type().Name + "()", nil
	}
	r, err := Repr(args)
	if err != nil {
		return "", err
	}
	return e.Type().Name + r, nil
}

// gpythonMessages maps the texts of errors gpython's VM raises to MicroPython's.
var gpythonMessages = []struct{ prefix, suffix, mp string }{
	{"name '", "' is not defined", "name '%s' isn't defined"},
	{"local variable '", "' referenced before assignment", "local variable referenced before assignment"},
	{"free variable '", "' referenced before assignment in enclosing scope", "local variable referenced before assignment"},
	{"cannot import name ", "", "can't import name %s"},
	{"division by zero", "", "divide by zero"},
	{"'", "' object is not callable", "'%s' object isn't callable"},
	{"integer division or modulo by zero", "", "divide by zero"},
	{"float division by zero", "", "divide by zero"},
}

// translateError rewrites a gpython error message into MicroPython's.
func translateError(err error) error {
	e, ok := err.(*py.Exception)
	if !ok {
		return err
	}
	args := excArgs(e)
	if len(args) != 1 {
		return err
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return err
	}
	m := string(msg)
	for _, t := range gpythonMessages {
		if strings.HasPrefix(m, t.prefix) && strings.HasSuffix(m, t.suffix) && len(m) >= len(t.prefix)+len(t.suffix) {
			mid := m[len(t.prefix) : len(m)-len(t.suffix)]
			out := strings.Replace(t.mp, "%s", mid, 1)
			e.Args = py.Tuple{py.String(out)}
			return e
		}
	}
	if strings.HasPrefix(m, "unsupported operand type(s) for ") {
		return err
	}
	return err
}

// boardKey holds, in an exception's attribute dict, the errno table of the board that raised
// it: OSError's text names errors as that board's errno module does. It cannot clash with a
// Python attribute name.
const boardKey = "\x00errno"

type errnoRef struct{ t ErrnoTable }

var errnoRefType = defType(py.NewType("errno_table", ""))

func (r *errnoRef) Type() *py.Type { return errnoRefType }

// tagBoard records it's errno table on e.
func (it *Interp) tagBoard(e *py.Exception) {
	if it == nil || it.cfg.Errno == nil || !e.Type().IsSubtype(py.OSError) {
		return
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict[boardKey] = &errnoRef{t: it.cfg.Errno}
}

// NewOSErrorFor is OSError(errno) as a device module of it raises it.
func (it *Interp) NewOSErrorFor(errno int) *py.Exception {
	e := NewOSError(errno)
	it.tagBoard(e)
	return e
}

func excErrnoName(e *py.Exception, n int) (string, bool) {
	table := DefaultErrno
	if r, ok := e.Dict[boardKey].(*errnoRef); ok {
		table = r.t
	}
	for name, v := range table {
		if v == n {
			return name, true
		}
	}
	return "", false
}
