package modules

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

func TestStructCalcsize(t *testing.T) {
	cases := []pyCase{}
	for _, c := range [][2]string{
		{"b", "1"}, {"h", "2"}, {"i", "4"}, {"l", "4"}, {"q", "8"}, {"f", "4"}, {"d", "8"}, {"e", "2"},
		{"s", "1"}, {"5s", "5"}, {"P", "4"}, {"O", "4"}, {"x", "1"}, {"3x", "3"},
		{"?", "ValueError: bad typecode"}, {"c", "ValueError: bad typecode"}, {"n", "ValueError: bad typecode"},
		{"bi", "8"}, {"bq", "16"}, {"bd", "16"}, {"hb", "3"}, {"bh", "4"}, {"<bq", "9"}, {">bq", "9"}, {"!bq", "9"},
		{"=bq", "ValueError: bad typecode"}, {"=4x", "4"}, {"@bq", "16"}, {" b", "ValueError: bad typecode"},
		{"<3", "ValueError: bad typecode"}, {"", "0"}, {"<", "0"}, {"2h3b", "7"}, {"0s", "0"}, {"bP", "8"},
		{"BHIQ", "16"}, {"10s2i", "20"}, {"<10s2i", "18"}, {"ie", "6"}, {"be", "4"},
	} {
		cases = append(cases, pyCase{"struct.calcsize('" + c[0] + "')", c[1]})
	}
	cases = append(cases,
		pyCase{`struct.calcsize(b'<i')`, `4`},
		pyCase{`struct.calcsize(5)`, `TypeError: can't convert 'int' object to str implicitly`})
	runCases(t, "import struct", cases)
}

func TestStructPackUnpack(t *testing.T) {
	runCases(t, "import struct as S\nb = bytearray(6)", []pyCase{
		{`S.pack('<h', -2**40)`, `b'\x00\x00'`},
		{`S.pack('<Q', -1)`, `b'\xff\xff\xff\xff\xff\xff\xff\xff'`},
		{`S.pack('>Q', 2**64 + 5)`, `b'\x00\x00\x00\x00\x00\x00\x00\x05'`},
		{`S.pack('<b', 300)`, `b','`},
		{`S.pack('<i', 2**31)`, `b'\x00\x00\x00\x80'`},
		{`S.pack('>h', True)`, `b'\x00\x01'`},
		{`S.pack('<h', 1.5)`, `TypeError: can't convert float to int`},
		{`S.pack('<h', '1')`, `TypeError: can't convert str to int`},
		{`S.pack('<f', 1)`, `b'\x00\x00\x80?'`},
		{`S.pack('<f', 1.1)`, `b'\xcd\xcc\x8c?'`},
		{`S.pack('<d', 1.1)`, `b'\x9a\x99\x99\x99\x99\x99\xf1?'`},
		{`S.pack('<e', 1.5)`, `b'\x00>'`},
		{`S.pack('<f', 'x')`, `TypeError: can't convert str to float`},
		{`S.pack('<hh', 1)`, `b'\x01\x00\x00\x00'`},
		{`S.pack('<h', 1, 2, 3)`, `b'\x01\x00'`},
		{`S.pack('<4s', b'ab')`, `b'ab\x00\x00'`},
		{`S.pack('<2s', 'abcd')`, `b'ab'`},
		{`S.pack('<2s', 5)`, `TypeError: object with buffer protocol required`},
		{`S.pack('<b2xb', 1, 2)`, `b'\x01\x00\x00\x02'`},
		{`S.pack('@bq', 1, 2)`, `b'\x01\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00'`},
		{`S.pack('@hbi', 1, 2, 3)`, `b'\x01\x00\x02\x00\x03\x00\x00\x00'`},
		{`S.pack('=bq', 1, 2)`, `ValueError: bad typecode`},
		{`S.pack()`, `TypeError: function missing 1 required positional arguments`},
		{`S.pack('b')`, `b'\x00'`},
		{`S.unpack('<h', b'\x01\x02\x03')`, `(513,)`},
		{`S.unpack('<h', b'\x01')`, `ValueError: buffer too small`},
		{`S.unpack('<3s2b', b'abcde')`, `(b'abc', 100, 101)`},
		{`S.unpack('@bq', bytes(range(16)))`, `(0, 1084818905618843912)`},
		{`S.unpack('>Q', b'\xff'*8)`, `(18446744073709551615,)`},
		{`S.unpack('>q', b'\x80' + b'\x00'*7)`, `(-9223372036854775808,)`},
		{`S.unpack('<f', b'\xcd\xcc\x8c\x3f')`, `(1.100000023841858,)`},
		{`S.unpack('<e', b'\x00\x7c')`, `(inf,)`},
		{`S.unpack('<h', 'ab')`, `(25185,)`},
		{`S.unpack('h')`, `TypeError: function missing 1 required positional arguments`},
		{`S.unpack_from('<h', b'\x00\x01\x02\x03', -2)`, `(770,)`},
		{`S.unpack_from('<h', b'\x00\x01\x02\x03', -5)`, `ValueError: buffer too small`},
		{`S.unpack_from('<h', b'\x00\x01\x02\x03', 3)`, `ValueError: buffer too small`},
		{`S.unpack_from('<h', b'\x00\x01\x02\x03', 1.0)`, `TypeError: can't convert float to int`},
		{`S.unpack_from('<h', b'\x00\x01', offset=0)`, `TypeError: function doesn't take keyword arguments`},
		{`(S.pack_into('<hh', b, 1, 258, 772), b)[1]`, `bytearray(b'\x00\x02\x01\x04\x03\x00')`},
		{`S.pack_into('<hh', b, 3, 258, 772)`, `ValueError: buffer too small`},
		{`(S.pack_into('<h', b, -2, 0x4142), b)[1]`, `bytearray(b'\x00\x02\x01\x04BA')`},
		{`S.pack_into('<h', b'abc', 0, 1)`, `TypeError: object with buffer protocol required`},
		{`S.pack_into('<h', b)`, `TypeError: function missing 1 required positional arguments`},
		{`(S.pack_into('<h', memoryview(b)[2:], 0, 0x3132), b)[1]`, `bytearray(b'\x00\x0221BA')`},
		{`S.unpack('', b'')`, `()`},
		{`S.pack('<Q', 2**63)`, `b'\x00\x00\x00\x00\x00\x00\x00\x80'`},
		{`S.unpack('<Q', b'\x00' * 7 + b'\x80')`, `(9223372036854775808,)`},
	})
}

func TestHalfFloatRoundTrip(t *testing.T) {
	for _, f := range []float32{0, 1, -2, 0.5, 1.5, 65504, 0.000061035156} {
		if got := decodeHalf(encodeHalf(f)); got != f {
			t.Errorf("half(%v) = %v", f, got)
		}
	}
}

func BenchmarkStructPack(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = runDevice(b, "import struct\nfor i in range(500):\n    struct.unpack('<IHHQ', struct.pack('<IHHQ', i, 1, 2, i * 7))\n")
	}
}

// FuzzStructUnpack checks that no format or buffer makes struct panic (go test -fuzz
// FuzzStructUnpack).
func FuzzStructUnpack(f *testing.F) {
	f.Add("<4sHHII", []byte("OTA1\x02\x00\x07\x00\x40\xe2\x01\x00\xef\xbe\xad\xde"), 0)
	f.Add("@bqde", make([]byte, 32), -8)
	f.Add("10s2x3h", []byte("abc"), 5)
	f.Fuzz(func(t *testing.T, format string, data []byte, off int) {
		args := py.Tuple{py.String(format), mpy.NewBytes(data), py.Int(off)}
		if v, err := structUnpack(nil, args, nil); err == nil {
			_, _ = structPack(nil, append(py.Tuple{py.String(format)}, v.(py.Tuple)...), nil)
		}
	})
}
