package mpfmt

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

// Flags of MicroPython's printer (py/mpprint.h); the grouping character sits above them.
const (
	flagLeftAdjust   = 0x001
	flagShowSign     = 0x002
	flagSpaceSign    = 0x004
	flagShowPrefix   = 0x008
	flagPadAfterSign = 0x010
	flagCenterAdjust = 0x020
	flagAddPercent   = 0x040
	flagOctalLetter  = 0x080
	flagSepPos       = 9
)

// padCommon is mpprint.c's shared padding text: zeros, then windows that repeat the
// grouping separator every 4 ('_' in hex, octal, binary) or 3 (',' in decimal) characters.
const padCommon = "0000000000000000_000,00"

// printer accumulates output under a size limit.
type printer struct {
	buf   []byte
	limit int
}

func (p *printer) grow(n int) error {
	if n < 0 || n > p.limit-len(p.buf) {
		return &Error{Type: "MemoryError", Msg: fmt.Sprintf("memory allocation failed, allocating %d bytes", max(n, 0)+len(p.buf))}
	}
	return nil
}

func (p *printer) writeString(s string) error {
	if err := p.grow(len(s)); err != nil {
		return err
	}
	p.buf = append(p.buf, s...)
	return nil
}

func (p *printer) writeByte(c byte) error {
	if err := p.grow(1); err != nil {
		return err
	}
	p.buf = append(p.buf, c)
	return nil
}

// padding appends n characters of the pad window, in chunks of at most size characters
// each starting at the window's start, as mp_print_strn does.
func (p *printer) padding(window string, size, n int) error {
	if n <= 0 {
		return nil
	}
	if err := p.grow(n); err != nil {
		return err
	}
	for n > 0 {
		c := min(n, size)
		p.buf = append(p.buf, window[:c]...)
		n -= c
	}
	return nil
}

// strn is mp_print_strn: str padded to width with fill, aligned by flags; zero padding
// carries the grouping separator from flags.
func (p *printer) strn(str string, flags int, fill byte, width int) error {
	pad := width - len(str)
	grouping := byte(flags >> flagSepPos)
	var window string
	var size int
	switch {
	case fill == 0 || fill == ' ':
		window, size = "                ", 16
	case fill == '0' && grouping == 0:
		window, size = padCommon[:16], 16
	case fill == '0':
		off := 17
		size = 4
		if grouping == '_' {
			off, size = 12, 5
		}
		if width%size == 0 {
			pad++
			width++
		}
		off += size - 1 - width%size
		if off < 0 {
			off = 0 // only reachable with a negative width, which never pads
		}
		window = padCommon[off:min(off+size, len(padCommon))]
		size = len(window)
	default:
		window, size = string([]byte{fill}), 1
	}
	left, right := 0, 0
	switch {
	case flags&flagCenterAdjust != 0:
		left = pad / 2
		right = pad - left
	case flags&flagLeftAdjust != 0:
		right = pad
	default:
		left = pad
	}
	if err := p.padding(window, size, left); err != nil {
		return err
	}
	if err := p.writeString(str); err != nil {
		return err
	}
	return p.padding(window, size, right)
}

// intFormatted is mp_obj_int_formatted: the digits of v in base, grouped by comma every 3
// (decimal) or 4 digits, preceded by prefix and then by '-' when negative.
func intFormatted(v intVal, base int, prefix string, baseChar byte, comma byte) string {
	var digits []byte
	var tmp [72]byte
	if v.big != nil {
		digits = new(big.Int).Abs(v.big).Append(tmp[:0], base)
	} else {
		u := uint64(v.small)
		if v.small < 0 {
			u = -u
		}
		digits = strconv.AppendUint(tmp[:0], u, base)
	}
	if baseChar == 'A' {
		for i, c := range digits {
			if c >= 'a' && c <= 'z' {
				digits[i] = c - 'a' + 'A'
			}
		}
	}
	group := 4
	if base == 10 {
		group = 3
	}
	out := make([]byte, 0, len(digits)+len(digits)/group+len(prefix)+1)
	if v.sign() < 0 {
		out = append(out, '-')
	}
	out = append(out, prefix...)
	for i, c := range digits {
		if comma != 0 && i > 0 && (len(digits)-i)%group == 0 {
			out = append(out, comma)
		}
		out = append(out, c)
	}
	return string(out)
}

// mpInt is mp_print_mp_int: an int in base with sign, prefix, width, zero padding and, for
// the % operator, a precision that zero-pads the digits.
func (p *printer) mpInt(v intVal, base int, baseChar byte, flags int, fill byte, width, prec int) error {
	if flags&(flagLeftAdjust|flagCenterAdjust) == 0 && fill == '0' {
		if prec > width {
			width = prec
		}
		prec = 0
	}
	prefix := make([]byte, 0, 4)
	if v.sign() >= 0 {
		if flags&flagShowSign != 0 {
			prefix = append(prefix, '+')
		} else if flags&flagSpaceSign != 0 {
			prefix = append(prefix, ' ')
		}
	}
	if flags&flagShowPrefix != 0 {
		switch base {
		case 2:
			prefix = append(prefix, '0', baseChar+'b'-'a')
		case 8:
			prefix = append(prefix, '0')
			if flags&flagOctalLetter != 0 {
				prefix = append(prefix, baseChar+'o'-'a')
			}
		case 16:
			prefix = append(prefix, '0', baseChar+'x'-'a')
		}
	}
	comma := byte(flags >> flagSepPos)
	if prec > 1 {
		flags |= flagPadAfterSign
	}
	var sign byte
	var str string
	if flags&flagPadAfterSign != 0 {
		str = intFormatted(v, base, "", baseChar, comma)
		if str[0] == '-' {
			sign = '-'
			str = str[1:]
		}
	} else {
		str = intFormatted(v, base, string(prefix), baseChar, comma)
	}
	before, after := 0, 0
	if prec > 1 {
		precWidth := max(len(str), prec)
		if flags&flagPadAfterSign != 0 {
			if sign != 0 {
				precWidth++
			}
			precWidth += len(prefix)
		}
		if precWidth < width {
			if flags&flagLeftAdjust != 0 {
				after = width - precWidth
			} else {
				before = width - precWidth
			}
		}
		fill = '0'
		flags &^= flagLeftAdjust
	}
	if err := p.strn("", 0, ' ', before); err != nil {
		return err
	}
	if flags&flagPadAfterSign != 0 {
		if sign != 0 {
			if err := p.writeByte(sign); err != nil {
				return err
			}
			width--
		}
		if len(prefix) > 0 {
			if err := p.writeString(string(prefix)); err != nil {
				return err
			}
			width -= len(prefix)
		}
	}
	if prec > 1 {
		width = prec
	}
	if err := p.strn(str, flags, fill, width); err != nil {
		return err
	}
	return p.strn("", 0, ' ', after)
}

// float is mp_print_float (without the repr-only ".0" rule): f in format verb with
// precision prec, then sign-aware padding.
func (p *printer) float(f float64, verb byte, flags int, fill byte, width, prec int, single bool) error {
	var sign byte
	if flags&flagShowSign != 0 {
		sign = '+'
	} else if flags&flagSpaceSign != 0 {
		sign = ' '
	}
	var tmp [48]byte
	buf := appendFormatFloat(tmp[:0], f, verb, prec, sign, printFloatBufSize, single)
	if flags&flagAddPercent != 0 {
		buf = append(buf, '%')
	}
	s := buf
	if flags&flagPadAfterSign != 0 && len(buf) > 0 && buf[0] < '0' {
		if err := p.writeByte(buf[0]); err != nil {
			return err
		}
		width--
		s = buf[1:]
	}
	return p.strn(string(s), flags, fill, width)
}

// getInt is mp_obj_get_int: bool and int values that fit a 32-bit machine word, and objects
// with an int conversion; anything else is MicroPython's TypeError.
func (f *Formatter) getInt(v Value) (int32, error) {
	iv, err := f.toIntVal(v)
	if err != nil {
		return 0, err
	}
	return iv.machineWord()
}

// toIntVal returns v as an int for the printer: ints and bools as they are, other objects
// through their int conversion (mp_obj_get_int, checked to a machine word).
func (f *Formatter) toIntVal(v Value) (intVal, error) {
	h := f.Host
	switch h.Kind(v) {
	case KindInt, KindBool:
		s, b := h.Int(v)
		return intVal{small: s, big: b}, nil
	case KindOther:
		if c, ok := h.(Converter); ok {
			s, b, ok, err := c.IntOf(v)
			if err != nil {
				return intVal{}, err
			}
			if ok {
				w, err := intVal{small: s, big: b}.machineWord()
				return intVal{small: int64(w)}, err
			}
		}
	}
	return intVal{}, typeErr("can't convert %s to int", h.TypeName(v))
}

// getFloat is mp_obj_get_float.
func (f *Formatter) getFloat(v Value) (float64, error) {
	h := f.Host
	switch h.Kind(v) {
	case KindFloat:
		return h.Float(v), nil
	case KindInt, KindBool:
		s, b := h.Int(v)
		return intVal{small: s, big: b}.float(f.Single), nil
	case KindOther:
		if c, ok := h.(Converter); ok {
			x, ok, err := c.FloatOf(v)
			if err != nil {
				return 0, err
			}
			if ok {
				return x, nil
			}
		}
	}
	return 0, typeErr("can't convert %s to float", h.TypeName(v))
}

// intFromFloat is mp_obj_new_int_from_float (the truncation '%d' applies to floats).
func intFromFloat(x float64) (intVal, error) {
	switch {
	case math.IsInf(x, 0):
		return intVal{}, &Error{Type: "OverflowError", Msg: "can't convert inf to int"}
	case math.IsNaN(x):
		return intVal{}, valueErr("can't convert NaN to int")
	case math.Abs(x) < 1<<62:
		return intVal{small: int64(x)}, nil
	}
	b, _ := big.NewFloat(x).Int(nil)
	return intVal{big: b}, nil
}
