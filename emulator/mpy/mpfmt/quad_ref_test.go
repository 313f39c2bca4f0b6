package mpfmt

import (
	"math/big"
	"sync"
)

// This file is the math/big reference for quad128.go: binary128 as big.Float values rounded
// to 113 bits, nearest even.

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

var quadHalf = big.NewFloat(0.5)
