package mpfmt

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// toBig converts a q128 to a big.Float exactly.
func (q q128) toBig() *big.Float {
	x := new(big.Int).Lsh(new(big.Int).SetUint64(q.hi), 64)
	x.Or(x, new(big.Int).SetUint64(q.lo))
	f := newQuad().SetInt(x)
	return f.SetMantExp(f, q.exp-112)
}

func randQ128(rng *rand.Rand) q128 {
	q := q128{hi: rng.Uint64()&(1<<sigTopBit-1) | 1<<sigTopBit, lo: rng.Uint64(), exp: rng.IntN(2000) - 1000}
	switch rng.IntN(8) { // significands with long runs of zeros or ones find rounding ties
	case 0:
		q.lo = 0
	case 1:
		q.lo = math.MaxUint64
	case 2:
		q.lo &= 0xffff_0000_0000_0000
	}
	return q
}

// TestQ128AgainstBigFloat checks the allocation-free binary128 arithmetic against
// math/big rounding to 113 bits, nearest even.
func TestQ128AgainstBigFloat(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		a, b := randQ128(rng), randQ128(rng)
		if i%5 == 0 { // exact small operands, like the powers of ten
			a = q128FromUint64(rng.Uint64() >> rng.IntN(64))
			b = q128FromUint64(rng.Uint64() >> rng.IntN(64))
			if b.isZero() {
				b = q128FromUint64(10)
			}
		}
		wantMul := newQuad().Mul(a.toBig(), b.toBig())
		require.Zero(t, wantMul.Cmp(a.mul(b).toBig()), "mul %v %v", a, b)
		wantQuo := newQuad().Quo(a.toBig(), b.toBig())
		require.Zero(t, wantQuo.Cmp(a.quo(b).toBig()), "quo %v %v", a, b)
	}
}

func TestQ128Conversions(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		// float64 rounding, including subnormal results and ties.
		q := randQ128(rng)
		q.exp = rng.IntN(2200) - 1150
		want, _ := q.toBig().Float64()
		require.Equal(t, want, q.float64(), "float64 of %v", q)

		f := math.Float64frombits(rng.Uint64() &^ (1 << 63))
		if !math.IsInf(f, 0) && !math.IsNaN(f) {
			require.Zero(t, newQuad().SetFloat64(f).Cmp(q128FromFloat64(f).toBig()), "from %v", f)
		}
		u := rng.Uint64() >> rng.IntN(64)
		require.Zero(t, newQuad().SetUint64(u).Cmp(q128FromUint64(u).toBig()), "from %d", u)

		// (uint64)(x + 0.5) for x below 2^64.
		x := randQ128(rng)
		x.exp = rng.IntN(80) - 16
		sum := newQuad().Add(x.toBig(), quadHalf)
		wantU, _ := sum.Uint64()
		require.Equal(t, wantU, x.addHalfTrunc(), "addHalf of %v", x)
	}
}

func TestQ128DecimalExp(t *testing.T) {
	for n := -400; n <= 400; n++ {
		for _, m := range []uint64{1, 7, 123456789, 1<<63 + 12345} {
			want := quadDecimalExp(newQuad().SetUint64(m), n)
			got := q128DecimalExp(q128FromUint64(m), n)
			require.Zero(t, want.Cmp(got.toBig()), "%d * 10^%d", m, n)
		}
	}
}
