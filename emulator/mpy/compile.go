package mpy

import (
	"crypto/sha256"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy/lower"
)

// Compiled code is cached by a hash of the source and its name: a *py.Code is never written
// at run time (after our repairs) and is shared safely by every interpreter in the process.
var codeCache sync.Map // [32]byte -> *py.Code

func compileSource(src []byte, filename string) (*py.Code, error) {
	return compileMode(src, filename, py.ExecMode)
}

func compileMode(src []byte, filename string, mode py.CompileMode) (*py.Code, error) {
	h := sha256.New()
	h.Write([]byte(mode))
	h.Write([]byte{0})
	h.Write([]byte(filename))
	h.Write([]byte{0})
	h.Write(src)
	var key [32]byte
	copy(key[:], h.Sum(nil))
	if c, ok := codeCache.Load(key); ok {
		return c.(*py.Code), nil
	}
	text, err := lower.Lower(src, filename)
	if err != nil {
		return nil, syntaxError(err, filename, src)
	}
	code, err := py.Compile(string(text)+"\n", filename, mode, 0, true)
	if err != nil {
		return nil, syntaxError(err, filename, src)
	}
	repairCode(code)
	if needsDerefFix(code) {
		fixDerefs(code, sourceNames(string(text)+"\n", filename))
	}
	codeCache.Store(key, code)
	return code, nil
}

// syntaxError turns a compile error (from the front end or gpython's parser and compiler) into
// the SyntaxError MicroPython raises: the message alone ("invalid syntax"), with the file and
// line kept so an uncaught one prints `File "main.py", line N` as a board does.
// compilerMessages are MicroPython's texts for gpython's compile errors.
var compilerMessages = map[string]string{
	"can use starred expression only as assignment target": "*x must be assignment target",
}

// unexpectedIndent reports whether line (1-based) of src is indented deeper than the
// previous code line without that line opening a block: MicroPython's IndentationError.
func unexpectedIndent(src []byte, line int) bool {
	lines := strings.Split(string(src), "\n")
	if line < 2 || line > len(lines) {
		return false
	}
	indent := func(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }
	cur := lines[line-1]
	for i := line - 2; i >= 0; i-- {
		prev := strings.TrimRight(lines[i], " \t")
		if strings.TrimSpace(prev) == "" || strings.HasPrefix(strings.TrimSpace(prev), "#") {
			continue
		}
		return indent(cur) > indent(prev) && !strings.HasSuffix(prev, ":") && !strings.HasSuffix(prev, "\\")
	}
	return false
}

func syntaxError(err error, filename string, src []byte) error {
	var e *py.Exception
	line := 0
	switch x := err.(type) {
	case *lower.SyntaxError:
		e = NewException(py.SyntaxError, py.String(x.Msg))
		line = x.Line
	case *py.Exception:
		e = x
		if n, ok := x.Dict["lineno"].(py.Int); ok {
			line = int(n)
		}
		if args := excArgs(x); len(args) == 1 {
			if msg, ok := args[0].(py.String); ok {
				m := string(msg)
				if i := strings.LastIndex(m, "SyntaxError: "); i >= 0 {
					m = m[i+len("SyntaxError: "):]
				}
				x.Args = py.Tuple{py.String(strings.Trim(m, "'"))}
			}
		}
		if !x.Type().IsSubtype(py.SyntaxError) {
			e = NewException(py.SyntaxError, py.String("invalid syntax"))
		}
		if args := excArgs(e); len(args) == 1 {
			if msg, ok := args[0].(py.String); ok {
				if mp, ok := compilerMessages[string(msg)]; ok {
					e.Args = py.Tuple{py.String(mp)}
				}
			}
		}
		if l, ok := x.Dict["line"].(py.String); ok && l == "" {
			// raised by the compiler, not the parser: MicroPython names the scope
			e.Dict["\x00scope"] = py.String("<module>")
		}
		if e.Type() == py.SyntaxError && unexpectedIndent(src, line) {
			e = NewException(py.IndentationError, py.String("unexpected indent"))
		}
	default:
		e = NewException(py.SyntaxError, py.String(err.Error()))
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	e.Dict["\x00file"] = py.String(filename)
	e.Dict["\x00line"] = py.Int(line)
	return e
}

// repairCode fixes what gpython v0.2.0's compiler leaves wrong in a code object and its nested
// code objects, and converts constants to our types:
//   - Cell2arg is never filled, so a closure over a function argument saw an empty cell;
//   - bytes constants become *Bytes (gpython's bytes lacks indexing, len and methods).
func repairCode(c *py.Code) {
	nargs := int(c.Argcount + c.Kwonlyargcount)
	if c.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if c.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	if len(c.Cellvars) > 0 {
		cell2arg := make([]byte, len(c.Cellvars))
		used := false
		for i, name := range c.Cellvars {
			cell2arg[i] = py.CO_CELL_NOT_AN_ARG
			for j := 0; j < nargs && j < len(c.Varnames); j++ {
				if c.Varnames[j] == name {
					cell2arg[i] = byte(j)
					used = true
					break
				}
			}
		}
		if used {
			c.Cell2arg = cell2arg
		}
	}
	for i, k := range c.Consts {
		c.Consts[i] = repairConst(k)
	}
}

func repairConst(k py.Object) py.Object {
	switch x := k.(type) {
	case *py.Code:
		repairCode(x)
	case py.Bytes:
		return &Bytes{b: []byte(x)}
	case py.Tuple:
		for i, v := range x {
			x[i] = repairConst(v)
		}
	}
	return k
}
