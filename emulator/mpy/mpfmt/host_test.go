package mpfmt

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
)

// fakeValue is a Python object as the golden generator serialised it: its kind, its
// payload, and the str()/repr() MicroPython gave it.
type fakeValue struct {
	kind     Kind
	typeName string
	small    int64
	big      *big.Int
	f        float64
	text     string
	items    []*fakeValue
	keys     []string
	str      string
	repr     string
}

// fakeHost implements Host over fakeValues.
type fakeHost struct{}

func (fakeHost) Kind(v Value) Kind { return v.(*fakeValue).kind }
func (fakeHost) Int(v Value) (int64, *big.Int) {
	x := v.(*fakeValue)
	return x.small, x.big
}
func (fakeHost) Float(v Value) float64 { return v.(*fakeValue).f }
func (fakeHost) Text(v Value) string   { return v.(*fakeValue).text }
func (fakeHost) Items(v Value) []Value {
	x := v.(*fakeValue)
	out := make([]Value, len(x.items))
	for i, it := range x.items {
		out[i] = it
	}
	return out
}
func (fakeHost) Lookup(d Value, key string) (Value, bool, error) {
	x := d.(*fakeValue)
	for i, k := range x.keys {
		if k == key {
			return x.items[i], true, nil
		}
	}
	return nil, false, nil
}
func (fakeHost) Str(v Value) (string, error)  { return v.(*fakeValue).str, nil }
func (fakeHost) Repr(v Value) (string, error) { return v.(*fakeValue).repr, nil }
func (fakeHost) TypeName(v Value) string      { return v.(*fakeValue).typeName }

// encValue is the JSON form gen.py writes for a value.
type encValue struct {
	K string          `json:"k"`
	T string          `json:"t"`
	S string          `json:"s"`
	R string          `json:"r"`
	V json.RawMessage `json:"v"`
}

func unhex(s string) (string, error) {
	b, err := hex.DecodeString(s)
	return string(b), err
}

func decodeValue(e encValue) (*fakeValue, error) {
	v := &fakeValue{typeName: e.T}
	v.str, v.repr = e.S, e.R
	var err error
	var payload string
	if e.K != "tuple" && e.K != "dict" && e.K != "other" {
		if err := json.Unmarshal(e.V, &payload); err != nil {
			return nil, fmt.Errorf("payload of %s: %w", e.K, err)
		}
	}
	switch e.K {
	case "bool":
		v.kind = KindBool
		if payload == "1" {
			v.small = 1
		}
	case "int":
		v.kind = KindInt
		b, ok := new(big.Int).SetString(payload, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", payload)
		}
		if b.IsInt64() {
			v.small = b.Int64()
		} else {
			v.big = b
		}
	case "float":
		v.kind = KindFloat
		bits, err := strconv.ParseUint(payload, 16, 64)
		if err != nil {
			return nil, err
		}
		v.f = math.Float64frombits(bits)
	case "str", "bytes":
		v.kind = KindStr
		if e.K == "bytes" {
			v.kind = KindBytes
		}
		if v.text, err = unhex(payload); err != nil {
			return nil, err
		}
	case "tuple":
		v.kind = KindTuple
		var items []encValue
		if err := json.Unmarshal(e.V, &items); err != nil {
			return nil, err
		}
		for _, it := range items {
			x, err := decodeValue(it)
			if err != nil {
				return nil, err
			}
			v.items = append(v.items, x)
		}
	case "dict":
		v.kind = KindDict
		var pairs [][2]json.RawMessage
		if err := json.Unmarshal(e.V, &pairs); err != nil {
			return nil, err
		}
		for _, p := range pairs {
			var k string
			var ev encValue
			if err := json.Unmarshal(p[0], &k); err != nil {
				return nil, err
			}
			if err := json.Unmarshal(p[1], &ev); err != nil {
				return nil, err
			}
			x, err := decodeValue(ev)
			if err != nil {
				return nil, err
			}
			v.keys = append(v.keys, k)
			v.items = append(v.items, x)
		}
	case "other":
		v.kind = KindOther
	default:
		return nil, fmt.Errorf("unknown kind %q", e.K)
	}
	return v, nil
}
