package mpfmt

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func str(s string) *fakeValue {
	return &fakeValue{kind: KindStr, typeName: "str", text: s, str: s, repr: "'" + s + "'"}
}

func num(i int64) *fakeValue { return &fakeValue{kind: KindInt, typeName: "int", small: i} }

func tuple(items ...*fakeValue) *fakeValue {
	return &fakeValue{kind: KindTuple, typeName: "tuple", items: items}
}

// convHost adds user __int__/__float__ conversions to fakeHost.
type convHost struct{ fakeHost }

func (convHost) IntOf(v Value) (int64, *big.Int, bool, error) {
	x := v.(*fakeValue)
	if x.typeName == "Num" {
		return 7, nil, true, nil
	}
	if x.typeName == "Huge" {
		return 0, new(big.Int).Lsh(big.NewInt(1), 40), true, nil
	}
	if x.typeName == "Bad" {
		return 0, nil, false, errors.New("user __int__ raised")
	}
	return 0, nil, false, nil
}

func (convHost) FloatOf(v Value) (float64, bool, error) {
	if v.(*fakeValue).typeName == "Num" {
		return 2.5, true, nil
	}
	return 0, false, nil
}

func TestConverter(t *testing.T) {
	obj := func(typ string) *fakeValue { return &fakeValue{kind: KindOther, typeName: typ} }
	f := &Formatter{Host: convHost{}}
	got, err := f.Percent("%d %x %.1f", tuple(obj("Num"), obj("Num"), obj("Num")), false)
	require.NoError(t, err)
	assert.Equal(t, "7 7 2.5", got)

	_, err = f.Percent("%d", obj("Huge"), false)
	assert.EqualError(t, err, "OverflowError: overflow converting long int to machine word")
	_, err = f.Percent("%d", obj("Bad"), false)
	assert.EqualError(t, err, "user __int__ raised")
	_, err = f.Percent("%d", obj("Plain"), false)
	assert.EqualError(t, err, "TypeError: can't convert Plain to int")

	// As checked on MicroPython 1.27: width from __int__, but no %c and no numeric format spec.
	got, err = f.Percent("%*d", tuple(obj("Num"), num(1)), false)
	require.NoError(t, err)
	assert.Equal(t, "      1", got)
	_, err = f.Percent("%c", obj("Num"), false)
	assert.EqualError(t, err, "TypeError: integer needed")
	_, err = f.Format("{:d}", []Value{obj("Num")}, nil)
	assert.EqualError(t, err, "ValueError: unknown format code 'd' for object of type 'Num'")

	// Without the Converter ability the same object is not convertible.
	f = &Formatter{Host: fakeHost{}}
	_, err = f.Percent("%f", obj("Num"), false)
	assert.EqualError(t, err, "TypeError: can't convert Num to float")
}

func TestLimit(t *testing.T) {
	f := &Formatter{Host: fakeHost{}, Limit: 100}
	_, err := f.Format("{:200}", []Value{str("x")}, nil)
	var fe *Error
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "MemoryError", fe.Type)
	got, err := f.Format("{:99}", []Value{str("x")}, nil)
	require.NoError(t, err)
	assert.Len(t, got, 99)

	// A width that wraps the C int is still refused rather than allocated.
	f = &Formatter{Host: fakeHost{}}
	_, err = f.Format("{:99999999999}", []Value{str("x")}, nil)
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "MemoryError", fe.Type)
	_, err = f.Percent("%*d", tuple(num(1<<31-1), num(1)), false)
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "MemoryError", fe.Type)
}

func TestNestingLimit(t *testing.T) {
	f := &Formatter{Host: fakeHost{}}
	spec := strings.Repeat("{:", 300) + strings.Repeat("}", 300)
	args := make([]Value, 301)
	for i := range args {
		args[i] = str("")
	}
	_, err := f.Format(spec, args, nil)
	assert.EqualError(t, err, "RuntimeError: maximum recursion depth exceeded")
}

func TestFormatValue(t *testing.T) {
	f := &Formatter{Host: fakeHost{}}
	cases := []struct {
		v    *fakeValue
		spec string
		want string
	}{
		{num(255), "#06x", "0x00ff"},
		{num(-42), "=+8", "-     42"},
		{&fakeValue{kind: KindFloat, typeName: "float", f: 0.1, str: "0.1"}, "", "0.1"},
		{&fakeValue{kind: KindFloat, typeName: "float", f: 2.5}, ".0f", "3"},
		{str("ab"), "*^6", "**ab**"},
		{&fakeValue{kind: KindBool, typeName: "bool", small: 1, str: "True"}, "", "True"},
		{&fakeValue{kind: KindBool, typeName: "bool", small: 1, str: "True"}, "d", "1"},
	}
	for _, c := range cases {
		got, err := f.FormatValue(c.v, c.spec)
		require.NoError(t, err, c.spec)
		assert.Equal(t, c.want, got, c.spec)
	}
	_, err := f.FormatValue(&fakeValue{kind: KindOther, typeName: "NoneType", str: "None"}, ">4")
	assert.EqualError(t, err, "TypeError: can't convert 'NoneType' object to str implicitly")
}

func TestErrorText(t *testing.T) {
	f := &Formatter{Host: fakeHost{}}
	_, err := f.Format("{nope}", nil, nil)
	assert.EqualError(t, err, "KeyError: nope")
	var fe *Error
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "nope", fe.Key)
}

func TestFloatReprEdges(t *testing.T) {
	cases := map[float64]string{
		math.Copysign(0, -1):        "-0.0",
		math.Inf(1):                 "inf",
		math.NaN():                  "nan",
		1e16:                        "1e+16",
		1e15:                        "1000000000000000.0",
		0.0001:                      "0.0001",
		0.00001:                     "1e-05",
		math.MaxFloat64:             "1.7976931348623157e+308",
		math.SmallestNonzeroFloat64: "4.940656458412465e-324", // MicroPython does not shorten it
	}
	for f, want := range cases {
		assert.Equal(t, want, FloatRepr(f, false), "%v", f)
	}
}

func TestIntToFloat(t *testing.T) {
	// Big ints convert through their 16-bit mpz digits, which is exact below 2^53.
	b := new(big.Int).Lsh(big.NewInt(1), 52)
	b.Add(b, big.NewInt(12345))
	assert.Equal(t, float64(1<<52+12345), intVal{big: b}.float(false))
	assert.Equal(t, -3.0, intVal{small: -3}.float(false))
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	assert.InEpsilon(t, 1.2345678901234568e29, intVal{big: huge}.float(false), 1e-15)
}
