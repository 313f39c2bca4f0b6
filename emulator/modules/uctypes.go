package modules

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// uctypes as MicroPython 1.27 (extmod/moductypes.c), over emulated memory: a board's uctypes
// reads and writes raw addresses; the emulator has no address space, so addressof(buf) gives
// each buffer a fake address in a per-device region (the same object always gets the same
// address, and addresses inside a buffer are its address plus the offset), and struct,
// bytearray_at and bytes_at resolve addresses against those buffers. Reading or writing an
// address no buffer covers raises ValueError (on a board it reads garbage or faults).
//
// Supported: struct(addr, descriptor[, layout]) with dict descriptors of scalar fields
// (UINT8..INT64, FLOAT32/64), bit fields, nested structs, arrays (of bytes: a bytearray that
// shares the memory, as tarfile uses them; of scalars or structs: indexable) and pointers;
// sizeof, addressof, bytearray_at, bytes_at; every constant of the module. A struct has no
// buffer protocol in the emulator beyond addressof.

// uctypes value types and aggregate kinds (moductypes.c's enums) and the field encoding.
const (
	uctUINT8 = iota
	uctINT8
	uctUINT16
	uctINT16
	uctUINT32
	uctINT32
	uctUINT64
	uctINT64
	uctBFUINT8
	uctBFINT8
	uctBFUINT16
	uctBFINT16
	uctBFUINT32
	uctBFINT32
	uctFLOAT32
	uctFLOAT64
)

const (
	uctStructAgg = 0
	uctPtrAgg    = 1
	uctArrayAgg  = 2

	uctLittle = 0
	uctBig    = 1
	uctNative = 2

	uctOffsetBits = 17
	uctLenBits    = uctOffsetBits + 5
)

// uctConst is TYPE2SMALLINT: the type in the top bits of a 31-bit signed value.
func uctConst(x, nbits int) int64 {
	return int64(int32(uint32(x)<<(32-nbits)) >> 1)
}

func uctGetType(v int64, nbits int) int { return int(v>>(31-nbits)) & (1<<nbits - 1) }

func uctValueMask(nbits int) int64 { return int64(^(int32(-0x80000000) >> nbits)) }

func uctScalarSize(t int) int {
	if t == uctFLOAT32 {
		return 4
	}
	return 1 << ((t & 7) >> 1)
}

// uctMemory is one device's emulated address space: the buffers addressof has seen.
type uctMemory struct {
	next    uint32
	regions []uctRegion // ascending addresses
	byObj   map[py.Object]int
}

type uctRegion struct {
	addr uint32
	buf  []byte
}

func newUctMemory(platform string) *uctMemory {
	base := uint32(0x3ffb2000) // ESP32 internal DRAM
	if platform == "rp2" {
		base = 0x20002000 // RP2040 SRAM
	}
	return &uctMemory{next: base, byObj: map[py.Object]int{}}
}

// addressOf gives a buffer object its address (the same one every time).
func (m *uctMemory) addressOf(o py.Object, b []byte) uint32 {
	if i, ok := m.byObj[o]; ok && len(m.regions[i].buf) == len(b) {
		m.regions[i].buf = b
		return m.regions[i].addr
	}
	addr := m.next
	m.regions = append(m.regions, uctRegion{addr: addr, buf: b})
	m.byObj[o] = len(m.regions) - 1
	m.next += (uint32(len(b)) + 16) &^ 7
	return addr
}

// slice returns the n bytes of memory at addr (sharing the buffer).
func (m *uctMemory) slice(addr uint64, n int) ([]byte, error) {
	lo, hi := 0, len(m.regions)
	for lo < hi {
		mid := (lo + hi) / 2
		if uint64(m.regions[mid].addr) <= addr {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo > 0 && n >= 0 {
		r := m.regions[lo-1]
		off := addr - uint64(r.addr)
		if off+uint64(n) <= uint64(len(r.buf)) {
			return r.buf[off : off+uint64(n) : off+uint64(n)], nil
		}
	}
	return nil, mpy.NewException(py.ValueError, py.String(fmt.Sprintf("uctypes: no emulated memory at 0x%x (%d bytes): only buffers passed to addressof() have addresses", addr, n)))
}

// uctStruct is a uctypes.struct object: a descriptor laid over memory.
type uctStruct struct {
	t      *py.Type
	mem    *uctMemory
	addr   uint64
	desc   py.Object
	layout int
}

// Type returns the device's uctypes.struct class.
func (s *uctStruct) Type() *py.Type { return s.t }

// M__repr__ is "<struct KIND addr>".
func (s *uctStruct) M__repr__() (py.Object, error) {
	kind := "ERROR"
	switch d := s.desc.(type) {
	case *mpy.Dict:
		kind = "STRUCT"
	case py.Tuple:
		kind = "unk"
		if len(d) > 0 {
			if v, ok := d[0].(py.Int); ok {
				switch uctGetType(int64(v), 2) {
				case uctPtrAgg:
					kind = "PTR"
				case uctArrayAgg:
					kind = "ARRAY"
				}
			}
		}
	}
	return py.String(fmt.Sprintf("<struct %s %x>", kind, s.addr)), nil
}

func uctSyntaxError() error {
	return mpy.NewException(py.TypeError, py.String("syntax error in uctypes descriptor"))
}

func uctInt(o py.Object) (int64, error) {
	switch v := o.(type) {
	case py.Int:
		return int64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, uctSyntaxError()
}

func (s *uctStruct) field(name string) (py.Object, error) {
	d, ok := s.desc.(*mpy.Dict)
	if !ok {
		return nil, mpy.NewException(py.TypeError, py.String("struct: no fields"))
	}
	v, found, err := d.Get(py.String(name))
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, mpy.NewException(py.KeyError, py.String(name))
	}
	return v, nil
}

// M__getattr__ reads a field.
func (s *uctStruct) M__getattr__(name string) (py.Object, error) {
	f, err := s.field(name)
	if err != nil {
		return nil, err
	}
	return s.access(f, nil)
}

// M__setattr__ writes a scalar field.
func (s *uctStruct) M__setattr__(name string, value py.Object) (py.Object, error) {
	f, err := s.field(name)
	if err != nil {
		return nil, err
	}
	_, err = s.access(f, value)
	return py.None, err
}

// access reads (value nil) or writes one field described by f.
func (s *uctStruct) access(f py.Object, value py.Object) (py.Object, error) {
	if iv, ok := f.(py.Int); ok {
		v := int64(iv)
		vt := uctGetType(v, 4)
		off := v & uctValueMask(4)
		if vt <= uctINT64 || vt == uctFLOAT32 || vt == uctFLOAT64 {
			return s.scalar(vt, s.addr+uint64(off), value)
		}
		bitOff := uint((off >> uctOffsetBits) & 31)
		bitLen := uint((off >> uctLenBits) & 31)
		off &= 1<<uctOffsetBits - 1
		size := uctScalarSize(vt & 7)
		b, err := s.mem.slice(s.addr+uint64(off), size)
		if err != nil {
			return nil, err
		}
		word := uctGetUint(b, s.layout == uctBig)
		mask := uint64(1)<<bitLen - 1
		if value == nil {
			return py.Int(int64((word >> bitOff) & mask)), nil
		}
		nv, err := intArg(value)
		if err != nil {
			return nil, err
		}
		word = word&^(mask<<bitOff) | (truncate(nv, 64).Uint64()&mask)<<bitOff
		uctPutUint(b, word, s.layout == uctBig)
		return value, nil
	}
	sub, ok := f.(py.Tuple)
	if !ok || len(sub) == 0 {
		return nil, uctSyntaxError()
	}
	if value != nil {
		return nil, uctSyntaxError()
	}
	v, err := uctInt(sub[0])
	if err != nil {
		return nil, err
	}
	agg := uctGetType(v, 2)
	off := uint64(v & uctValueMask(2))
	child := &uctStruct{t: s.t, mem: s.mem, addr: s.addr + off, desc: sub, layout: s.layout}
	switch agg {
	case uctStructAgg:
		if len(sub) != 2 {
			return nil, uctSyntaxError()
		}
		child.desc = sub[1]
		return child, nil
	case uctArrayAgg:
		if len(sub) == 2 {
			n, err := uctInt(sub[1])
			if err != nil {
				return nil, err
			}
			if uctGetType(n, 4) == uctUINT8 {
				size, err := uctDescSize(sub, s.layout, new(int))
				if err != nil {
					return nil, err
				}
				b, err := s.mem.slice(child.addr, size)
				if err != nil {
					return nil, err
				}
				return mpy.NewByteArray(b), nil
			}
		}
		return child, nil
	case uctPtrAgg:
		return child, nil
	}
	return nil, uctSyntaxError()
}

func uctGetUint(b []byte, bigEndian bool) uint64 {
	var v uint64
	for i := range b {
		j := i
		if !bigEndian {
			j = len(b) - 1 - i
		}
		v = v<<8 | uint64(b[j])
	}
	return v
}

func uctPutUint(b []byte, v uint64, bigEndian bool) {
	for i := range b {
		j := i
		if bigEndian {
			j = len(b) - 1 - i
		}
		b[j] = byte(v >> (8 * i))
	}
}

// scalar reads or writes one scalar of type vt at addr.
func (s *uctStruct) scalar(vt int, addr uint64, value py.Object) (py.Object, error) {
	size := uctScalarSize(vt)
	b, err := s.mem.slice(addr, size)
	if err != nil {
		return nil, err
	}
	be := s.layout == uctBig
	if value == nil {
		u := uctGetUint(b, be)
		switch vt {
		case uctFLOAT32:
			return py.Float(math.Float32frombits(uint32(u))), nil
		case uctFLOAT64:
			return py.Float(math.Float64frombits(u)), nil
		}
		if vt&1 == 1 { // signed
			shift := 64 - 8*uint(size)
			return py.Int(int64(u<<shift) >> shift), nil
		}
		if u > math.MaxInt64 {
			return (*py.BigInt)(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	}
	var u uint64
	switch vt {
	case uctFLOAT32, uctFLOAT64:
		fv, err := py.FloatAsFloat64(value)
		if err != nil {
			return nil, err
		}
		if vt == uctFLOAT32 {
			u = uint64(math.Float32bits(float32(fv)))
		} else {
			u = math.Float64bits(fv)
		}
	default:
		nv, err := intArg(value)
		if err != nil {
			return nil, err
		}
		u = truncate(nv, 64).Uint64()
	}
	uctPutUint(b, u, be)
	return value, nil
}

// M__getitem__ indexes an array or pointer struct.
func (s *uctStruct) M__getitem__(key py.Object) (py.Object, error) { return s.index(key, nil) }

// M__setitem__ stores into an array of scalars.
func (s *uctStruct) M__setitem__(key, value py.Object) (py.Object, error) {
	_, err := s.index(key, value)
	return py.None, err
}

func (s *uctStruct) index(key, value py.Object) (py.Object, error) {
	t, ok := s.desc.(py.Tuple)
	if !ok || len(t) < 2 {
		return nil, mpy.NewException(py.TypeError, py.String("struct: can't index"))
	}
	v, err := uctInt(t[0])
	if err != nil {
		return nil, err
	}
	i, err := ioInt(key)
	if err != nil {
		return nil, err
	}
	switch uctGetType(v, 2) {
	case uctArrayAgg:
		n, err := uctInt(t[1])
		if err != nil {
			return nil, err
		}
		vt := uctGetType(n, 4)
		if i < 0 || int64(i) >= n&uctValueMask(4) {
			return nil, mpy.NewException(py.IndexError, py.String("struct: index out of range"))
		}
		if len(t) == 2 {
			return s.scalar(vt, s.addr+uint64(uctScalarSize(vt)*i), value)
		}
		if value != nil {
			return nil, py.ExceptionNewf(py.TypeError, "'struct' object does not support item assignment")
		}
		size, err := uctDescSize(t[2], s.layout, new(int))
		if err != nil {
			return nil, err
		}
		return &uctStruct{t: s.t, mem: s.mem, addr: s.addr + uint64(size*i), desc: t[2], layout: s.layout}, nil
	case uctPtrAgg:
		pb, err := s.mem.slice(s.addr, 4)
		if err != nil {
			return nil, err
		}
		p := uint64(binary.LittleEndian.Uint32(pb))
		if n, ok := t[1].(py.Int); ok {
			vt := uctGetType(int64(n), 4)
			return s.scalar(vt, p+uint64(uctScalarSize(vt)*i), value)
		}
		size, err := uctDescSize(t[1], s.layout, new(int))
		if err != nil {
			return nil, err
		}
		return &uctStruct{t: s.t, mem: s.mem, addr: p + uint64(size*i), desc: t[1], layout: s.layout}, nil
	}
	return nil, mpy.NewException(py.TypeError, py.String("struct: can't index"))
}

// uctDescSize is uctypes_struct_size: the size of a descriptor (dict or aggregate tuple).
func uctDescSize(desc py.Object, layout int, maxField *int) (int, error) {
	switch d := desc.(type) {
	case py.Tuple:
		return uctAggSize(d, layout, maxField)
	case py.Int:
		return 0, mpy.NewException(py.TypeError, py.String("can't unambiguously get sizeof scalar"))
	case *mpy.Dict:
		total := 0
		for _, kv := range d.Items() {
			switch v := kv[1].(type) {
			case py.Int:
				off := int64(v)
				vt := uctGetType(off, 4)
				off &= uctValueMask(4)
				if vt >= uctBFUINT8 && vt <= uctBFINT32 {
					off &= 1<<uctOffsetBits - 1
				}
				s := uctScalarSize(vt)
				*maxField = max(*maxField, s)
				total = max(total, int(off)+s)
			case py.Tuple:
				if len(v) == 0 {
					return 0, uctSyntaxError()
				}
				o, err := uctInt(v[0])
				if err != nil {
					return 0, err
				}
				s, err := uctAggSize(v, layout, maxField)
				if err != nil {
					return 0, err
				}
				total = max(total, int(o&uctValueMask(2))+s)
			default:
				return 0, uctSyntaxError()
			}
		}
		if layout == uctNative && *maxField > 0 {
			total = (total + *maxField - 1) &^ (*maxField - 1)
		}
		return total, nil
	}
	return 0, uctSyntaxError()
}

func uctAggSize(t py.Tuple, layout int, maxField *int) (int, error) {
	if len(t) == 0 {
		return 0, uctSyntaxError()
	}
	v, err := uctInt(t[0])
	if err != nil {
		return 0, err
	}
	switch uctGetType(v, 2) {
	case uctStructAgg:
		if len(t) != 2 {
			return 0, uctSyntaxError()
		}
		return uctDescSize(t[1], layout, maxField)
	case uctPtrAgg:
		if len(t) != 2 {
			return 0, uctSyntaxError()
		}
		*maxField = max(*maxField, 4)
		return 4, nil
	case uctArrayAgg:
		if len(t) < 2 {
			return 0, uctSyntaxError()
		}
		n, err := uctInt(t[1])
		if err != nil {
			return 0, err
		}
		vt := uctGetType(n, 4)
		count := int(n & uctValueMask(4))
		var item int
		switch len(t) {
		case 2:
			item = uctScalarSize(vt)
			*maxField = max(*maxField, item)
		case 3:
			if item, err = uctDescSize(t[2], layout, maxField); err != nil {
				return 0, err
			}
		default:
			return 0, uctSyntaxError()
		}
		return item * count, nil
	}
	return 0, uctSyntaxError()
}

func init() {
	g := py.StringDict{
		"NATIVE": py.Int(uctNative), "LITTLE_ENDIAN": py.Int(uctLittle), "BIG_ENDIAN": py.Int(uctBig),
		"VOID":   py.Int(uctConst(uctUINT8, 4)),
		"BF_POS": py.Int(uctOffsetBits), "BF_LEN": py.Int(uctLenBits),
		"PTR": py.Int(uctConst(uctPtrAgg, 2)), "ARRAY": py.Int(uctConst(uctArrayAgg, 2)),
	}
	for name, t := range map[string]int{
		"UINT8": uctUINT8, "INT8": uctINT8, "UINT16": uctUINT16, "INT16": uctINT16,
		"UINT32": uctUINT32, "INT32": uctINT32, "UINT64": uctUINT64, "INT64": uctINT64,
		"BFUINT8": uctBFUINT8, "BFINT8": uctBFINT8, "BFUINT16": uctBFUINT16, "BFINT16": uctBFINT16,
		"BFUINT32": uctBFUINT32, "BFINT32": uctBFINT32, "FLOAT32": uctFLOAT32, "FLOAT64": uctFLOAT64,
		"SHORT": uctINT16, "USHORT": uctUINT16, "INT": uctINT32, "UINT": uctUINT32,
		"LONG": uctINT32, "ULONG": uctUINT32, "LONGLONG": uctINT64, "ULONGLONG": uctUINT64,
	} {
		g[name] = py.Int(uctConst(t, 4))
	}
	mpy.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "uctypes"}, Globals: g})
	mpy.RegisterModuleSetup("uctypes", setupUctypes)
}

func setupUctypes(it *mpy.Interp, m *py.Module) {
	mem := newUctMemory(it.Platform())
	st, err := mpy.NewRuntimeType("struct", nil, func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKeywords(kw); err != nil {
			return nil, err
		}
		if err := argCount(args, 2, 3); err != nil {
			return nil, err
		}
		addr, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		s := &uctStruct{t: t, mem: mem, addr: truncate(addr, 32).Uint64(), desc: args[1], layout: uctNative}
		if len(args) == 3 {
			if s.layout, err = ioInt(args[2]); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	if err != nil {
		panic("modules: uctypes: " + err.Error())
	}
	m.Globals["struct"] = st
	fn := func(name string, min, max int, f func(args py.Tuple) (py.Object, error)) {
		m.Globals[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := argCount(args, min, max); err != nil {
				return nil, err
			}
			return f(args)
		}, 0, "")
	}
	fn("addressof", 1, 1, func(args py.Tuple) (py.Object, error) {
		if s, ok := args[0].(*uctStruct); ok {
			return py.Int(int64(s.addr)), nil
		}
		b, ok := mpy.BufferOf(args[0])
		if !ok {
			return nil, errBufferRequired()
		}
		return py.Int(int64(mem.addressOf(args[0], b))), nil
	})
	at := func(args py.Tuple) ([]byte, error) {
		addr, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		n, err := intArg(args[1])
		if err != nil {
			return nil, err
		}
		size := int(truncate(n, 32).Int64())
		if size > maxAlloc {
			return nil, errNoMemory(size)
		}
		return mem.slice(truncate(addr, 32).Uint64(), size)
	}
	fn("bytearray_at", 2, 2, func(args py.Tuple) (py.Object, error) {
		b, err := at(args)
		if err != nil {
			return nil, err
		}
		return mpy.NewByteArray(b), nil
	})
	fn("bytes_at", 2, 2, func(args py.Tuple) (py.Object, error) {
		b, err := at(args)
		if err != nil {
			return nil, err
		}
		return mpy.NewBytes(append([]byte(nil), b...)), nil
	})
	fn("sizeof", 1, 2, func(args py.Tuple) (py.Object, error) {
		if ba, ok := args[0].(*mpy.ByteArray); ok {
			return py.Int(len(ba.Value())), nil
		}
		layout := uctNative
		desc := args[0]
		if s, ok := args[0].(*uctStruct); ok {
			if len(args) != 1 {
				return nil, mpy.NewException(py.TypeError)
			}
			desc, layout = s.desc, s.layout
		} else if len(args) == 2 {
			v, err := ioInt(args[1])
			if err != nil {
				return nil, err
			}
			layout = v
		}
		n, err := uctDescSize(desc, layout, new(int))
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
}
