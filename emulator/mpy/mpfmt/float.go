package mpfmt

import (
	"math"
	"math/big"
	"sync"
)

// reprPrec is MicroPython's MP_FLOAT_REPR_PREC: the magic precision asking mp_format_float
// for the shortest text that reads back as the same float. A user precision of 99 ('%.99g')
// hits the same path, as it does on a device.
const reprPrec = 99

// printFloatBufSize is the buffer size mp_print_float hands to mp_format_float (a 36-byte
// buffer minus 3). It bounds the digits MicroPython ever prints for one float.
const printFloatBufSize = 33

// Internal formatting flags of formatfloat.c.
const (
	modeE = 0x01
	modeG = 0x02
	modeF = 0x04
	eCase = 0x20
)

// precision describes one float implementation of MicroPython.
type precision struct {
	maxMantissaDigits  int
	safeMantissaDigits int
	fpMinBufSize       int
}

var (
	doublePrec = precision{maxMantissaDigits: 19, safeMantissaDigits: 16, fpMinBufSize: 7}
	singlePrec = precision{maxMantissaDigits: 9, safeMantissaDigits: 6, fpMinBufSize: 6}
)

// FloatRepr returns repr(f) (which is also str(f)) as MicroPython 1.27 prints it: the shortest
// decimal that reads back as f (at most 17 significant digits for doubles), switching to
// exponent form from 1e+16 and below 1e-4, with ".0" added to whole numbers: "0.1",
// "1e+20", "123456789.0", "inf", "nan", "-0.0". With single set, f is first rounded to a
// float32 and formatted as a single-precision board (ESP32, RP2) would.
func FloatRepr(f float64, single bool) string {
	var buf [40]byte
	return string(appendFloatRepr(buf[:0], f, single))
}

func appendFloatRepr(dst []byte, f float64, single bool) []byte {
	start := len(dst)
	dst = appendFormatFloat(dst, f, 'g', reprPrec, 0, printFloatBufSize, single)
	for _, c := range dst[start:] {
		if c == '.' || c == 'e' || c == 'n' {
			return dst
		}
	}
	return append(dst, '.', '0')
}

// FormatFloat returns f formatted as MicroPython's mp_format_float does for the conversion
// verb (one of 'e', 'E', 'f', 'F', 'g', 'G') and precision prec (negative: the default, 6),
// with no sign forced and no padding: '%.2f' % f is FormatFloat(f, 'f', 2, false).
// Verbs other than the six above format as 'e'.
func FormatFloat(f float64, verb byte, prec int, single bool) string {
	var buf [40]byte
	return string(appendFormatFloat(buf[:0], f, verb, prec, 0, printFloatBufSize, single))
}

// appendFormatFloat appends mp_format_float(f, buf, bufSize, verb, prec, sign) to dst.
func appendFormatFloat(dst []byte, f float64, verb byte, prec int, sign byte, bufSize int, single bool) []byte {
	if single {
		return formatFloatCore(dst, approx32{f: float32(f)}, verb, prec, sign, bufSize, singlePrec)
	}
	return formatFloatCore(dst, exact64{f: f}, verb, prec, sign, bufSize, doublePrec)
}

// floatArith is the arithmetic formatfloat.c performs on the value being formatted; it
// differs between the double-precision EXACT build and the single-precision APPROX build.
type floatArith interface {
	signbit() bool
	isInf() bool
	isNaN() bool
	negate() floatArith
	isZero() bool
	// expval is the unbiased binary exponent field.
	expval() int
	// approxDecimalExp is (int)(expval * log10(2)) in the float type.
	approxDecimalExp() int
	isLess1() bool
	// geDecimal reports f >= (float)mp_decimal_exp(1.0, n).
	geDecimal(n int) bool
	// mantissa returns mult * (uint)(mp_decimal_exp(f, decexp) + 0.5).
	mantissa(mult uint64, decexp int) uint64
	// exact reports whether this build uses the EXACT (verify and add a digit) strategy.
	exact() bool
	// parseEqual reports whether the decimal text parses back to f exactly.
	parseEqual(text []byte) bool
	// parseDiff returns float(text) - f, for the APPROX search.
	parseDiff(text []byte) float64
	// uintMask is the mask of mp_large_float_uint_t.
	uintMask() uint64
}

func formatFloatCore(dst []byte, f floatArith, verb byte, prec int, sign byte, bufSize int, p precision) []byte {
	if f.signbit() && !f.isNaN() {
		f = f.negate()
		sign = '-'
	}
	if sign != 0 {
		dst = append(dst, sign)
		bufSize--
	}
	uc := verb & 0x20
	if f.isInf() {
		return append(dst, 'I'^uc, 'N'^uc, 'F'^uc)
	}
	if f.isNaN() {
		return append(dst, 'N'^uc, 'A'^uc, 'N'^uc)
	}

	flags := int(uc)
	switch verb | 0x20 {
	case 'f':
		flags |= modeF
	case 'g':
		flags |= modeG
	default:
		flags |= modeE
	}
	if prec < 0 {
		prec = 6
	}
	maxExpZeros := min(prec, bufSize-3)
	if prec == reprPrec {
		prec = p.maxMantissaDigits
		maxExpZeros = 16
	}

	e := 0
	if !f.isZero() {
		e = f.approxDecimalExp()
		positive := !f.isLess1()
		off := 0
		step := -1
		if positive {
			off, step = 1, 1
		}
		for f.geDecimal(e+off) == positive {
			e += step
		}
	}

	if flags&modeF != 0 && e > 0 {
		if e+prec+2 > bufSize {
			flags ^= modeF
			flags |= modeG
			prec++
		}
	}

	maxDigits := prec
	leadZeros := 0
	trailZeros := 0
	if flags&modeF != 0 {
		if maxDigits > bufSize-3 {
			maxDigits = bufSize - 3
		}
		if e < 0 {
			if maxDigits > 2 && e < -2 {
				leadZeros = min(-e, maxDigits) - 2
				maxDigits -= leadZeros
			} else {
				maxDigits++
			}
		} else {
			maxDigits += e + 1
		}
	} else if flags&modeG == 0 || maxDigits == 0 {
		maxDigits++
	}
	if maxDigits > p.maxMantissaDigits {
		trailZeros = maxDigits - p.maxMantissaDigits
		maxDigits = p.maxMantissaDigits
	}
	overhead := p.fpMinBufSize + 1
	if flags&modeF != 0 {
		overhead = 3
	}
	if trailZeros > bufSize-maxDigits-overhead {
		trailZeros = bufSize - maxDigits - overhead
	}

	numDigits := min(p.safeMantissaDigits, maxDigits)
	start := len(dst)
	mask := f.uintMask()
	for {
		dst = dst[:start]
		extraZeros := trailZeros + (maxDigits - numDigits)
		decexp := 0
		dec := 0
		if f.isZero() {
			decexp = 0
		} else if flags&modeF != 0 {
			decexp = numDigits - 1
			if e < 0 {
				if leadZeros > 0 {
					dst = appendZerosPrefix(dst, leadZeros)
					decexp += leadZeros + 1
					dec = 255
				}
			} else {
				decexp -= e
				dec = e
			}
		} else {
			decexp = numDigits - e - 1
		}
		mantStart := len(dst)

		mantissaCap := uint64(10)
		for n := 1; n < numDigits; n++ {
			mantissaCap = (mantissaCap * 10) & mask
		}
		mult := uint64(1)
		if !f.exact() && numDigits > p.safeMantissaDigits && decexp > 1 {
			if numDigits > p.safeMantissaDigits+1 && decexp > 2 {
				mult = 100
				decexp -= 2
			} else {
				mult = 10
				decexp--
			}
		}
		mantissa := f.mantissa(mult, decexp)
		dst = formatMantissa(dst, mantStart, mantissa, mantissaCap, numDigits, maxExpZeros, extraZeros, dec, e, flags, mask)

		if f.exact() {
			if numDigits < maxDigits && !f.parseEqual(dst[start:]) {
				numDigits++
				continue
			}
			return dst
		}

		// APPROX: dichotomic search for a mantissa whose text reads back as f.
		diff := f.parseDiff(dst[start:])
		if diff == 0 && !math.Signbit(diff) {
			return dst
		}
		bestDiff := diff
		bestMantissa := mantissa
		errRange := uint64(1)
		if numDigits > p.safeMantissaDigits {
			errRange <<= 3 * uint(numDigits-p.safeMantissaDigits)
		}
		retry := false
		for maxruns := 3 + 3*(p.maxMantissaDigits-p.safeMantissaDigits); maxruns > 0; maxruns-- {
			if math.Signbit(diff) {
				mantissa = (mantissa + errRange) & mask
			} else {
				mantissa = (mantissa - errRange) & mask
			}
			dst = formatMantissa(dst[:mantStart], mantStart, mantissa, mantissaCap, numDigits, maxExpZeros, extraZeros, dec, e, flags, mask)
			diff = f.parseDiff(dst[start:])
			if diff == 0 && !math.Signbit(diff) {
				break
			}
			delta := float64(float32(math.Abs(diff)) - float32(math.Abs(bestDiff)))
			if math.Signbit(delta) || (delta == 0 && mantissa%10 == 0) {
				bestDiff = diff
				bestMantissa = mantissa
			}
			if errRange > 1 {
				errRange >>= 1
				continue
			}
			if numDigits < maxDigits {
				numDigits++
				retry = true
				break
			}
			if mantissa != bestMantissa {
				dst = formatMantissa(dst[:mantStart], mantStart, bestMantissa, mantissaCap, numDigits, maxExpZeros, extraZeros, dec, e, flags, mask)
			}
			break
		}
		if !retry {
			return dst
		}
	}
}

// appendZerosPrefix appends "0." and cnt zeros (mp_prepend_zeros).
func appendZerosPrefix(dst []byte, cnt int) []byte {
	dst = append(dst, '0', '.')
	for ; cnt > 0; cnt-- {
		dst = append(dst, '0')
	}
	return dst
}

// formatMantissa renders a decimal mantissa as mp_format_mantissa does, appending to dst;
// bufStart is where the text after the sign begins (for trailing-zero stripping).
func formatMantissa(dst []byte, bufStart int, mantissa, mantissaCap uint64, numDigits, maxExpZeros, trailingZeros, dec, e, flags int, mask uint64) []byte {
	if mantissa != 0 && mantissa >= mantissaCap {
		if flags&modeF != 0 {
			numDigits++
			dec++
		} else {
			mantissa /= 10
			e++
		}
	}
	if flags&modeG != 0 && e != 0 {
		if e >= 0 {
			if e < maxExpZeros {
				dec += e
				if dec >= numDigits {
					trailingZeros = dec - (numDigits - 1)
				}
				e = 0
			}
		} else if e >= -4 {
			cnt := 0
			for e < 0 && mantissa%10 == 0 {
				mantissa /= 10
				cnt++
				e++
			}
			numDigits -= cnt
			dst = appendZerosPrefix(dst, cnt-e-1)
			dec = 255
			e = 0
		}
	}
	_ = mask

	// Digits, with the decimal point after digit index dec when it falls inside.
	dot := dec >= 255
	withDot := dec+1 < numDigits
	n := numDigits
	if withDot {
		n++
		dot = true
	}
	if numDigits < 0 {
		numDigits, n = 0, 0
	}
	pos := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, '0')
	}
	for digit := numDigits - 1; digit >= 0; digit-- {
		ofs := digit
		if withDot && digit > dec {
			ofs++
		}
		dst[pos+ofs] = byte('0' + mantissa%10)
		mantissa /= 10
	}
	if withDot {
		dst[pos+dec+1] = '.'
	}

	if trailingZeros > 0 {
		dec -= numDigits - 1
		for ; trailingZeros > 0; trailingZeros-- {
			if dec == 0 {
				dst = append(dst, '.')
				dot = true
			}
			dec--
			dst = append(dst, '0')
		}
	}
	if flags&modeG != 0 && dot {
		for len(dst) > bufStart && dst[len(dst)-1] == '0' {
			dst = dst[:len(dst)-1]
		}
		if len(dst) > bufStart && dst[len(dst)-1] == '.' {
			dst = dst[:len(dst)-1]
		}
	}

	if (e != 0 || flags&modeE != 0) && flags&modeF == 0 {
		dst = append(dst, 'E'|byte(flags&eCase))
		if e >= 0 {
			dst = append(dst, '+')
		} else {
			dst = append(dst, '-')
			e = -e
		}
		if e >= 100 {
			dst = append(dst, byte('0'+e/100%10))
		}
		dst = append(dst, byte('0'+(e/10)%10), byte('0'+e%10))
	}
	return dst
}

// exact64 is the double-precision EXACT build: intermediate values are binary128.
type exact64 struct{ f float64 }

func (x exact64) signbit() bool            { return math.Signbit(x.f) }
func (x exact64) isInf() bool              { return math.IsInf(x.f, 0) }
func (x exact64) isNaN() bool              { return math.IsNaN(x.f) }
func (x exact64) negate() floatArith       { return exact64{-x.f} }
func (x exact64) isZero() bool             { return x.f == 0 }
func (x exact64) isLess1() bool            { return x.f < 1 }
func (x exact64) exact() bool              { return true }
func (x exact64) uintMask() uint64         { return math.MaxUint64 }
func (x exact64) parseDiff([]byte) float64 { return 0 }

func (x exact64) expval() int {
	return int((math.Float64bits(x.f)>>52)&0x7ff) - 1023
}

func (x exact64) approxDecimalExp() int {
	return int(float64(x.expval()) * 0.3010299956639812)
}

func (x exact64) geDecimal(n int) bool { return x.f >= decimalPow64(n) }

func (x exact64) mantissa(mult uint64, decexp int) uint64 {
	return mult * q128DecimalExp(q128FromFloat64(x.f), decexp).addHalfTrunc()
}

func (x exact64) parseEqual(text []byte) bool {
	return parseFloat64(text) == x.f
}

// decimalPow64 returns (double)mp_decimal_exp(1.0, n), cached for the exponents doubles use.
func decimalPow64(n int) float64 {
	const lim = 400
	if n < -lim || n > lim {
		return q128DecimalExp(q128FromUint64(1), n).float64()
	}
	decimalPowOnce.Do(func() {
		for i := -lim; i <= lim; i++ {
			decimalPowTable[i+lim] = q128DecimalExp(q128FromUint64(1), i).float64()
		}
	})
	return decimalPowTable[n+lim]
}

var (
	decimalPowOnce  sync.Once
	decimalPowTable [801]float64
)

// parseDecimal reads an unsigned decimal as mp_parse_float_internal does, returning the
// integer mantissa (capped at mantissaMax, further digits only move the exponent) and the
// power of ten to apply.
func parseDecimal(text []byte, mantissaMax uint64) (mantissa uint64, exp int) {
	const (
		inIntg = iota
		inFrac
		inExp
	)
	in := inIntg
	expNeg := false
	expVal, expExtra := 0, 0
	zerosIntg, zerosFrac := 0, 0
	accept := func(dig uint64, where int) {
		if mantissa < mantissaMax {
			if where == inFrac {
				expExtra--
			}
			mantissa = 10*mantissa + dig
		} else if where == inIntg {
			expExtra++
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			dig := uint64(c - '0')
			if in == inExp {
				if expVal < (math.MaxInt32/2-9)/10 {
					expVal = 10*expVal + int(dig)
				}
			} else if dig == 0 || mantissa >= mantissaMax {
				if in == inIntg {
					zerosIntg++
				} else {
					zerosFrac++
				}
			} else {
				for ; zerosIntg > 0; zerosIntg-- {
					accept(0, inIntg)
				}
				for ; zerosFrac > 0; zerosFrac-- {
					accept(0, inFrac)
				}
				accept(dig, in)
			}
		case in == inIntg && c == '.':
			in = inFrac
		case in != inExp && c|0x20 == 'e':
			in = inExp
			if i+1 < len(text) {
				if text[i+1] == '+' {
					i++
				} else if text[i+1] == '-' {
					i++
					expNeg = true
				}
			}
			if i+1 >= len(text) {
				return mantissa, 0
			}
		case c == '_':
		default:
			i = len(text)
		}
	}
	if expNeg {
		expVal = -expVal
	}
	return mantissa, expVal + expExtra + zerosIntg
}

// parseFloat64 is mp_parse_float_internal for the double-precision EXACT build.
func parseFloat64(text []byte) float64 {
	m, exp := parseDecimal(text, 0x1999999999999998)
	return q128DecimalExp(q128FromUint64(m), exp).float64()
}

// approx32 is the single-precision APPROX build: all arithmetic in float32.
type approx32 struct{ f float32 }

func (x approx32) signbit() bool          { return math.Float32bits(x.f)>>31 != 0 }
func (x approx32) isInf() bool            { return math.IsInf(float64(x.f), 0) }
func (x approx32) isNaN() bool            { return x.f != x.f }
func (x approx32) negate() floatArith     { return approx32{-x.f} }
func (x approx32) isZero() bool           { return math.Float32bits(x.f) == 0 }
func (x approx32) isLess1() bool          { return math.Float32bits(x.f) < 0x3f800000 }
func (x approx32) exact() bool            { return false }
func (x approx32) uintMask() uint64       { return math.MaxUint32 }
func (x approx32) parseEqual([]byte) bool { return false }

func (x approx32) expval() int {
	return int((math.Float32bits(x.f)>>23)&0xff) - 127
}

func (x approx32) approxDecimalExp() int {
	return int(float32(x.expval()) * float32(0.3010299956639812))
}

func (x approx32) geDecimal(n int) bool { return x.f >= decimalExp32(1, n) }

func (x approx32) mantissa(mult uint64, decexp int) uint64 {
	m := decimalExp32(x.f, decexp)
	return (mult * float32ToUint32(float32(m+0.5))) & math.MaxUint32
}

func (x approx32) parseDiff(text []byte) float64 {
	m, exp := parseDecimal(text, 0x19999998)
	check := decimalExp32(float32(uint32(m)), exp)
	return float64(float32(check - x.f))
}

// float32ToUint32 converts as a C cast would for in-range values, without Go's
// implementation-specific behaviour for out-of-range ones.
func float32ToUint32(f float32) uint64 {
	if !(f >= 0) {
		return 0
	}
	if f >= 4294967296 {
		return math.MaxUint32
	}
	return uint64(uint32(f))
}

// decimalExp32 is mp_decimal_exp for the APPROX build with single-precision floats: the
// binary exponent field is moved by decExp (wrapping inside its 8-bit field, as the C
// bit-field does), then the value is scaled by powf(5, decExp). powf is taken as correctly
// rounded, which holds for the exact powers 5^0..5^10 and is assumed beyond (a board's libm
// may differ in the last bit for large exponents; unverified).
func decimalExp32(num float32, decExp int) float32 {
	if decExp == 0 || num == 0 {
		return num
	}
	bits := math.Float32bits(num)
	exp := (bits >> 23) & 0xff
	exp = uint32(int(exp)+decExp) & 0xff
	bits = bits&^(0xff<<23) | exp<<23
	res := math.Float32frombits(bits)
	if decExp < 0 && decExp >= -10 {
		return res / pow5f32(-decExp)
	}
	return res * pow5f32(decExp)
}

// pow5Lim bounds the cached powers of 5; float32 formatting never needs more than about 60.
const pow5Lim = 100

var (
	pow5Once  sync.Once
	pow5Table [2*pow5Lim + 1]float32
)

// pow5f32 returns 5^n correctly rounded to float32 (the assumed behaviour of powf).
func pow5f32(n int) float32 {
	if n < -pow5Lim || n > pow5Lim {
		return float32(math.Pow(5, float64(n)))
	}
	pow5Once.Do(func() {
		five := new(big.Int).SetInt64(5)
		for i := -pow5Lim; i <= pow5Lim; i++ {
			p := new(big.Int).Exp(five, big.NewInt(int64(max(i, -i))), nil)
			x := new(big.Float).SetPrec(400).SetInt(p)
			if i < 0 {
				x.Quo(new(big.Float).SetPrec(400).SetInt64(1), x)
			}
			pow5Table[i+pow5Lim], _ = x.Float32()
		}
	})
	return pow5Table[n+pow5Lim]
}
