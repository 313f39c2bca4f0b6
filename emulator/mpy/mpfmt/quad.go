package mpfmt

import (
	"math/big"
	"sync"
)

// quadPrec is the significand precision of IEEE binary128, the `long double` of the
// webassembly build whose formatting this package reproduces.
const quadPrec = 113

// quadPowers[k] holds 10^(2^k) as MicroPython's mp_decimal_exp computes it: by repeated
// squaring, each product rounded to binary128. 2^12 covers every decimal exponent a double
// can produce, and far beyond.
var (
	quadPowersOnce sync.Once
	quadPowers     [13]*big.Float
)

func initQuadPowers() {
	p := newQuad().SetInt64(10)
	quadPowers[0] = p
	for k := 1; k < len(quadPowers); k++ {
		p = newQuad().Mul(p, p)
		quadPowers[k] = p
	}
}

func newQuad() *big.Float {
	return new(big.Float).SetPrec(quadPrec).SetMode(big.ToNearestEven)
}

// quadPool recycles binary128 scratch values (and their mantissa storage) between calls.
var quadPool = sync.Pool{New: func() any { return newQuad() }}

func getQuad() *big.Float { return quadPool.Get().(*big.Float) }

func putQuad(q *big.Float) { quadPool.Put(q) }

// quadDecimalExp returns num * 10^decExp computed as formatfloat.c does in EXACT mode:
// num is multiplied (or divided) by 10^(2^k) for each set bit k of |decExp|, from the lowest
// bit up, each operation rounded to binary128. The result is written into num.
func quadDecimalExp(num *big.Float, decExp int) *big.Float {
	if decExp == 0 || num.Sign() == 0 {
		return num
	}
	quadPowersOnce.Do(initQuadPowers)
	neg := decExp < 0
	if neg {
		decExp = -decExp
	}
	for k := 0; decExp != 0; k++ {
		if decExp&1 != 0 {
			if k >= len(quadPowers) {
				// 10^(2^13) overflows binary128: the C code would reach infinity (or 0).
				if neg {
					return num.SetInt64(0)
				}
				return num.SetInf(false)
			}
			if neg {
				num.Quo(num, quadPowers[k])
			} else {
				num.Mul(num, quadPowers[k])
			}
		}
		decExp >>= 1
	}
	return num
}

// quadToFloat64 rounds a binary128 value to the nearest double (ties to even), as the C
// cast from long double to double does.
func quadToFloat64(q *big.Float) float64 {
	f, _ := q.Float64()
	return f
}
