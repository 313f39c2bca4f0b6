package modules

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// struct as MicroPython 1.27 (py/modstruct.c, py/binary.c) behaves on a 32-bit little-endian
// board (ESP32, RP2; the webassembly reference has the same sizes):
//
//   - byte orders '@' (native: sizes and alignment of the board's C types, aligned relative to
//     the start of the packed data), '<', '>' and '!'; '=' is accepted as an order but every
//     typecode after it is a "bad typecode" (MicroPython's binary.c has no case for it).
//   - typecodes b B h H i I l L q Q e f d P (and O S in calcsize), s (count = length), x
//     (count = pad bytes); no '?', 'c', 'n', 'N', no whitespace.
//   - integers are stored modulo 2**bits (no range check); floats are converted to the type;
//     pack with fewer values than the format leaves zeros, extra values are ignored; unpack
//     accepts a buffer longer than needed (it is unpack_from); offsets may be negative.
//
// 'O' and 'S' hold raw object and string pointers on a board; pack and unpack refuse them here.

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "struct"},
		Methods: []*py.Method{
			py.MustNewMethod("calcsize", structCalcsize, 0, ""),
			py.MustNewMethod("pack", structPack, 0, ""),
			py.MustNewMethod("pack_into", structPackInto, 0, ""),
			py.MustNewMethod("unpack", structUnpack, 0, ""),
			py.MustNewMethod("unpack_from", structUnpack, 0, ""),
		},
	})
}

// structMaxSize bounds a packed size (no board heap is larger).
const structMaxSize = 16 << 20

// structItem is one format element: a typecode and its count.
type structItem struct {
	code  byte
	count int
}

// structFormat is a parsed format string.
type structFormat struct {
	order byte // '@', '<', '>' or '='
	items []structItem
	size  int // calcsize
	n     int // number of values
}

func structBadTypecode() error {
	return mpy.NewException(py.ValueError, py.String("bad typecode"))
}

// structCodeSize is mp_binary_get_size: a typecode's size and alignment in an order.
func structCodeSize(order, code byte) (size, align int, err error) {
	switch code {
	case 'b', 'B':
		size = 1
	case 'h', 'H', 'e':
		size = 2
	case 'i', 'I', 'l', 'L', 'f', 'P', 'O', 'S':
		size = 4
	case 'q', 'Q', 'd':
		size = 8
	}
	if order == '=' {
		size = 0
	}
	if size == 0 {
		return 0, 0, structBadTypecode()
	}
	align = 1
	if order == '@' {
		align = size
	}
	return size, align, nil
}

func alignUp(n, a int) int { return (n + a - 1) &^ (a - 1) }

func parseStructFormat(o py.Object) (*structFormat, error) {
	s, err := strArg(o)
	if err != nil {
		return nil, err
	}
	f := &structFormat{order: '@'}
	if len(s) > 0 {
		switch s[0] {
		case '!':
			f.order = '>'
			s = s[1:]
		case '@', '=', '<', '>':
			f.order = s[0]
			s = s[1:]
		}
	}
	for i := 0; i < len(s); i++ {
		count := 1
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			count = 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				count = count*10 + int(s[j]-'0')
				if count > structMaxSize {
					return nil, mpy.NewException(py.MemoryError, py.String("memory allocation failed, allocating "+s[i:j+1]+" bytes"))
				}
				j++
			}
			i = j
			if i == len(s) {
				return nil, structBadTypecode()
			}
		}
		code := s[i]
		switch code {
		case 'x':
			f.size += count
		case 's':
			f.n++
			f.size += count
		default:
			size, align, err := structCodeSize(f.order, code)
			if err != nil {
				return nil, err
			}
			f.n += count
			for k := 0; k < count; k++ {
				f.size = alignUp(f.size, align) + size
			}
		}
		if f.size > structMaxSize {
			return nil, mpy.NewException(py.MemoryError, py.String("memory allocation failed, allocating "+itoaInt(f.size)+" bytes"))
		}
		f.items = append(f.items, structItem{code: code, count: count})
	}
	return f, nil
}

func itoaInt(n int) string { return big.NewInt(int64(n)).String() }

func structCalcsize(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 1); err != nil {
		return nil, err
	}
	f, err := parseStructFormat(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(f.size), nil
}

// floatArg is mp_obj_get_float.
func floatArg(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		return f, nil
	}
	return 0, mpy.NewException(py.TypeError, py.String("can't convert "+o.Type().Name+" to float"))
}

// putValue stores one value of a typecode at p (size bytes) in the given byte order.
func putValue(p []byte, order, code byte, v py.Object) error {
	bigEndian := order == '>'
	var bits uint64
	switch code {
	case 'O', 'S':
		return py.ExceptionNewf(py.NotImplementedError, "struct typecode '%c' (a raw pointer) is not emulated", code)
	case 'e', 'f', 'd':
		f, err := floatArg(v)
		if err != nil {
			return err
		}
		switch code {
		case 'e':
			bits = uint64(encodeHalf(float32(f)))
		case 'f':
			bits = uint64(math.Float32bits(float32(f)))
		default:
			bits = math.Float64bits(f)
		}
	default:
		n, err := intArg(v)
		if err != nil {
			return err
		}
		bits = truncate(n, 64).Uint64()
	}
	for i := 0; i < len(p); i++ {
		b := byte(bits >> (8 * uint(i)))
		if bigEndian {
			p[len(p)-1-i] = b
		} else {
			p[i] = b
		}
	}
	return nil
}

// getValue reads one value of a typecode from p.
func getValue(p []byte, order, code byte) (py.Object, error) {
	var u uint64
	for i := 0; i < len(p); i++ {
		var b byte
		if order == '>' {
			b = p[i]
		} else {
			b = p[len(p)-1-i]
		}
		u = u<<8 | uint64(b)
	}
	switch code {
	case 'O', 'S':
		return nil, py.ExceptionNewf(py.NotImplementedError, "struct typecode '%c' (a raw pointer) is not emulated", code)
	case 'e':
		return py.Float(float64(decodeHalf(uint16(u)))), nil
	case 'f':
		return py.Float(float64(math.Float32frombits(uint32(u)))), nil
	case 'd':
		return py.Float(math.Float64frombits(u)), nil
	}
	if code > 'Z' { // signed
		shift := 64 - 8*uint(len(p))
		return intObject(int64(u<<shift) >> shift), nil
	}
	if u > math.MaxInt64 {
		return (*py.BigInt)(new(big.Int).SetUint64(u)), nil
	}
	return py.Int(int64(u)), nil
}

// encodeHalf is MicroPython's software float-to-half conversion, quirks included.
func encodeHalf(x float32) uint16 {
	i := math.Float32bits(x)
	m := uint16(i>>13) & 0x3ff
	if i&(1<<12) != 0 {
		m++
	}
	e := int(i>>23) & 0xff
	if e == 0xff {
		e = 0x1f
	} else if e != 0 {
		e -= 127 - 15
		if e < 0 {
			if e >= -11 {
				m = (m | 0x400) >> uint(-e)
				if m&1 != 0 {
					m = (m >> 1) + 1
				} else {
					m >>= 1
				}
			} else {
				m = 0
			}
			e = 0
		} else if e > 0x3f {
			e = 0x1f
			m = 0
		}
	}
	return uint16((i>>16)&0x8000) | uint16(e<<10) | m
}

// decodeHalf is MicroPython's half-to-float conversion.
func decodeHalf(hf uint16) float32 {
	m := uint32(hf & 0x3ff)
	e := int((hf >> 10) & 0x1f)
	if e == 0x1f {
		e = 0xff
	} else if e != 0 {
		e += 127 - 15
	} else if m != 0 {
		e = 127 - 15
		for m&0x400 == 0 {
			m <<= 1
			e--
		}
		m -= 0x400
		e++
	}
	return math.Float32frombits(uint32(hf&0x8000)<<16 | uint32(e)<<23 | m<<13)
}

// packInto is struct_pack_into_internal: p has room for the whole format.
func (f *structFormat) packInto(p []byte, vals []py.Object) error {
	pos, i := 0, 0
	for _, it := range f.items {
		if i >= len(vals) {
			break
		}
		switch it.code {
		case 'x':
			for k := 0; k < it.count; k++ {
				p[pos+k] = 0
			}
			pos += it.count
		case 's':
			b, err := bufferArg(vals[i])
			if err != nil {
				return err
			}
			i++
			n := copy(p[pos:pos+it.count], b)
			for k := n; k < it.count; k++ {
				p[pos+k] = 0
			}
			pos += it.count
		default:
			size, align, err := structCodeSize(f.order, it.code)
			if err != nil {
				return err
			}
			order := f.order
			if order == '@' {
				order = '<'
			}
			for k := 0; k < it.count && i < len(vals); k++ {
				pos = alignUp(pos, align)
				if err := putValue(p[pos:pos+size], order, it.code, vals[i]); err != nil {
					return err
				}
				i++
				pos += size
			}
		}
	}
	return nil
}

func structPack(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if len(args) < 1 {
		return nil, argCount(args, 1, math.MaxInt32)
	}
	f, err := parseStructFormat(args[0])
	if err != nil {
		return nil, err
	}
	out := make([]byte, f.size)
	if err := f.packInto(out, args[1:]); err != nil {
		return nil, err
	}
	return mpy.NewBytes(out), nil
}

func structBufferTooSmall() error {
	return mpy.NewException(py.ValueError, py.String("buffer too small"))
}

// offsetArg is an offset argument: an int (mp_obj_get_int), negative from the end.
func offsetArg(o py.Object, n int) (int, error) {
	v, err := intArg(o)
	if err != nil {
		return 0, err
	}
	if !v.IsInt64() {
		return 0, structBufferTooSmall()
	}
	off := v.Int64()
	if off < 0 {
		off += int64(n)
		if off < 0 {
			return 0, structBufferTooSmall()
		}
	}
	if off > int64(n) {
		return 0, structBufferTooSmall()
	}
	return int(off), nil
}

func structPackInto(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if len(args) < 3 {
		return nil, argCount(args, 3, math.MaxInt32)
	}
	var buf []byte
	switch x := args[1].(type) {
	case *mpy.Bytes, py.String:
		return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
	case *mpy.MemoryView:
		b, _ := mpy.BufferOf(x)
		buf = b
	default:
		b, ok := mpy.BufferOf(x)
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
		}
		buf = b
	}
	off, err := offsetArg(args[2], len(buf))
	if err != nil {
		return nil, err
	}
	f, err := parseStructFormat(args[0])
	if err != nil {
		return nil, err
	}
	if off+f.size > len(buf) {
		return nil, structBufferTooSmall()
	}
	tmp := make([]byte, f.size)
	copy(tmp, buf[off:off+f.size])
	if err := f.packInto(tmp, args[3:]); err != nil {
		return nil, err
	}
	if mv, ok := args[1].(*mpy.MemoryView); ok {
		// through memoryview's own item assignment, so a read-only view refuses the write
		slice := &py.Slice{Start: py.Int(off), Stop: py.Int(off + f.size), Step: py.None}
		if err := mpy.SetItem(mv, slice, mpy.NewBytes(tmp)); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	copy(buf[off:], tmp)
	return py.None, nil
}

func structUnpack(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 2, 3); err != nil {
		return nil, err
	}
	f, err := parseStructFormat(args[0])
	if err != nil {
		return nil, err
	}
	buf, err := bufferArg(args[1])
	if err != nil {
		return nil, err
	}
	off := 0
	if len(args) == 3 {
		if off, err = offsetArg(args[2], len(buf)); err != nil {
			return nil, err
		}
	}
	p := buf[off:]
	if f.size > len(p) {
		return nil, structBufferTooSmall()
	}
	res := make(py.Tuple, 0, f.n)
	pos := 0
	for _, it := range f.items {
		if len(res) >= f.n {
			break
		}
		switch it.code {
		case 'x':
			pos += it.count
		case 's':
			res = append(res, mpy.NewBytes(append([]byte(nil), p[pos:pos+it.count]...)))
			pos += it.count
		default:
			size, align, err := structCodeSize(f.order, it.code)
			if err != nil {
				return nil, err
			}
			order := f.order
			if order == '@' {
				order = '<'
			}
			for k := 0; k < it.count; k++ {
				pos = alignUp(pos, align)
				v, err := getValue(p[pos:pos+size], order, it.code)
				if err != nil {
					return nil, err
				}
				res = append(res, v)
				pos += size
			}
		}
	}
	return res, nil
}

// intObject makes an int object; math.MinInt64 is kept as a big int (the language layer's
// small-int printing does not handle it).
func intObject(v int64) py.Object {
	if v == math.MinInt64 {
		return (*py.BigInt)(big.NewInt(v))
	}
	return py.Int(v)
}
