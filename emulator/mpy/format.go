package mpy

import (
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy/mpfmt"
)

// fmtHost lets package mpfmt see our objects.
type fmtHost struct{}

var formatter = &mpfmt.Formatter{Host: fmtHost{}}

func (fmtHost) Kind(v mpfmt.Value) mpfmt.Kind {
	switch v.(type) {
	case py.Int, *py.BigInt:
		return mpfmt.KindInt
	case py.Bool:
		return mpfmt.KindBool
	case py.Float:
		return mpfmt.KindFloat
	case py.String:
		return mpfmt.KindStr
	case *Bytes:
		return mpfmt.KindBytes
	case py.Tuple, TupleLike:
		return mpfmt.KindTuple
	case *Dict:
		return mpfmt.KindDict
	}
	return mpfmt.KindOther
}

func (fmtHost) Int(v mpfmt.Value) (int64, *big.Int) {
	switch x := v.(type) {
	case py.Int:
		return int64(x), nil
	case py.Bool:
		return int64(boolInt(x)), nil
	case *py.BigInt:
		return 0, (*big.Int)(x)
	}
	return 0, nil
}

func (fmtHost) Float(v mpfmt.Value) float64 { f, _ := toFloat(v.(py.Object)); return f }

func (fmtHost) Text(v mpfmt.Value) string {
	switch x := v.(type) {
	case py.String:
		return string(x)
	case *Bytes:
		return string(x.b)
	}
	return ""
}

func (fmtHost) Items(v mpfmt.Value) []mpfmt.Value {
	t, _ := asTuple(v.(py.Object))
	out := make([]mpfmt.Value, len(t))
	for i, o := range t {
		out[i] = o
	}
	return out
}

func (fmtHost) Lookup(d mpfmt.Value, key string) (mpfmt.Value, bool, error) {
	v, ok, err := d.(*Dict).Get(py.String(key))
	return v, ok, err
}

func (fmtHost) Str(v mpfmt.Value) (string, error)  { return Str(v.(py.Object)) }
func (fmtHost) Repr(v mpfmt.Value) (string, error) { return Repr(v.(py.Object)) }
func (fmtHost) TypeName(v mpfmt.Value) string      { return typeName(v.(py.Object)) }

// IntOf converts objects with __int__ / __index__.
func (fmtHost) IntOf(v mpfmt.Value) (int64, *big.Int, bool, error) {
	if inst, ok := v.(*Instance); ok {
		for _, n := range []string{"__int__", "__index__"} {
			if r, found, err := inst.callDunder(n); found {
				if err != nil {
					return 0, nil, true, err
				}
				s, b := fmtHost{}.Int(r)
				return s, b, true, nil
			}
		}
	}
	return 0, nil, false, nil
}

// FloatOf converts objects with __float__.
func (fmtHost) FloatOf(v mpfmt.Value) (float64, bool, error) {
	if inst, ok := v.(*Instance); ok {
		if r, found, err := inst.callDunder("__float__"); found {
			if err != nil {
				return 0, true, err
			}
			f, _ := toFloat(r)
			return f, true, nil
		}
	}
	return 0, false, nil
}

// fmtError turns an mpfmt error into the Python exception MicroPython raises.
func fmtError(err error) error {
	e, ok := err.(*mpfmt.Error)
	if !ok {
		return err
	}
	if e.Type == "KeyError" {
		return NewException(py.KeyError, py.String(e.Key))
	}
	t := builtinExceptions[e.Type]
	if t == nil {
		t = py.ValueError
	}
	return NewException(t, py.String(e.Msg))
}

func percentFormat(format string, args py.Object, isBytes bool) (string, error) {
	s, err := formatter.Percent(format, args, isBytes)
	if err != nil {
		return "", fmtError(err)
	}
	return s, nil
}

// strFormat is str.format(*args, **kwargs).
func strFormat(format string, args py.Tuple, kw py.StringDict) (string, error) {
	vals := make([]mpfmt.Value, len(args))
	for i, a := range args {
		vals[i] = a
	}
	s, err := formatter.Format(format, vals, func(name string) (mpfmt.Value, bool) {
		v, ok := kw[name]
		return v, ok
	})
	if err != nil {
		return "", fmtError(err)
	}
	return s, nil
}
