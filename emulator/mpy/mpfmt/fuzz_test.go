package mpfmt

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"testing"
)

// fuzzArgs builds a deterministic argument list from fuzz bytes: each byte picks a value.
func fuzzArgs(sel []byte, fbits uint64) []*fakeValue {
	big70 := new(big.Int).Lsh(big.NewInt(-3), 70)
	var out []*fakeValue
	for i, c := range sel {
		if i >= 8 {
			break
		}
		switch c % 10 {
		case 0:
			out = append(out, num(int64(c)-128))
		case 1:
			out = append(out, &fakeValue{kind: KindInt, typeName: "int", big: big70})
		case 2:
			out = append(out, &fakeValue{kind: KindFloat, typeName: "float", f: math.Float64frombits(fbits + uint64(i)), str: "f", repr: "f"})
		case 3:
			out = append(out, str("é"+strconv.Itoa(int(c))))
		case 4:
			out = append(out, &fakeValue{kind: KindBytes, typeName: "bytes", text: "\xff", str: "b'\\xff'", repr: "b'\\xff'"})
		case 5:
			out = append(out, &fakeValue{kind: KindBool, typeName: "bool", small: int64(c & 1), str: "True", repr: "True"})
		case 6:
			out = append(out, &fakeValue{kind: KindOther, typeName: "NoneType", str: "None", repr: "None"})
		case 7:
			out = append(out, &fakeValue{kind: KindDict, typeName: "dict", keys: []string{"a", ""}, items: []*fakeValue{num(1), str("x")}, str: "{}", repr: "{}"})
		case 8:
			out = append(out, tuple(num(1), str("t")))
		default:
			out = append(out, num(int64(c)*1000003))
		}
	}
	return out
}

func checkFuzzResult(t *testing.T, out string, err error, limit int) {
	if err != nil {
		var fe *Error
		if !errors.As(err, &fe) {
			t.Fatalf("error of unexpected type %T: %v", err, err)
		}
		if fe.Type == "" || (fe.Msg == "" && fe.Key == "" && fe.Type != "KeyError") {
			t.Fatalf("incomplete error %#v", fe)
		}
		return
	}
	if len(out) > limit {
		t.Fatalf("output of %d bytes beyond the limit %d", len(out), limit)
	}
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%5.2f|%-8d|%#x", "%(a)s %()r", "%*.*f", "%c%c", "%", "%.99g", "%010.3e %+o"} {
		f.Add(s, []byte{2, 0, 3}, uint64(0x3fb999999999999a), false)
	}
	f.Add("%s", []byte{7}, uint64(0), true)
	f.Fuzz(func(t *testing.T, format string, sel []byte, fbits uint64, isBytes bool) {
		fm := &Formatter{Host: fakeHost{}, Limit: 1 << 16, Single: fbits&1 == 1}
		args := fuzzArgs(sel, fbits)
		var rhs Value
		if len(args) == 1 {
			rhs = args[0]
		} else {
			rhs = tuple(args...)
		}
		out, err := fm.Percent(format, rhs, isBytes)
		checkFuzzResult(t, out, err, 1<<16)
	})
}

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0:>{1}}", "{a!r:^9}", "{:08.3f}{:+d}", "{:,}{:_x}", "{{}}{", "{:{}{}}", "{!s:.3}"} {
		f.Add(s, []byte{2, 0, 3}, uint64(0x3fb999999999999a))
	}
	f.Fuzz(func(t *testing.T, format string, sel []byte, fbits uint64) {
		fm := &Formatter{Host: fakeHost{}, Limit: 1 << 16, Single: fbits&1 == 1}
		args := fuzzArgs(sel, fbits)
		vals := make([]Value, len(args))
		for i, a := range args {
			vals[i] = a
		}
		out, err := fm.Format(format, vals, func(name string) (Value, bool) {
			if name == "a" && len(vals) > 0 {
				return vals[0], true
			}
			return nil, false
		})
		checkFuzzResult(t, out, err, 1<<16)
		if len(vals) > 0 {
			out, err = fm.FormatValue(vals[0], format)
			checkFuzzResult(t, out, err, 1<<16)
		}
	})
}

// FuzzFloatRepr checks that any double's repr reads back as the same double (with
// MicroPython's own parser and with a correctly rounding one) and that every conversion
// verb and precision formats without failing.
func FuzzFloatRepr(f *testing.F) {
	for _, x := range []float64{0.1, 1e16, 5e-324, math.MaxFloat64, 123456789, 2.5, math.Inf(-1)} {
		f.Add(math.Float64bits(x), byte('g'), int16(6))
	}
	f.Fuzz(func(t *testing.T, bits uint64, verb byte, prec int16) {
		x := math.Float64frombits(bits)
		s := FloatRepr(x, false)
		if !math.IsInf(x, 0) && !math.IsNaN(x) {
			mag := s
			if mag[0] == '-' {
				mag = mag[1:]
			}
			back := parseFloat64([]byte(mag))
			if s[0] == '-' {
				back = -back
			}
			if back != x {
				t.Fatalf("repr(%v) = %s reads back (MicroPython) as %v", x, s, back)
			}
			if g, err := strconv.ParseFloat(s, 64); err != nil || g != x {
				t.Fatalf("repr(%v) = %s reads back as %v, %v", x, s, g, err)
			}
		}
		_ = FloatRepr(x, true)
		out := FormatFloat(x, verb, int(prec), bits&1 == 1)
		if len(out) > printFloatBufSize+2 {
			t.Fatalf("%%.%d%c of %v is %d bytes: %s", prec, verb, x, len(out), out)
		}
	})
}
