package pylib_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// listTar is a device program listing /t.tar.gz with ota._tar (through deflate.DeflateIO),
// printing each member and its data, or the error that stopped it.
const listTar = `import deflate
from ota import _tar
from ota.errors import OTAError
f = open('/t.tar.gz', 'rb')
r = _tar.Reader(deflate.DeflateIO(f, deflate.GZIP), deny=('.ota/',))
buf = bytearray(7)
try:
    for path, size, kind in r:
        data = b''
        while True:
            n = r.readinto(buf)
            if not n:
                break
            data += buf[:n]
        print(kind, repr(path), size, data)
    print('end')
except OTAError as e:
    print('refused:', e)
`

type tarMember struct {
	hdr  tar.Header
	data string
	raw  func(b []byte) // edits the raw header block (checksum fixed after)
}

// makeTar builds a gzipped tar; raw edits patch a member's header block and fix its checksum.
func makeTar(t *testing.T, ms []tarMember) []byte {
	t.Helper()
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	var offsets []int
	for _, m := range ms {
		require.NoError(t, tw.Flush())
		offsets = append(offsets, tb.Len())
		h := m.hdr
		h.Format = tar.FormatUSTAR
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(m.data))
		}
		if h.Mode == 0 {
			h.Mode = 0o644
		}
		require.NoError(t, tw.WriteHeader(&h))
		_, err := tw.Write([]byte(m.data))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	raw := tb.Bytes()
	for i, m := range ms {
		if m.raw == nil {
			continue
		}
		blk := raw[offsets[i] : offsets[i]+512]
		m.raw(blk)
		copy(blk[148:156], "        ")
		sum := 0
		for _, c := range blk {
			sum += int(c)
		}
		copy(blk[148:156], []byte(octal6(sum)))
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(raw)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return gz.Bytes()
}

func octal6(n int) string {
	s := ""
	for i := 0; i < 6; i++ {
		s = string(rune('0'+n%8)) + s
		n /= 8
	}
	return s + "\x00 "
}

func file(name, data string) tarMember {
	return tarMember{hdr: tar.Header{Name: name, Typeflag: tar.TypeReg}, data: data}
}

func dir(name string) tarMember {
	return tarMember{hdr: tar.Header{Name: name, Typeflag: tar.TypeDir, Mode: 0o755}}
}

func TestTarReaderListsAGoodArchive(t *testing.T) {
	arc := makeTar(t, []tarMember{dir("lib/"), file("lib/util.py", "x = 1\n"), file("main.py", "print('hello world')\n"),
		file("empty", ""), dir("./"), file("./top.py", "t")})
	out, o := runSrcProgram(t, listTar, map[string][]byte{"/t.tar.gz": arc}, nil)
	require.Equal(t, "finished", o.Result, out)
	assert.Equal(t, "d 'lib' 0 b''\nf 'lib/util.py' 6 b'x = 1\\n'\nf 'main.py' 21 b\"print('hello world')\\n\"\n"+
		"f 'empty' 0 b''\nd '' 0 b''\nf 'top.py' 1 b't'\nend\n", out)
}

func TestTarReaderRefusesHostileArchives(t *testing.T) {
	cases := map[string]struct {
		ms   []tarMember
		want string
	}{
		"dotdot":       {[]tarMember{file("ok.py", "1"), file("../evil.py", "x")}, "refused: bad path component in ../evil.py"},
		"inner dotdot": {[]tarMember{file("lib/../../evil.py", "x")}, "refused: bad path component in lib/../../evil.py"},
		"absolute":     {[]tarMember{file("/main.py", "x")}, "refused: absolute path: /main.py"},
		"symlink":      {[]tarMember{{hdr: tar.Header{Name: "main.py", Typeflag: tar.TypeSymlink, Linkname: "/etc/x"}}}, "refused: tar: link member main.py"},
		"hardlink":     {[]tarMember{file("a", "1"), {hdr: tar.Header{Name: "b", Typeflag: tar.TypeLink, Linkname: "a"}}}, "refused: tar: link member b"},
		"state dir":    {[]tarMember{file(".ota/rec0", "x")}, "refused: path outside the application: .ota/rec0"},
		"fifo":         {[]tarMember{{hdr: tar.Header{Name: "p", Typeflag: tar.TypeFifo}}}, "refused: tar: member type '6' refused"},
		"NUL in name":  {[]tarMember{{hdr: tar.Header{Name: "main.py", Typeflag: tar.TypeReg}, raw: func(b []byte) { copy(b[7:], "\x00.evil") }}}, "refused: tar: NUL inside name"},
		"control char": {[]tarMember{file("a\nb", "x")}, "refused: control character in path"},
		"pax":          {[]tarMember{{hdr: tar.Header{Name: "main.py", Typeflag: tar.TypeReg}, raw: func(b []byte) { b[156] = 'x' }}}, "refused: tar: member type 'x' refused"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			arc := makeTar(t, c.ms)
			out, o := runSrcProgram(t, listTar, map[string][]byte{"/t.tar.gz": arc}, nil)
			require.Equal(t, "finished", o.Result, out)
			assert.Contains(t, out, c.want+"\n")
			assert.NotContains(t, out, "end\n")
		})
	}
}

func TestTarReaderRefusesBadChecksumAndTruncation(t *testing.T) {
	good := makeTar(t, []tarMember{file("main.py", "print(1)\n")})
	// a flipped name byte without fixing the checksum
	var raw bytes.Buffer
	tw := tar.NewWriter(&raw)
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "main.py", Typeflag: tar.TypeReg, Size: 1, Mode: 0o644, Format: tar.FormatUSTAR}))
	_, err := tw.Write([]byte("x"))
	require.NoError(t, err)
	require.NoError(t, tw.Close())
	b := bytes.Clone(raw.Bytes())
	b[0] = 'n'
	gzipped := func(p []byte) []byte {
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		_, _ = zw.Write(p)
		_ = zw.Close()
		return gz.Bytes()
	}
	out, _ := runSrcProgram(t, listTar, map[string][]byte{"/t.tar.gz": gzipped(b)}, nil)
	assert.Contains(t, out, "refused: tar: bad header checksum\n")
	// cut inside the data: no end-of-archive block
	out, _ = runSrcProgram(t, listTar, map[string][]byte{"/t.tar.gz": gzipped(raw.Bytes()[:512+100])}, nil)
	assert.Contains(t, out, "refused: tar: archive cut short\n")
	out, _ = runSrcProgram(t, listTar, map[string][]byte{"/t.tar.gz": good}, nil)
	assert.Contains(t, out, "f 'main.py' 9 b'print(1)\\n'\nend\n")
}
