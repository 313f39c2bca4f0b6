package modules

import (
	"archive/tar"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleData is compressible text with some noise, deterministic.
func sampleData(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	words := []string{"firmware ", "update ", "version ", "0.1.2 ", "\n", "def main():\n", "    return None\n"}
	var b bytes.Buffer
	for b.Len() < n {
		if r.IntN(10) == 0 {
			b.WriteByte(byte(r.IntN(256)))
			continue
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.Bytes()[:n]
}

func rawDeflate(t testing.TB, data []byte, level int) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, level)
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// inflateAll decodes raw deflate data with a window, in reads of the given size.
func inflateAll(comp []byte, window, chunk int) ([]byte, int) {
	f := newInflater(window)
	f.src = comp
	var out []byte
	buf := make([]byte, chunk)
	for {
		n, st, _ := f.fill(buf)
		out = append(out, buf[:n]...)
		if st != infOK {
			return out, st
		}
	}
}

func TestInflaterMatchesCompressFlate(t *testing.T) {
	for _, size := range []int{0, 1, 300, 70_000} {
		data := sampleData(size, uint64(size))
		for _, level := range []int{flate.NoCompression, flate.HuffmanOnly, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression} {
			comp := rawDeflate(t, data, level)
			for _, chunk := range []int{1, 7, 512, 100_000} {
				got, st := inflateAll(comp, 1<<15, chunk)
				require.Equal(t, infDone, st, "size %d level %d chunk %d", size, level, chunk)
				require.True(t, bytes.Equal(data, got), "size %d level %d chunk %d", size, level, chunk)
			}
			got, st := inflateAll(comp, 0, 64) // whole-output history (uzlib.decompress)
			require.Equal(t, infDone, st)
			require.True(t, bytes.Equal(data, got))
		}
	}
}

func TestInflaterWindowTooSmall(t *testing.T) {
	data := sampleData(20_000, 7)
	comp := rawDeflate(t, data, flate.BestCompression)
	_, st := inflateAll(comp, 1<<8, 512)
	assert.Equal(t, infDict, st, "a 32 KiB-window stream needs more than 256 bytes of window")
	got, st := inflateAll(comp, 1<<15, 512)
	assert.Equal(t, infDone, st)
	assert.Equal(t, data, got)
}

func TestInflaterCorruptNeverPanics(t *testing.T) {
	comp := rawDeflate(t, sampleData(5000, 3), flate.DefaultCompression)
	for i := 0; i < len(comp); i++ {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			bad := append([]byte(nil), comp...)
			bad[i] ^= x
			assert.NotPanics(t, func() { inflateAll(bad, 1<<10, 300) })
		}
		assert.NotPanics(t, func() { inflateAll(comp[:i], 1<<15, 300) })
	}
}

func TestAdler32Update(t *testing.T) {
	data := sampleData(100_000, 9)
	assert.Equal(t, adler32.Checksum(data), adler32Update(1, data))
	assert.Equal(t, adler32.Checksum(data), adler32Update(adler32Update(1, data[:777]), data[777:]))
}

// pyBytes is a bytes literal of b for device source.
func pyBytes(b []byte) string {
	var s strings.Builder
	s.WriteString("b'")
	for _, c := range b {
		fmt.Fprintf(&s, "\\x%02x", c)
	}
	s.WriteString("'")
	return s.String()
}

func gzipOf(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func zlibOf(t testing.TB, data []byte, level int) []byte {
	var b bytes.Buffer
	w, err := zlib.NewWriterLevel(&b, level)
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func TestDeflateIOFormats(t *testing.T) {
	data := sampleData(3000, 11)
	gz, zl, raw := gzipOf(t, data), zlibOf(t, data, 6), rawDeflate(t, data, 6)
	badCRC := append([]byte(nil), gz...)
	badCRC[len(badCRC)-8] ^= 1
	pre := "import deflate, io, binascii\nD = deflate.DeflateIO\ndef crc(b):\n    return binascii.crc32(b)\n" +
		"GZ = " + pyBytes(gz) + "\nZL = " + pyBytes(zl) + "\nRAW = " + pyBytes(raw) + "\nBAD = " + pyBytes(badCRC) + "\n"
	want := fmt.Sprintf("%d", crc32.ChecksumIEEE(data))
	runCases(t, pre, []pyCase{
		{`crc(D(io.BytesIO(GZ)).read())`, want},
		{`crc(D(io.BytesIO(GZ), deflate.GZIP).read())`, want},
		{`crc(D(io.BytesIO(ZL)).read())`, want},
		{`crc(D(io.BytesIO(ZL), deflate.ZLIB, 15).read())`, want},
		{`crc(D(io.BytesIO(RAW), deflate.RAW, 15).read())`, want},
		{`D(io.BytesIO(RAW), deflate.RAW).read()`, `OSError: [Errno 22] EINVAL`}, // default raw window: 256 bytes
		{`D(io.BytesIO(GZ), deflate.GZIP, 8).read()`, `OSError: [Errno 22] EINVAL`},
		{`D(io.BytesIO(ZL), deflate.GZIP).read()`, `OSError: [Errno 22] EINVAL`},
		{`D(io.BytesIO(GZ), deflate.ZLIB).read()`, `OSError: [Errno 22] EINVAL`},
		{`D(io.BytesIO(BAD)).read()`, `OSError: [Errno 22] EINVAL`},
		{`D(io.BytesIO(GZ[:-3])).read()`, `EOFError: `},
		{`D(io.BytesIO(b'')).read(5)`, `EOFError: `},
		{`D(b'xx').read()`, `OSError: stream operation not supported`},
		{`D(io.BytesIO(GZ), 9)`, `ValueError: format`},
		{`D(io.BytesIO(GZ), 0, 16)`, `ValueError: wbits`},
		{`D(io.BytesIO(GZ), wbits=9)`, `TypeError: function doesn't take keyword arguments`},
		{`hasattr(D(io.BytesIO(GZ)), 'write')`, `False`},
		{`type(D(io.BytesIO(GZ))).__name__`, `'DeflateIO'`},
		{`(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)`, `(0, 1, 2, 3)`},
	})
}

// runDeviceHeap runs src on an interpreter with a heap of the given size.
func runDeviceHeap(t testing.TB, src string, heap int) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, MaxSteps: 5_000_000, Heap: heap})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

func TestDeflateIOStreamsFromPythonStream(t *testing.T) {
	data := sampleData(2000, 5)
	gz := gzipOf(t, data)
	src := "import deflate, io\nclass S(io.IOBase):\n    def __init__(self, b):\n        self.b = b\n        self.calls = 0\n" +
		"    def readinto(self, buf):\n        self.calls += 1\n        n = min(len(buf), len(self.b))\n        buf[:n] = self.b[:n]\n        self.b = self.b[n:]\n        return n\n" +
		"s = S(" + pyBytes(gz) + " + b'TAIL')\n" +
		"d = deflate.DeflateIO(s)\nout = b''\nwhile True:\n    c = d.read(100)\n    if not c:\n        break\n    out += c\n" +
		"print(len(out), s.b, s.calls == " + fmt.Sprint(len(gz)) + ")\n" +
		"d.close()\ntry:\n    d.read(1)\nexcept OSError as e:\n    print('closed', e.errno)\n"
	assert.Equal(t, fmt.Sprintf("%d b'TAIL' True\nclosed 22\n", len(data)), runDevice(t, src))
}

func TestDeflateIOSmallHeapMemoryError(t *testing.T) {
	gz := gzipOf(t, sampleData(100, 1))
	src := "import deflate, io\nd = deflate.DeflateIO(io.BytesIO(" + pyBytes(gz) + "))\n" +
		"try:\n    d.read(10)\nexcept MemoryError as e:\n    print('MemoryError', e)\n" +
		"d = deflate.DeflateIO(io.BytesIO(" + pyBytes(gz) + "), deflate.GZIP, 10)\nprint(len(d.read(10)))\n"
	out := runDeviceHeap(t, src, 16*1024)
	assert.Equal(t, "MemoryError memory allocation failed, allocating 32768 bytes\n10\n", out)
}

func TestUzlib(t *testing.T) {
	data := sampleData(3000, 13)
	gz, zl, raw := gzipOf(t, data), zlibOf(t, data, 9), rawDeflate(t, data, 9)
	pre := "import uzlib, io, binascii\ndef crc(b):\n    return binascii.crc32(b)\n" +
		"GZ = " + pyBytes(gz) + "\nZL = " + pyBytes(zl) + "\nRAW = " + pyBytes(raw) + "\n"
	want := fmt.Sprintf("%d", crc32.ChecksumIEEE(data))
	runCases(t, pre, []pyCase{
		{`crc(uzlib.DecompIO(io.BytesIO(GZ), 31).read())`, want},
		{`crc(uzlib.DecompIO(io.BytesIO(ZL)).read())`, want},
		{`crc(uzlib.DecompIO(io.BytesIO(RAW), -15).read())`, want},
		{`uzlib.DecompIO(io.BytesIO(RAW), -8).read()`, `OSError: [Errno 22] EINVAL`},
		{`uzlib.DecompIO(io.BytesIO(ZL), 31)`, `ValueError: compression header`},
		{`uzlib.DecompIO(io.BytesIO(GZ))`, `ValueError: compression header`},
		{`uzlib.DecompIO(io.BytesIO(GZ[:5]), 31)`, `EOFError: `},
		{`uzlib.DecompIO(io.BytesIO(GZ[:-2]), 31).read()`, `EOFError: `},
		{`crc(uzlib.decompress(ZL))`, want},
		{`crc(uzlib.decompress(RAW, -15))`, want},
		{`type(uzlib.decompress(ZL)).__name__`, `'bytearray'`},
		{`uzlib.decompress(GZ, 31)`, `ValueError: -3`},
		{`uzlib.decompress(ZL[:-1])`, `ValueError: -4`},
		{`uzlib.decompress(ZL[:40])`, `ValueError: -3`},
		{`hasattr(uzlib.DecompIO(io.BytesIO(ZL)), 'close')`, `False`},
	})
}

// fuzzProgram streams /in.tgz through DeflateIO and tarfile, then through uzlib.decompress as
// raw deflate; every exception but the documented ones is reported with "BAD".
const fuzzProgram = `import deflate, tarfile, uzlib
ALLOWED = (OSError, EOFError, ValueError, MemoryError)
def tar_part():
    f = open('/in.tgz', 'rb')
    t = tarfile.TarFile(fileobj=deflate.DeflateIO(f))
    for info in t:
        s = t.extractfile(info)
        while s.read(256):
            pass
def raw_part():
    data = open('/in.tgz', 'rb').read()
    uzlib.decompress(data[10:], -15)
for part in (tar_part, raw_part):
    try:
        part()
    except ALLOWED:
        pass
    except Exception as e:
        print('BAD', type(e).__name__, e)
`

// FuzzDeflateStream feeds arbitrary bytes (seeded with .tar.gz archives and damaged ones) to
// device code that decompresses and untars them: the run ends with a result or one of the
// documented exceptions, never an emulator fault; a run that loops (micropython-lib's tarfile
// skipping a huge declared size at the end of the stream does) is ended by the step budget.
func FuzzDeflateStream(f *testing.F) {
	tarball := makeTar(f, tar.FormatGNU, []tarMember{{"app/", ""}, {"app/main.py", "print('v2')\n"}, {"app/x.bin", strings.Repeat("\x00\x01", 300)}})
	tgz := gzipOf(f, tarball)
	f.Add(tgz)
	f.Add(tgz[:len(tgz)/2])
	f.Add(zlibOf(f, tarball, 1))
	f.Add(append(append([]byte(nil), tgz[:10]...), rawDeflate(f, []byte("no tar here"), 0)...))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff})
	fs := afero.NewMemMapFs()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 8192 {
			return
		}
		require.NoError(t, afero.WriteFile(fs, "/in.tgz", data, 0o644))
		var out bytes.Buffer
		it, err := mpy.New(mpy.Config{Console: &out, FS: fs, MaxSteps: 400_000})
		require.NoError(t, err)
		defer it.Close()
		err = it.RunSource([]byte(fuzzProgram), "main.py")
		var fault *mpy.Fault
		require.False(t, errors.As(err, &fault), "emulator fault: %v", err)
		var unc *mpy.Uncaught
		require.False(t, errors.As(err, &unc), "uncaught: %v\n%s", err, out.String())
		require.NotContains(t, out.String(), "BAD")
	})
}

// FuzzInflateMatchesFlate: whatever Go's compress/flate decodes without error, the inflater
// decodes to the same bytes (uzlib differs from zlib only on streams zlib rejects).
func FuzzInflateMatchesFlate(f *testing.F) {
	for _, level := range []int{flate.NoCompression, flate.HuffmanOnly, flate.BestSpeed, flate.BestCompression} {
		f.Add(rawDeflate(f, sampleData(3000, uint64(level+3)), level))
	}
	f.Fuzz(func(t *testing.T, comp []byte) {
		want, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(comp)), 1<<20))
		if err != nil || len(want) == 1<<20 {
			return
		}
		got, st := inflateAll(comp, 1<<15, 333)
		require.Equal(t, infDone, st)
		require.True(t, bytes.Equal(want, got), "want %q, got %q", want, got)
	})
}

// BenchmarkDeflateIORead is device code decompressing a 200 KB gzip stream from a BytesIO in
// 4 KiB reads; its MB/s are of uncompressed data.
func BenchmarkDeflateIORead(b *testing.B) {
	data := sampleData(200_000, 21)
	src := "import deflate, io\nGZ = " + pyBytes(gzipOf(b, data)) + "\n" +
		"for i in range(" + fmt.Sprint(b.N) + "):\n    d = deflate.DeflateIO(io.BytesIO(GZ))\n    n = 0\n" +
		"    while True:\n        c = d.read(4096)\n        if not c:\n            break\n        n += len(c)\n" +
		"    assert n == " + fmt.Sprint(len(data)) + "\n"
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, MaxSteps: 1 << 40})
	require.NoError(b, err)
	defer it.Close()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	require.NoError(b, it.RunSource([]byte(src), "main.py"), out.String())
}
