package mpy

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy/mpfmt"
)

// singleFloat selects float32 formatting process-wide for the interpreter being printed. It is
// read through the Interp when one is at hand; Repr without one uses double precision.
func floatRepr(f float64) string { return mpfmt.FloatRepr(f, false) }

// Repr is repr(o) as MicroPython prints it.
func Repr(o py.Object) (string, error) {
	var b strings.Builder
	if err := writeRepr(&b, o, 0); err != nil {
		return "", err
	}
	return b.String(), nil
}

// maxReprDepth bounds printing of self-referencing containers.
const maxReprDepth = 2000

func writeRepr(b *strings.Builder, o py.Object, depth int) error {
	if depth > maxReprDepth {
		return py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded")
	}
	switch x := o.(type) {
	case py.String:
		quoteStr(b, string(x))
	case py.Int:
		b.WriteString(itoa(int64(x)))
	case *py.BigInt:
		b.WriteString((*big.Int)(x).String())
	case py.Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case py.NoneType:
		b.WriteString("None")
	case py.Float:
		b.WriteString(floatRepr(float64(x)))
	case py.Tuple:
		b.WriteByte('(')
		for i, v := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(b, v, depth+1); err != nil {
				return err
			}
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *py.List:
		b.WriteByte('[')
		for i, v := range x.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(b, v, depth+1); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case *Dict:
		return x.writeRepr(b, depth)
	case *Set:
		return x.writeRepr(b, depth)
	case *dictView:
		return x.writeRepr(b, depth)
	case *Bytes:
		quoteBytes(b, x.b)
	case *ByteArray:
		b.WriteString("bytearray(")
		quoteBytes(b, x.b)
		b.WriteByte(')')
	case *MemoryView:
		b.WriteString("<memoryview>")
	case *py.Exception:
		if r, ok, err := userDunder(x, "__repr__"); ok {
			if err != nil {
				return err
			}
			b.WriteString(r)
			return nil
		}
		s, err := exceptionRepr(x)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case *Instance:
		if r, ok, err := x.callDunder("__repr__"); ok {
			if err != nil {
				return err
			}
			s, ok := r.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "__repr__ returned non-string")
			}
			b.WriteString(string(s))
			return nil
		}
		if x.base != nil {
			return writeRepr(b, x.base, depth+1)
		}
		b.WriteString("<" + x.cls.Name + " object at " + hexID(x) + ">")
	case *py.Type:
		b.WriteString("<class '" + x.Name + "'>")
	case *py.Function:
		b.WriteString("<function " + x.Name + " at " + hexID(x) + ">")
	case *py.Module:
		b.WriteString("<module '" + moduleName(x) + "'>")
	case *py.Generator:
		b.WriteString("<generator object '" + x.Frame.Code.Name + "' at " + hexID(x) + ">")
	case *py.Range:
		s, err := py.ReprAsString(x)
		if err != nil {
			return err
		}
		b.WriteString(s)
	default:
		if o == py.Ellipsis {
			b.WriteString("Ellipsis")
			return nil
		}
		if o == py.NotImplemented {
			b.WriteString("NotImplemented")
			return nil
		}
		s, err := py.ReprAsString(o)
		if err != nil {
			return err
		}
		b.WriteString(s)
	}
	return nil
}

// userDunder calls a Python-defined __str__/__repr__ of an exception class.
func userDunder(e *py.Exception, name string) (string, bool, error) {
	fn, ok := lookupUser(e.Type(), name).(*py.Function)
	if !ok {
		return "", false, nil
	}
	r, err := fn.M__call__(py.Tuple{e}, nil)
	if err != nil {
		return "", true, err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", true, py.ExceptionNewf(py.TypeError, "%s returned non-string", name)
	}
	return string(s), true, nil
}

// Str is str(o).
func Str(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.String:
		return string(x), nil
	case *py.Exception:
		if r, ok, err := userDunder(x, "__str__"); ok {
			return r, err
		}
		return exceptionStr(x), nil
	case *Instance:
		if b := x.builtinPart("__str__"); b != nil {
			return Str(b)
		}
		if r, ok, err := x.callDunder("__str__"); ok {
			if err != nil {
				return "", err
			}
			s, ok := r.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__str__ returned non-string")
			}
			return string(s), nil
		}
	}
	return Repr(o)
}

// quoteStr writes a str literal as MicroPython's repr does.
func quoteStr(b *strings.Builder, s string) {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			writeHexEscape(b, 'x', uint32(r), 2)
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			writeHexEscape(b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHexEscape(b, 'u', uint32(r), 4)
		default:
			writeHexEscape(b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(q)
}

// quoteBytes writes a bytes literal as MicroPython's repr does.
func quoteBytes(b *strings.Builder, s []byte) {
	q := byte('\'')
	if containsByte(s, '\'') && !containsByte(s, '"') {
		q = '"'
	}
	b.WriteString("b")
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			writeHexEscape(b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
}

func containsByte(s []byte, c byte) bool {
	for _, x := range s {
		if x == c {
			return true
		}
	}
	return false
}

const hexDigits = "0123456789abcdef"

func writeHexEscape(b *strings.Builder, kind byte, v uint32, n int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// hexID is the address-like id MicroPython prints in default reprs. It is deterministic: it
// comes from the per-object id sequence, never from a Go pointer.
func hexID(o py.Object) string {
	id := objectID(o)
	s := []byte("0x")
	var digits [16]byte
	i := len(digits)
	for id > 0 || i == len(digits) {
		i--
		digits[i] = hexDigits[id&0xf]
		id >>= 4
	}
	return string(append(s, digits[i:]...))
}

// validUTF8 reports whether b decodes as UTF-8.
func validUTF8(b []byte) bool { return utf8.Valid(b) }
