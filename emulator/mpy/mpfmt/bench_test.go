package mpfmt

import (
	"math/big"
	"testing"
)

var benchSink string

func BenchmarkFloatRepr(b *testing.B) {
	vals := []float64{0.1, 1.0 / 3, 123456789.0, 6.02214076e23, 2.5e-8, 1152921504606846976}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = FloatRepr(vals[i%len(vals)], false)
	}
}

func BenchmarkFloatReprSingle(b *testing.B) {
	vals := []float64{0.1, 1.0 / 3, 123456789.0, 6.02214076e23, 2.5e-8, 1152921504606846976}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = FloatRepr(vals[i%len(vals)], true)
	}
}

func BenchmarkPercent3(b *testing.B) {
	f := &Formatter{Host: fakeHost{}}
	args := &fakeValue{kind: KindTuple, items: []*fakeValue{
		{kind: KindStr, typeName: "str", text: "GET", str: "GET"},
		{kind: KindInt, typeName: "int", small: 404},
		{kind: KindFloat, typeName: "float", f: 3.14159},
	}}
	b.ReportAllocs()
	for b.Loop() {
		s, err := f.Percent("%s %5d %.2f", args, false)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = s
	}
}

func BenchmarkFormat3(b *testing.B) {
	f := &Formatter{Host: fakeHost{}}
	args := []Value{
		&fakeValue{kind: KindStr, typeName: "str", text: "key", str: "key"},
		&fakeValue{kind: KindInt, typeName: "int", big: new(big.Int).Lsh(big.NewInt(1), 70)},
		&fakeValue{kind: KindFloat, typeName: "float", f: 0.1},
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := f.Format("{}: {:>12,} {}", args, nil)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = s
	}
}
