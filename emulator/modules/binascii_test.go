package modules

import (
	"bytes"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runDevice runs src as main.py on a fresh interpreter and returns the console output.
func runDevice(t testing.TB, src string) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

// pyCase is one expression printed on the device and the line MicroPython 1.27 prints for it.
type pyCase struct{ expr, want string }

// runCases evaluates each case in one program (preamble first); an exception prints as
// "TypeName: message".
func runCases(t *testing.T, preamble string, cases []pyCase) {
	t.Helper()
	var src bytes.Buffer
	src.WriteString(preamble + "\n")
	for _, c := range cases {
		src.WriteString("try:\n    print(repr(" + c.expr + "))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n")
	}
	out := runDevice(t, src.String())
	lines := bytes.Split(bytes.TrimSuffix([]byte(out), []byte("\n")), []byte("\n"))
	require.Len(t, lines, len(cases), "output:\n%s", out)
	for i, c := range cases {
		assert.Equal(t, c.want, string(lines[i]), c.expr)
	}
}

func TestBinascii(t *testing.T) {
	runCases(t, "import binascii as B", []pyCase{
		{`B.hexlify(b'\x00\xffab')`, `b'00ff6162'`},
		{`B.hexlify(b'\x00\xffab', ':')`, `b'00:ff:61:62'`},
		{`B.hexlify(b'\x00\xffab', b'-')`, `b'00-ff-61-62'`},
		{`B.hexlify(b'\x00\xff', '')`, `b'00\x00ff'`},
		{`B.hexlify(b'\x00\xffab', 'xyz')`, `b'00xffx61x62'`},
		{`B.hexlify(b'', ':')`, `b''`},
		{`B.hexlify('abc')`, `b'616263'`},
		{`B.hexlify(memoryview(b'abcdef')[1:3])`, `b'6263'`},
		{`B.hexlify(5)`, `TypeError: object with buffer protocol required`},
		{`B.hexlify(b'a', 5)`, `TypeError: can't convert 'int' object to str implicitly`},
		{`B.hexlify()`, `TypeError: function missing 1 required positional arguments`},
		{`B.hexlify(b'a', ':', 3)`, `TypeError: function expected at most 2 arguments, got 3`},
		{`B.unhexlify('00ff')`, `b'\x00\xff'`},
		{`B.unhexlify(b'00FF')`, `b'\x00\xff'`},
		{`B.unhexlify('00 ff\n')`, `b'\x00\xff'`},
		{`B.unhexlify('0 0')`, `ValueError: non-hex digit`},
		{`B.unhexlify('abc')`, `ValueError: non-hex digit`},
		{`B.unhexlify('zz')`, `ValueError: non-hex digit`},
		{`B.unhexlify(5)`, `TypeError: object with buffer protocol required`},
		{`B.unhexlify('1', '2')`, `TypeError: function takes 1 positional arguments but 2 were given`},
		{`B.crc32(b'hello')`, `907060870`},
		{`B.crc32(b' world', B.crc32(b'hello'))`, `222957957`},
		{`B.crc32(b'', -1)`, `4294967295`},
		{`B.crc32(b'abc', 2**40)`, `891568578`},
		{`B.crc32(b'abc', True)`, `887499765`},
		{`B.crc32(b'abc', 1.5)`, `TypeError: can't convert float to int`},
		{`B.b2a_base64(b'')`, `b'\n'`},
		{`B.b2a_base64(b'a')`, `b'YQ==\n'`},
		{`B.b2a_base64(b'ab')`, `b'YWI=\n'`},
		{`B.b2a_base64(b'abcd', newline=False)`, `b'YWJjZA=='`},
		{`B.b2a_base64(b'abcd', False)`, `b'YWJjZA=='`},
		{`B.b2a_base64('abc')`, `b'YWJj\n'`},
		{`B.b2a_base64(b'a', bad=1)`, `TypeError: extra keyword arguments given`},
		{`B.a2b_base64('YWJj')`, `b'abc'`},
		{`B.a2b_base64(b'YWI=')`, `b'ab'`},
		{`B.a2b_base64('YQ==\n')`, `b'a'`},
		{`B.a2b_base64('YW Jj')`, `b'abc'`},
		{`B.a2b_base64('YQ=')`, `ValueError: incorrect padding`},
		{`B.a2b_base64('YQ')`, `ValueError: incorrect padding`},
		{`B.a2b_base64('Y')`, `ValueError: incorrect padding`},
		{`B.a2b_base64('YQ==YWJj')`, `b'a'`},
	})
}

func BenchmarkHexlify(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = runDevice(b, "import binascii\nd = bytes(range(256)) * 16\nfor i in range(20):\n    binascii.unhexlify(binascii.hexlify(d))\n")
	}
}
