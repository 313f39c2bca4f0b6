package mpy

import (
	"encoding/hex"
	"strings"

	"github.com/go-python/gpython/py"
)

// Bytes is MicroPython's immutable bytes. gpython's own py.Bytes lacks indexing, len,
// iteration and most methods; compiled constants are converted to *Bytes (compile.go) so device
// code only ever sees this type.
type Bytes struct{ b []byte }

// ByteArray is MicroPython's bytearray.
type ByteArray struct{ b []byte }

// MemoryView is a view on a bytes, bytearray or another memoryview's range.
type MemoryView struct {
	src      py.Object // *Bytes or *ByteArray
	off, len int
	readonly bool
}

// The types.
var (
	BytesType      = defType(py.NewTypeX("bytes", "", bytesNew, nil))
	ByteArrayType  = defType(py.NewTypeX("bytearray", "", byteArrayNew, nil))
	MemoryViewType = defType(py.NewTypeX("memoryview", "", memoryViewNew, nil))
)

// NewBytes wraps b (not copied) as a bytes object.
func NewBytes(b []byte) *Bytes { return &Bytes{b: b} }

// NewByteArray wraps b (not copied) as a bytearray.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Type returns BytesType.
func (b *Bytes) Type() *py.Type { return BytesType }

// Value returns the contents (do not modify).
func (b *Bytes) Value() []byte { return b.b }

// Type returns ByteArrayType.
func (b *ByteArray) Type() *py.Type { return ByteArrayType }

// Value returns the live contents.
func (b *ByteArray) Value() []byte { return b.b }

// Type returns MemoryViewType.
func (m *MemoryView) Type() *py.Type { return MemoryViewType }

func (m *MemoryView) backing() []byte {
	switch s := m.src.(type) {
	case *Bytes:
		return s.b
	case *ByteArray:
		return s.b
	}
	return nil
}

// bytes returns the viewed bytes (shared with the source).
func (m *MemoryView) bytes() []byte {
	b := m.backing()
	end := m.off + m.len
	if end > len(b) {
		end = len(b)
	}
	if m.off > end {
		return nil
	}
	return b[m.off:end]
}

// bufferOf returns the bytes of a bytes-like object (the buffer protocol).
func bufferOf(o py.Object) ([]byte, bool) {
	switch x := o.(type) {
	case *Bytes:
		return x.b, true
	case *ByteArray:
		return x.b, true
	case *MemoryView:
		return x.bytes(), true
	case py.Bytes:
		return x, true
	case *Instance:
		if x.base != nil {
			return bufferOf(x.base)
		}
	}
	return nil, false
}

// BufferOf is bufferOf for device modules.
func BufferOf(o py.Object) ([]byte, bool) { return bufferOf(o) }

// bytesFromArg implements bytes(x) / bytearray(x) construction.
func bytesFromArg(args py.Tuple, what string) ([]byte, error) {
	if len(args) == 0 {
		return nil, nil
	}
	switch x := args[0].(type) {
	case py.String:
		if len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		return []byte(string(x)), nil
	case py.Int:
		if x < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		if err := chargeAlloc(int(x)); err != nil {
			return nil, err
		}
		return make([]byte, int(x)), nil
	case py.Bool:
		return make([]byte, int(boolInt(x))), nil
	}
	if b, ok := bufferOf(args[0]); ok {
		return append([]byte(nil), b...), nil
	}
	items, err := Collect(args[0])
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, ok := it.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(it))
		}
		if n < 0 || n > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "bytes value out of range")
		}
		out[i] = byte(n)
	}
	return out, nil
}

func bytesNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b, err := bytesFromArg(args, "bytes")
	if err != nil {
		return nil, err
	}
	return &Bytes{b: b}, nil
}

func byteArrayNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	b, err := bytesFromArg(args, "bytearray")
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

func memoryViewNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes 1 positional arguments but %d were given", len(args))
	}
	switch x := args[0].(type) {
	case py.String: // str has the buffer protocol on MicroPython
		b := &Bytes{b: []byte(string(x))}
		return &MemoryView{src: b, len: len(b.b), readonly: true}, nil
	case *Bytes:
		return &MemoryView{src: x, len: len(x.b), readonly: true}, nil
	case *ByteArray:
		return &MemoryView{src: x, len: len(x.b)}, nil
	case *MemoryView:
		c := *x
		return &c, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
}

// M__len__ and friends serve gpython's own paths.

// M__len__ is len(b).
func (b *Bytes) M__len__() (py.Object, error) { return py.Int(len(b.b)), nil }

// M__len__ is len(b).
func (b *ByteArray) M__len__() (py.Object, error) { return py.Int(len(b.b)), nil }

// M__len__ is len(m).
func (m *MemoryView) M__len__() (py.Object, error) { return py.Int(len(m.bytes())), nil }

// M__iter__ iterates the ints.
func (b *Bytes) M__iter__() (py.Object, error) { return &bytesIter{b: b.b}, nil }

// M__iter__ iterates the ints.
func (b *ByteArray) M__iter__() (py.Object, error) { return &bytesIter{ba: b}, nil }

// M__iter__ iterates the ints.
func (m *MemoryView) M__iter__() (py.Object, error) { return &bytesIter{b: m.bytes()}, nil }

// M__getitem__ is b[i] or b[slice].
func (b *Bytes) M__getitem__(key py.Object) (py.Object, error) { return GetItem(b, key) }

// M__getitem__ is b[i] or b[slice].
func (b *ByteArray) M__getitem__(key py.Object) (py.Object, error) { return GetItem(b, key) }

// M__setitem__ is b[i] = v.
func (b *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, SetItem(b, key, value)
}

// decodeUTF8 is bytes.decode(): MicroPython checks UTF-8 validity and raises UnicodeError.
func decodeUTF8(b []byte) (py.Object, error) {
	if !validUTF8(b) {
		return nil, NewException(UnicodeErrorType)
	}
	return py.String(string(b)), nil
}

func installBytes() {
	for _, t := range []*py.Type{BytesType, ByteArrayType} {
		t.Dict["decode"] = py.MustNewMethod("decode", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			b, _ := bufferOf(self)
			return decodeUTF8(b)
		}, 0, "")
		t.Dict["hex"] = py.MustNewMethod("hex", bytesHex, 0, "")
		t.Dict["fromhex"] = py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := nargs("fromhex", args, 1, 1); err != nil {
				return nil, err
			}
			s, ok := args[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", typeName(args[0]))
			}
			clean := strings.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
					return -1
				}
				return r
			}, string(s))
			b, err := hex.DecodeString(clean)
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "non-hex digit")
			}
			if self == ByteArrayType {
				return &ByteArray{b: b}, nil
			}
			return &Bytes{b: b}, nil
		}, py.METH_CLASS, "")
	}
	MemoryViewType.Dict["hex"] = py.MustNewMethod("hex", bytesHex, 0, "")
	ByteArrayType.Dict["append"] = py.MustNewMethod("append", func(self, v py.Object) (py.Object, error) {
		ba := self.(*ByteArray)
		n, ok := v.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(v))
		}
		ba.b = append(ba.b, byte(n)) // stored modulo 256, as MicroPython does
		return py.None, nil
	}, 0, "")
	ByteArrayType.Dict["extend"] = py.MustNewMethod("extend", func(self, v py.Object) (py.Object, error) {
		ba := self.(*ByteArray)
		if str, ok := v.(py.String); ok { // str has the buffer protocol
			v = &Bytes{b: []byte(string(str))}
		}
		if b, ok := bufferOf(v); ok {
			if err := chargeAlloc(len(b)); err != nil {
				return nil, err
			}
			ba.b = append(ba.b, b...)
			return py.None, nil
		}
		add, err := bytesFromArg(py.Tuple{v}, "bytearray")
		if err != nil {
			return nil, err
		}
		ba.b = append(ba.b, add...)
		return py.None, nil
	}, 0, "")
}

func bytesHex(self py.Object, args py.Tuple) (py.Object, error) {
	b, _ := bufferOf(self)
	if len(args) == 0 {
		return py.String(hex.EncodeToString(b)), nil
	}
	sep, ok := args[0].(py.String)
	if !ok {
		if sb, ok2 := bufferOf(args[0]); ok2 {
			sep = py.String(sb)
		}
	}
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteString(string(sep))
		}
		sb.WriteByte(hexDigits[c>>4])
		sb.WriteByte(hexDigits[c&15])
	}
	return py.String(sb.String()), nil
}
