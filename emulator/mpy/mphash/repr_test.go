package mphash

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Key is a test key in the golden files: a built-in value, tagged by type.
type Key struct {
	T     string `json:"t"`           // i int, s str, b bytes, f float, n None, B bool, t tuple, u U(id, hash)
	V     string `json:"v,omitempty"` // the value's text (decimal, UTF-8, True/False)
	Items []Key  `json:"items,omitempty"`
}

// Object builds the gpython value of k.
func (k Key) Object() (py.Object, error) {
	switch k.T {
	case "i":
		z, ok := new(big.Int).SetString(k.V, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", k.V)
		}
		if z.IsInt64() {
			return py.Int(z.Int64()), nil
		}
		return (*py.BigInt)(z), nil
	case "s":
		return py.String(k.V), nil
	case "b":
		return py.Bytes(k.V), nil
	case "f":
		f, err := strconv.ParseFloat(k.V, 64)
		return py.Float(f), err
	case "n":
		return py.None, nil
	case "B":
		return py.Bool(k.V == "True"), nil
	case "u":
		var u userObj
		if _, err := fmt.Sscanf(k.V, "%d,%d", &u.id, &u.hash); err != nil {
			return nil, fmt.Errorf("bad user key %q: %w", k.V, err)
		}
		return &u, nil
	case "t":
		t := make(py.Tuple, len(k.Items))
		for i, it := range k.Items {
			o, err := it.Object()
			if err != nil {
				return nil, err
			}
			t[i] = o
		}
		return t, nil
	}
	return nil, fmt.Errorf("bad key type %q", k.T)
}

// Source is k as MicroPython source text.
func (k Key) Source() string {
	switch k.T {
	case "i", "f", "B":
		return k.V
	case "n":
		return "None"
	case "s":
		return reprStr(k.V)
	case "u":
		return "U(" + k.V + ")"
	case "b":
		return "b" + reprStr(k.V)
	case "t":
		parts := make([]string, len(k.Items))
		for i, it := range k.Items {
			parts[i] = it.Source()
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

// reprStr is MicroPython's uni_print_quoted.
func reprStr(s string) string {
	quote := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote):
			b.WriteByte('\\')
			b.WriteByte(quote)
		case r == '\\':
			b.WriteString(`\\`)
		case r >= 32 && r <= 126:
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// repr renders a value as MicroPython's repr() does, for the types the golden
// cases use.
func repr(o py.Object) string {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10)
	case *py.BigInt:
		return (*big.Int)(v).String()
	case py.String:
		return reprStr(string(v))
	case py.Bytes:
		return "b" + reprStr(string(v))
	case py.Float:
		f := float64(v)
		if f == math.Trunc(f) {
			return strconv.FormatFloat(f, 'f', -1, 64) + ".0"
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	case py.Bool:
		if v {
			return "True"
		}
		return "False"
	case py.NoneType:
		return "None"
	case *userObj:
		return fmt.Sprintf("U(%d)", v.id)
	case py.Tuple:
		parts := make([]string, len(v))
		for i, it := range v {
			parts[i] = repr(it)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("<%T>", o)
}

// jsonStr renders a str as MicroPython's json.dumps does (ASCII keys only in
// the golden cases).
func jsonStr(s string) string { return strconv.Quote(s) }
