package mpfmt

import (
	"fmt"
	"math/big"
	"math/bits"
)

// Value is one of the caller's Python objects; the engine only hands it back to the Host.
type Value = any

// Kind is what the engine needs to know about a value's type to format it as MicroPython
// does. Subclasses report KindOther unless MicroPython treats them as the base type.
type Kind uint8

// The kinds of value the engine tells apart.
const (
	KindOther Kind = iota // anything else: None, list, user objects, ...
	KindInt               // int, small or big
	KindBool              // bool (formats as a number with numeric specs, as "True" with !s)
	KindFloat             // float
	KindStr               // str
	KindBytes             // bytes
	KindTuple             // tuple (and namedtuple): spreads as `%` arguments
	KindDict              // dict (exactly): the mapping of `%(name)s`
)

// Host is implemented by the runtime that owns the objects. Methods are only called for the
// kinds named in their comments; Str and Repr may run user code and return its exception.
type Host interface {
	// Kind classifies v.
	Kind(v Value) Kind
	// Int returns the value of a KindInt or KindBool value (True is 1). If big is non-nil
	// it is the value and small is ignored; big must not be modified.
	Int(v Value) (small int64, big *big.Int)
	// Float returns the value of a KindFloat value.
	Float(v Value) float64
	// Text returns the content of a KindStr (UTF-8) or KindBytes value.
	Text(v Value) string
	// Items returns the elements of a KindTuple value.
	Items(v Value) []Value
	// Lookup returns dict[key] for a KindDict value and a str key.
	Lookup(dict Value, key string) (Value, bool, error)
	// Str returns str(v) (print's text: a str is itself, bytes are "b'...'", a float is
	// FloatRepr's text).
	Str(v Value) (string, error)
	// Repr returns repr(v).
	Repr(v Value) (string, error)
	// TypeName returns type(v).__name__ ("NoneType", "list", ...).
	TypeName(v Value) string
}

// Converter is an optional ability of a Host: converting a KindOther value the way
// MicroPython's implicit int and float conversions do (user classes defining __int__ or
// __float__). Without it such values are not convertible.
type Converter interface {
	// IntOf returns int(v) for a KindOther value, ok=false when v has no conversion.
	IntOf(v Value) (small int64, big *big.Int, ok bool, err error)
	// FloatOf returns float(v) for a KindOther value, ok=false when v has no conversion.
	FloatOf(v Value) (f float64, ok bool, err error)
}

// Error is a formatting failure that the runtime raises as the MicroPython exception Type
// ("TypeError", "ValueError", "KeyError", "IndexError", "OverflowError",
// "NotImplementedError", "MemoryError", "RuntimeError") with message Msg. For KeyError the
// exception's argument is the str Key instead of Msg.
type Error struct {
	Type string
	Msg  string
	Key  string
}

// Error renders the exception as MicroPython's traceback line would.
func (e *Error) Error() string {
	if e.Type == "KeyError" {
		return fmt.Sprintf("KeyError: %s", e.Key)
	}
	return e.Type + ": " + e.Msg
}

func typeErr(format string, a ...any) error {
	return &Error{Type: "TypeError", Msg: fmt.Sprintf(format, a...)}
}

func valueErr(format string, a ...any) error {
	return &Error{Type: "ValueError", Msg: fmt.Sprintf(format, a...)}
}

// DefaultLimit is the output size beyond which formatting fails with MemoryError when
// Formatter.Limit is zero: far above any board's heap.
const DefaultLimit = 16 << 20

// Formatter formats values of one device. It is immutable configuration; the zero value of
// Single and Limit means a double-precision build and DefaultLimit.
type Formatter struct {
	// Host reaches the caller's objects.
	Host Host
	// Single formats floats as a single-precision build (ESP32, RP2) does.
	Single bool
	// Limit bounds the output in bytes (MemoryError beyond); 0 means DefaultLimit.
	Limit int
}

func (f *Formatter) limit() int {
	if f.Limit > 0 {
		return f.Limit
	}
	return DefaultLimit
}

// intVal is a Python int: big when non-nil, else small.
type intVal struct {
	small int64
	big   *big.Int
}

func (v intVal) sign() int {
	if v.big != nil {
		return v.big.Sign()
	}
	switch {
	case v.small < 0:
		return -1
	case v.small > 0:
		return 1
	}
	return 0
}

// machineWord returns the value as mp_int_t on a 32-bit port (mp_obj_get_int), or
// MicroPython's OverflowError.
func (v intVal) machineWord() (int32, error) {
	if v.big != nil {
		if !v.big.IsInt64() {
			return 0, errOverflowWord
		}
		v = intVal{small: v.big.Int64()}
	}
	if v.small < -1<<31 || v.small > 1<<31-1 {
		return 0, errOverflowWord
	}
	return int32(v.small), nil
}

var errOverflowWord = &Error{Type: "OverflowError", Msg: "overflow converting long int to machine word"}

// float converts an int as MicroPython's mp_obj_get_float does: small ints (31-bit on
// 32-bit ports) directly, longer ones by accumulating their 16-bit mpz digits from the top.
func (v intVal) float(single bool) float64 {
	if v.big == nil && v.small >= -1<<30 && v.small < 1<<30 {
		if single {
			return float64(float32(v.small))
		}
		return float64(v.small)
	}
	b := v.big
	if b == nil {
		b = big.NewInt(v.small)
	}
	words := b.Bits() // magnitude, little-endian machine words
	n := (b.BitLen() + 15) / 16
	const perWord = bits.UintSize / 16
	var d64 float64
	var d32 float32
	for i := n - 1; i >= 0; i-- {
		dig := uint64(words[i/perWord]>>(16*(i%perWord))) & 0xffff
		if single {
			d32 = float32(d32*65536) + float32(dig)
		} else {
			d64 = float64(d64*65536) + float64(dig)
		}
	}
	if single {
		d64 = float64(d32)
	}
	if b.Sign() < 0 {
		d64 = -d64
	}
	return d64
}
