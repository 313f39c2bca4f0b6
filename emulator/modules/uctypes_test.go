package modules

import (
	"archive/tar"
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUctypesConstantsAndFields(t *testing.T) {
	pre := "import uctypes as U\nb = bytearray(range(1, 33))\n" +
		"S = {'a': U.UINT16 | 0, 'b': U.INT8 | 2, 'c': U.UINT32 | 4, 'f': U.BFUINT8 | 8 | 2 << U.BF_POS | 3 << U.BF_LEN,\n" +
		"     'arr': (U.ARRAY | 12, U.UINT16 | 4), 'sub': (20, {'x': U.UINT8 | 0, 'y': U.INT16 | 2}), 'q': U.UINT64 | 24}\n" +
		"le = U.struct(U.addressof(b), S, U.LITTLE_ENDIAN)\nbe = U.struct(U.addressof(b), S, U.BIG_ENDIAN)\n"
	runCases(t, pre, []pyCase{
		{`(U.ARRAY, U.PTR, U.UINT8, U.INT8, U.UINT32, U.FLOAT64)`, `(-1073741824, 536870912, 0, 134217728, 536870912, -134217728)`},
		{`(U.NATIVE, U.LITTLE_ENDIAN, U.BIG_ENDIAN, U.BF_POS, U.BF_LEN)`, `(2, 0, 1, 17, 22)`},
		{`(le.a, le.b, le.c, le.f)`, `(513, 3, 134678021, 2)`},
		{`(be.a, be.c, be.arr[0], be.sub.y)`, `(258, 84281096, 3342, 5912)`},
		{`(le.arr[3], le.sub.x, le.sub.y)`, `(5139, 21, 6167)`},
		{`le.q`, `2314601843866147353`},
		{`U.sizeof(S)`, `32`},
		{`U.sizeof(le)`, `32`},
		{`U.sizeof(5)`, `TypeError: can't unambiguously get sizeof scalar`},
		{`U.sizeof({'a': 'x'})`, `TypeError: syntax error in uctypes descriptor`},
		{`le.arr[4]`, `IndexError: struct: index out of range`},
		{`le.nope`, `KeyError: nope`},
		{`U.struct(0, S).a`, `ValueError: uctypes: no emulated memory at 0x0 (2 bytes): only buffers passed to addressof() have addresses`},
		{`U.addressof(b) == U.addressof(b)`, `True`},
		{`U.bytes_at(U.addressof(b) + 2, 3)`, `b'\x03\x04\x05'`},
		{`U.addressof(5)`, `TypeError: object with buffer protocol required`},
		{`U.bytes_at(12, 4)`, `ValueError: uctypes: no emulated memory at 0xc (4 bytes): only buffers passed to addressof() have addresses`},
	})
}

func TestUctypesWritesReachTheBuffer(t *testing.T) {
	src := `import uctypes as U
b = bytearray(16)
s = U.struct(U.addressof(b), {'a': U.UINT16 | 0, 'n': (U.ARRAY | 4, U.UINT8 | 4), 'w': (U.ARRAY | 8, U.UINT16 | 2)}, U.BIG_ENDIAN)
s.a = 0x1234
s.n[0] = 65
s.n[1:3] = b'BC'
s.w[1] = 0xbeef
U.bytearray_at(U.addressof(b) + 15, 1)[0] = 0x7f
print(bytes(b))
`
	assert.Equal(t, "b'\\x124\\x00\\x00ABC\\x00\\x00\\x00\\xbe\\xef\\x00\\x00\\x00\\x7f'\n", runDevice(t, src))
}

// The header reading of micropython-lib's utarfile/tarfile (every version), run over a tar
// made by Go's archive/tar.
func TestUctypesTarHeaderAsMicropythonLib(t *testing.T) {
	var tb bytes.Buffer
	w := tar.NewWriter(&tb)
	for _, f := range []struct{ name, body string }{{"app/", ""}, {"app/main.py", "print('v2')\n"}, {"app/lib/x.py", "X = 1\n"}} {
		h := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg, Format: tar.FormatUSTAR}
		if f.body == "" {
			h.Typeflag = tar.TypeDir
		}
		require.NoError(t, w.WriteHeader(h))
		_, err := w.Write([]byte(f.body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	src := "import uctypes, io\nTAR_HEADER = {'name': (uctypes.ARRAY | 0, uctypes.UINT8 | 100), 'size': (uctypes.ARRAY | 124, uctypes.UINT8 | 11)}\n" +
		"f = io.BytesIO(" + pyBytes(tb.Bytes()) + ")\n" +
		"while True:\n    buf = f.read(512)\n    h = uctypes.struct(uctypes.addressof(buf), TAR_HEADER, uctypes.LITTLE_ENDIAN)\n" +
		"    if h.name[0] == 0:\n        break\n    name = str(h.name, 'utf-8').rstrip('\\0')\n    size = int(bytes(h.size), 8)\n" +
		"    body = f.read((size + 511) & ~511)[:size]\n    print(name, size, body)\n"
	assert.Equal(t, "app/ 0 b''\napp/main.py 12 b\"print('v2')\\n\"\napp/lib/x.py 6 b'X = 1\\n'\n", runDevice(t, src))
}
