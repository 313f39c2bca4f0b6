package modules

import (
	"bytes"
	"os"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runPy runs src as main.py on a fresh interpreter and returns what it printed.
func runPy(t testing.TB, src string, platform string) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, Platform: platform, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

// TestRunFile prints one program's output (MOD_PROG=path.py); a debugging aid.
func TestRunFile(t *testing.T) {
	name := os.Getenv("MOD_PROG")
	if name == "" {
		t.Skip("set MOD_PROG=file.py to print a program's output")
	}
	src, err := os.ReadFile(name)
	require.NoError(t, err)
	os.Stdout.WriteString(runPy(t, string(src), "webassembly"))
}

func TestMemIO(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"bytes roundtrip", `import io
b = io.BytesIO(b"abc")
print(b.read(2), b.tell(), b.write("XY"), b.getvalue())`, "b'ab' 2 2 b'abXY'\n"},
		{"text counts characters", `import io
s = io.StringIO("añb")
print(s.read(2), s.tell(), repr(s.read()))`, "añ 3 'b'\n"},
		{"readline limit is bytes", `import io
print(io.BytesIO(b"abcdef\n").readline(3), io.StringIO("x\ny").readline())`, "b'abc' x\n\n"},
		{"seek past end leaves a zero hole", `import io
b = io.BytesIO()
b.seek(3)
b.write(b"z")
print(b.getvalue())`, "b'\\x00\\x00\\x00z'\n"},
		{"negative relative seek clamps", `import io
b = io.BytesIO(b"abc")
print(b.seek(-10, 1), b.seek(-1, 2))`, "0 2\n"},
		{"negative absolute seek is EINVAL", `import io
try:
    io.BytesIO().seek(-1)
except OSError as e:
    print(e.args[0])`, "22\n"},
		{"closed stream", `import io
b = io.BytesIO(b"a")
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(b.tell())`, "I/O operation on closed file\n0\n"},
		{"write needs a buffer", `import io
try:
    io.BytesIO().write(1)
except TypeError as e:
    print(e)`, "object with buffer protocol required\n"},
		{"iteration", `import io
print(list(io.BytesIO(b"a\nb")), [l for l in io.StringIO("")])`, "[b'a\\n', b'b'] []\n"},
		{"readinto with limit", `import io
ba = bytearray(4)
print(io.BytesIO(b"xyz").readinto(ba, 2), ba)`, "2 bytearray(b'xy\\x00\\x00')\n"},
		{"with closes", `import io
with io.StringIO("q") as s:
    pass
try:
    s.getvalue()
except ValueError:
    print("closed")`, "closed\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, runPy(t, c.src, "esp32"))
		})
	}
}

func TestIOBaseSubclass(t *testing.T) {
	src := `import io
class S(io.IOBase):
    def __init__(self):
        self.got = []
    def write(self, buf):
        self.got.append(bytes(buf))
        return len(buf)
s = S()
print(isinstance(s, io.IOBase), s.write(b"ab"), s.got, hasattr(s, "read"))`
	assert.Equal(t, "True 2 [b'ab'] False\n", runPy(t, src, "esp32"))
}

func TestBufferedWriter(t *testing.T) {
	src := `import io
class Blocks(io.IOBase):
    def __init__(self):
        self.blocks = []
    def write(self, buf):
        self.blocks.append(bytes(buf))
        return len(buf)
dev = Blocks()
w = io.BufferedWriter(dev, 4)
print(w.write(b"0123456789"), dev.blocks)
w.flush()
print(dev.blocks)
w.flush()
print(len(dev.blocks))
mem = io.BytesIO()
w2 = io.BufferedWriter(mem, 3)
w2.write("abcd")
print(mem.getvalue())
w2.flush()
print(mem.getvalue())
`
	want := "10 [b'0123', b'4567']\n[b'0123', b'4567', b'89']\n3\nb'abc'\nb'abcd'\n"
	assert.Equal(t, want, runPy(t, src, "esp32"))
}

func TestBufferedWriterErrors(t *testing.T) {
	src := `import io
class Busy(io.IOBase):
    def write(self, buf):
        return None
class Broken(io.IOBase):
    def write(self, buf):
        return -5
print(io.BufferedWriter(Busy(), 2).write(b"abc"))
try:
    io.BufferedWriter(Broken(), 2).write(b"abc")
except OSError as e:
    print("OSError", e.args[0])
w = io.BufferedWriter(Broken(), 8)
w.write(b"x")
try:
    w.flush()
except OSError as e:
    print("flush OSError", e.args[0])
try:
    io.BufferedWriter(io.BytesIO())
except TypeError as e:
    print(e)
`
	want := "None\nOSError 5\nflush OSError 5\nfunction takes 2 positional arguments but 1 were given\n"
	assert.Equal(t, want, runPy(t, src, "esp32"))
}

func TestIOBoardDifferences(t *testing.T) {
	src := `import io
print(hasattr(io, "BufferedWriter"), hasattr(io, "SEEK_SET"), io.open is open)`
	assert.Equal(t, "True False True\n", runPy(t, src, "esp32"))
	assert.Equal(t, "False False True\n", runPy(t, src, "rp2"))
	assert.Equal(t, "False True True\n", runPy(t, src, "webassembly"))
}

// partialWriter is an IOBase subclass that takes at most 3 bytes per write call.
const partialWriter = `import io
class P(io.IOBase):
    def __init__(self):
        self.data = b""
    def write(self, buf):
        self.data += bytes(buf[:3])
        return min(3, len(buf))
`

func TestStreamWritePartial(t *testing.T) {
	src := partialWriter + `p = P()
w = io.BufferedWriter(p, 8)
w.write(b"0123456789")
w.flush()
print(p.data)`
	assert.Equal(t, "b'0123456789'\n", runPy(t, src, "esp32"))
}

func TestStreamWriteGo(t *testing.T) {
	m := &MemIO{}
	n, err := StreamWrite(m, []byte("abc"))
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	assert.Equal(t, []byte("abc"), m.Value())
	_, err = StreamWrite(py.Int(3), []byte("x"))
	assert.Error(t, err, "an int is no stream")
}

func BenchmarkBytesIOWrite(b *testing.B) {
	chunk := make([]byte, 512)
	for i := 0; i < b.N; i++ {
		m := &MemIO{}
		for j := 0; j < 64; j++ {
			if _, err := m.Write(chunk); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestStreamReadInto(t *testing.T) {
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, Platform: "esp32"})
	require.NoError(t, err)
	defer it.Close()
	src := `import io
class R(io.IOBase):
    def __init__(self):
        self.left = b"firmware"
    def readinto(self, buf):
        n = min(len(buf), 3, len(self.left))
        buf[:n] = self.left[:n]
        self.left = self.left[n:]
        return n
class Busy(io.IOBase):
    def readinto(self, buf):
        return None
r = R()
busy = Busy()
mem = io.BytesIO(b"xy")
`
	require.NoError(t, it.RunSource([]byte(src), "main.py"), out.String())
	main, err := it.Context().Store().GetModule("__main__")
	require.NoError(t, err)
	var got []byte
	buf := make([]byte, 5)
	for {
		n, err := StreamReadInto(main.Globals["r"], buf)
		require.NoError(t, err)
		if n == 0 {
			break
		}
		assert.LessOrEqual(t, n, 3)
		got = append(got, buf[:n]...)
	}
	assert.Equal(t, "firmware", string(got))
	_, err = StreamReadInto(main.Globals["busy"], buf)
	assert.Error(t, err, "None from readinto is EAGAIN")
	n, err := StreamReadInto(main.Globals["mem"], buf)
	require.NoError(t, err)
	assert.Equal(t, "xy", string(buf[:n]))
	_, err = StreamReadInto(py.String("s"), buf)
	assert.Error(t, err, "a str is no stream")
}

func TestHugeAllocationsAreMemoryErrors(t *testing.T) {
	src := `import io
from collections import deque
b = io.BytesIO(b"ab")
b.seek(1 << 30)
for f in (lambda: b.write(b"x"), lambda: deque((), 1 << 40)):
    try:
        f()
    except MemoryError:
        print("MemoryError")
b.seek(0)
print(b.read(1 << 40))`
	assert.Equal(t, "MemoryError\nMemoryError\nb'ab'\n", runPy(t, src, "esp32"))
}

func TestMemIORepr(t *testing.T) {
	src := `import io
print(repr(io.BytesIO()), str(io.StringIO("x")))`
	want := "<io.BytesIO 0x3ffb0000> <io.StringIO 0x3ffb0000>\n"
	assert.Equal(t, want, runPy(t, src, "esp32"))
	assert.Equal(t, want, runPy(t, src, "esp32"), "the same on every run")
}

func TestBytesIOAndDequeCountOnTheHeap(t *testing.T) {
	out := runDevice(t, `import io, gc, collections
gc.collect()
f0 = gc.mem_free()
b = io.BytesIO()
b.write(bytes(20000))
gc.collect()
print(f0 - gc.mem_free() >= 20000)
d = collections.deque((), 100)
for i in range(50):
    d.append('x' * 100)
gc.collect()
print(f0 - gc.mem_free() >= 20000 + 50 * 100)
`)
	assert.Equal(t, "True\nTrue\n", out)
}
