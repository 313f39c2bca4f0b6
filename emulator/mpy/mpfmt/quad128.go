package mpfmt

import (
	"math"
	"math/bits"
	"sync"
)

// q128 is a non-negative finite IEEE binary128 value computed without allocation: the
// value is sig * 2^(exp-112), with the 113-bit significand sig = hi<<64 | lo normalised to
// [2^112, 2^113), or zero when hi and lo are both 0. Every operation rounds to nearest, ties
// to even, as the soft-float long double of the webassembly build does. Exponents never
// leave binary128's range in this package's use, so no overflow or subnormal handling.
type q128 struct {
	hi, lo uint64
	exp    int
}

const sigTopBit = 112 - 64 // position of the significand's top bit inside hi

func (q q128) isZero() bool { return q.hi == 0 && q.lo == 0 }

// q128FromUint64 converts exactly.
func q128FromUint64(m uint64) q128 {
	if m == 0 {
		return q128{}
	}
	n := bits.Len64(m) // m < 2^n
	// Place bit n-1 of m at bit 112 of the significand: shift left by 113-n (49..112).
	s := uint(113 - n)
	var hi, lo uint64
	if s >= 64 {
		hi, lo = m<<(s-64), 0
	} else {
		hi, lo = m>>(64-s), m<<s
	}
	return q128{hi: hi, lo: lo, exp: n - 1}
}

// q128FromFloat64 converts a non-negative finite double exactly.
func q128FromFloat64(f float64) q128 {
	if f == 0 {
		return q128{}
	}
	frac, e := math.Frexp(f)
	m := uint64(frac * (1 << 53))
	q := q128FromUint64(m)
	q.exp += e - 53
	return q
}

// shrRound shifts the 256-bit r (little-endian words) right by s (0 < s < 256) and returns
// the low 128 bits of the result, the first dropped bit and whether any later one was set.
func shrRound(r [4]uint64, s uint) (hi, lo uint64, round, sticky bool) {
	word := s / 64
	bit := s % 64
	get := func(i uint) uint64 {
		if i < 4 {
			return r[i]
		}
		return 0
	}
	pick := func(i uint) uint64 { // 64 bits of the shifted value starting at word i
		w := get(word + i)
		if bit == 0 {
			return w
		}
		return w>>bit | get(word+i+1)<<(64-bit)
	}
	lo, hi = pick(0), pick(1)
	rb := s - 1
	round = r[rb/64]>>(rb%64)&1 != 0
	for i := uint(0); i < rb/64; i++ {
		if r[i] != 0 {
			sticky = true
		}
	}
	if r[rb/64]&(1<<(rb%64)-1) != 0 {
		sticky = true
	}
	return hi, lo, round, sticky
}

// finish rounds a shifted significand to nearest even and renormalises a carry.
func finish(hi, lo uint64, round, sticky bool, exp int) q128 {
	if round && (sticky || lo&1 != 0) {
		var c uint64
		lo, c = bits.Add64(lo, 1, 0)
		hi += c
		if hi>>(sigTopBit+1) != 0 { // reached 2^113
			lo = lo>>1 | hi<<63
			hi >>= 1
			exp++
		}
	}
	return q128{hi: hi, lo: lo, exp: exp}
}

// mul returns a*b rounded to binary128.
func (a q128) mul(b q128) q128 {
	if a.isZero() || b.isZero() {
		return q128{}
	}
	p0h, p0l := bits.Mul64(a.lo, b.lo)
	p1h, p1l := bits.Mul64(a.lo, b.hi)
	p2h, p2l := bits.Mul64(a.hi, b.lo)
	p3h, p3l := bits.Mul64(a.hi, b.hi)
	var r [4]uint64
	var c1, c2 uint64
	r[0] = p0l
	r[1], c1 = bits.Add64(p0h, p1l, 0)
	r[1], c2 = bits.Add64(r[1], p2l, 0)
	r[2], c1 = bits.Add64(p1h, p2h, c1)
	r3c := c1
	r[2], c1 = bits.Add64(r[2], p3l, c2)
	r[3] = p3h + r3c + c1
	// The product is in [2^224, 2^226).
	top := 224
	if r[3]>>(225-192)&1 != 0 {
		top = 225
	}
	s := uint(top - 112)
	hi, lo, round, sticky := shrRound(r, s)
	return finish(hi, lo, round, sticky, a.exp+b.exp+top-224)
}

// quo returns a/b rounded to binary128 (b non-zero).
func (a q128) quo(b q128) q128 {
	if a.isZero() {
		return q128{}
	}
	// Q = floor(A * 2^116 / B) lies in (2^115, 2^117): enough bits to round to 113. Knuth's
	// algorithm D in base 2^64 after shifting both operands left by 15 so B's top bit is set.
	const norm = 15
	v1 := b.hi<<norm | b.lo>>(64-norm)
	v0 := b.lo << norm
	// N = A << (116+15) = A << 131: A occupies bits 131..243.
	var u [5]uint64
	u[2] = a.lo << 3
	u[3] = a.hi<<3 | a.lo>>61
	u[4] = 0
	var q [3]uint64
	for j := 2; j >= 0; j-- {
		var qhat, rhat uint64
		overflow := false
		if u[j+2] >= v1 {
			qhat = math.MaxUint64
			var c uint64
			rhat, c = bits.Add64(u[j+1], v1, 0)
			overflow = c != 0
		} else {
			qhat, rhat = bits.Div64(u[j+2], u[j+1], v1)
		}
		for !overflow {
			ph, pl := bits.Mul64(qhat, v0)
			if ph < rhat || (ph == rhat && pl <= u[j]) {
				break
			}
			qhat--
			var c uint64
			rhat, c = bits.Add64(rhat, v1, 0)
			overflow = c != 0
		}
		// u[j..j+2] -= qhat * (v1, v0)
		m0h, m0l := bits.Mul64(qhat, v0)
		m1h, m1l := bits.Mul64(qhat, v1)
		var borrow, c uint64
		var t0, t1, t2 uint64
		t0, borrow = bits.Sub64(u[j], m0l, 0)
		mid, c := bits.Add64(m0h, m1l, 0)
		t1, borrow = bits.Sub64(u[j+1], mid, borrow)
		t2, borrow2 := bits.Sub64(u[j+2], m1h+c, borrow)
		if borrow2 != 0 {
			qhat--
			var cc uint64
			t0, cc = bits.Add64(t0, v0, 0)
			t1, cc = bits.Add64(t1, v1, cc)
			t2 += cc
		}
		u[j], u[j+1], u[j+2] = t0, t1, t2
		q[j] = qhat
	}
	remainder := u[0] != 0 || u[1] != 0
	r := [4]uint64{q[0], q[1], q[2], 0}
	top := 115
	if q[1]>>(116-64)&1 != 0 {
		top = 116
	}
	s := uint(top - 112)
	hi, lo, round, sticky := shrRound(r, s)
	return finish(hi, lo, round, sticky || remainder, a.exp-b.exp+int(s)-4)
}

// float64 rounds to the nearest double, ties to even, with subnormals.
func (a q128) float64() float64 {
	if a.isZero() {
		return 0
	}
	r := [4]uint64{a.lo, a.hi, 0, 0}
	if a.exp >= -1022 {
		hi, lo, round, sticky := shrRound(r, 60)
		_ = hi
		m, exp := lo, a.exp
		if round && (sticky || m&1 != 0) {
			m++
			if m == 1<<53 {
				m >>= 1
				exp++
			}
		}
		if exp > 1023 {
			return math.Inf(1)
		}
		return math.Ldexp(float64(m), exp-52)
	}
	// Subnormal: the unit is 2^-1074 and the value is sig * 2^(exp-112).
	s := 112 - 1074 - a.exp
	if s >= 200 {
		return 0
	}
	_, m, round, sticky := shrRound(r, uint(s))
	if round && (sticky || m&1 != 0) {
		m++
	}
	return math.Ldexp(float64(m), -1074)
}

// addHalfTrunc returns (uint64)(a + 0.5): the sum rounded to binary128, then truncated;
// values beyond uint64 saturate.
func (a q128) addHalfTrunc() uint64 {
	if a.isZero() {
		return 0
	}
	e2 := a.exp - 112 // a = sig * 2^e2
	if a.exp >= 64 {
		return math.MaxUint64
	}
	if e2 >= 0 { // never with a < 2^64, kept for completeness
		return math.MaxUint64
	}
	h := -1 - e2 // 0.5 = 2^h * 2^e2
	if h >= 128 {
		return 0 // a < 2^-15: a + 0.5 < 1
	}
	var hh, hl uint64
	if h >= 64 {
		hh = 1 << uint(h-64)
	} else {
		hl = 1 << uint(h)
	}
	lo, c := bits.Add64(a.lo, hl, 0)
	hi, _ := bits.Add64(a.hi, hh, c)
	// Round T = hi:lo to 113 significant bits.
	n := 128 - bits.LeadingZeros64(hi)
	if hi == 0 {
		n = 64 - bits.LeadingZeros64(lo)
	}
	if n > 113 {
		d := uint(n - 113)
		r := [4]uint64{lo, hi, 0, 0}
		th, tl, round, sticky := shrRound(r, d)
		if round && (sticky || tl&1 != 0) {
			var c uint64
			tl, c = bits.Add64(tl, 1, 0)
			th += c
		}
		// shift back by d, then floor by -e2 (> d since the result is below 2^64)
		total := uint(-e2) - d
		return shr128(th, tl, total)
	}
	return shr128(hi, lo, uint(-e2))
}

// shr128 returns (hi:lo) >> s, saturated to uint64.
func shr128(hi, lo uint64, s uint) uint64 {
	switch {
	case s >= 128:
		return 0
	case s >= 64:
		return hi >> (s - 64)
	case s == 0:
		if hi != 0 {
			return math.MaxUint64
		}
		return lo
	}
	if hi>>s != 0 {
		return math.MaxUint64
	}
	return lo>>s | hi<<(64-s)
}

// q128Powers[k] is 10^(2^k) by repeated squaring in binary128, as mp_decimal_exp makes it.
var (
	q128PowersOnce sync.Once
	q128Powers     [13]q128
)

// q128DecimalExp is mp_decimal_exp in EXACT mode: num * 10^decExp by one rounded multiply
// or divide per set bit of |decExp|, lowest first.
func q128DecimalExp(num q128, decExp int) q128 {
	if decExp == 0 || num.isZero() {
		return num
	}
	q128PowersOnce.Do(func() {
		p := q128FromUint64(10)
		for k := range q128Powers {
			q128Powers[k] = p
			p = p.mul(p)
		}
	})
	neg := decExp < 0
	if neg {
		decExp = -decExp
	}
	for k := 0; decExp != 0; k++ {
		if decExp&1 != 0 {
			if k >= len(q128Powers) {
				if neg {
					return q128{}
				}
				return q128{hi: 1 << sigTopBit, exp: 1 << 20} // beyond any double: +inf
			}
			if neg {
				num = num.quo(q128Powers[k])
			} else {
				num = num.mul(q128Powers[k])
			}
		}
		decExp >>= 1
	}
	return num
}
