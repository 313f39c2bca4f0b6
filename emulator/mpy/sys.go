package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// installSys replaces gpython's sys module with MicroPython's.
func installSys() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "sys"},
		Methods: []*py.Method{
			py.MustNewMethod("exit", func(self py.Object, args py.Tuple) (py.Object, error) {
				if err := nargs("exit", args, 0, 1); err != nil {
					return nil, err
				}
				return nil, NewException(py.SystemExit, args...)
			}, 0, ""),
			py.MustNewMethod("print_exception", func(self py.Object, args py.Tuple) (py.Object, error) {
				if err := nargs("print_exception", args, 1, 2); err != nil {
					return nil, err
				}
				e, ok := args[0].(*py.Exception)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "print_exception expects an exception")
				}
				var b strings.Builder
				printTraceback(&b, py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tracebackOf(e)})
				if len(args) == 2 && args[1] != py.None {
					_, err := callMethod(args[1], "write", py.String(b.String()))
					return py.None, err
				}
				if it := interpOf(self.(*py.Module).Context); it != nil {
					return py.None, it.write(b.String())
				}
				return py.None, nil
			}, 0, ""),
		},
		Globals: py.StringDict{
			"byteorder": py.String("little"),
			"maxsize":   py.Int(2147483647),
			"version":   py.String("3.4.0; MicroPython v1.27.0 on 2025-12-09"),
			"argv":      py.NewList(),
		},
	})
}

// setupSys fills the per-device parts of sys: path, modules, platform, implementation, stdio.
func setupSys(ctx *context) {
	it := ctx.it
	sys := ctx.store.MustGetModule("sys")
	paths := make([]py.Object, len(it.cfg.Path))
	for i, p := range it.cfg.Path {
		paths[i] = py.String(p)
	}
	sys.Globals["path"] = py.NewListFromItems(paths)
	it.sysMods = NewDict()
	sys.Globals["modules"] = it.sysMods
	sys.Globals["platform"] = py.String(it.cfg.Platform)
	sys.Globals["version_info"] = py.Tuple{py.Int(3), py.Int(4), py.Int(0)}
	sys.Globals["implementation"] = newImplementation(it.cfg.Platform)
	sys.Globals["stdout"] = &consoleStream{it: it}
	sys.Globals["stderr"] = &consoleStream{it: it}
	sys.Globals["stdin"] = &consoleStream{it: it, input: true}
}

// tracebackOf returns the traceback gpython recorded for e, if it is the active exception.
func tracebackOf(e *py.Exception) *py.Traceback {
	if tb, ok := e.Traceback.(*py.Traceback); ok {
		return tb
	}
	return nil
}

// attrRecord is a read-only object with named fields and a namedtuple-like repr
// (sys.implementation).
type attrRecord struct {
	names  []string
	values []py.Object
}

var attrRecordType = defType(py.NewType("namespace", ""))

func (a *attrRecord) Type() *py.Type { return attrRecordType }

// M__getattr__ returns a field.
func (a *attrRecord) M__getattr__(name string) (py.Object, error) {
	for i, n := range a.names {
		if n == name {
			return a.values[i], nil
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", "namespace", name)
}

// M__repr__ prints (name=value, ...).
func (a *attrRecord) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteByte('(')
	for i, n := range a.names {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n + "=")
		if err := writeRepr(&b, a.values[i], 1); err != nil {
			return nil, err
		}
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}

func newImplementation(platform string) *attrRecord {
	machine := "ESP32 module with ESP32"
	if platform == "rp2" {
		machine = "Raspberry Pi Pico W with RP2040"
	}
	return &attrRecord{
		names: []string{"name", "version", "_machine", "_mpy"},
		values: []py.Object{py.String("micropython"), py.Tuple{py.Int(1), py.Int(27), py.Int(0), py.String("")},
			py.String(machine), py.Int(10502)},
	}
}

// consoleStream is sys.stdout / sys.stderr / sys.stdin: the serial console.
type consoleStream struct {
	it    *Interp
	input bool
}

var consoleStreamType = defType(py.NewType("FileIO", ""))

func (c *consoleStream) Type() *py.Type { return consoleStreamType }

func init() {
	consoleStreamType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		c := self.(*consoleStream)
		var s string
		if str, ok := arg.(py.String); ok {
			s = string(str)
		} else if b, ok := bufferOf(arg); ok {
			s = string(b)
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
		}
		if err := c.it.write(s); err != nil {
			return nil, err
		}
		return py.Int(len(s)), nil
	}, 0, "")
	consoleStreamType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "")
	consoleStreamType.Dict["read"] = py.MustNewMethod("read", func(self py.Object, args py.Tuple) (py.Object, error) { return py.String(""), nil }, 0, "")
	consoleStreamType.Dict["readline"] = py.MustNewMethod("readline", func(self py.Object, args py.Tuple) (py.Object, error) { return py.String(""), nil }, 0, "")
}
