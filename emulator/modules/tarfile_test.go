package modules

import (
	"archive/tar"
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tarMember struct {
	name string
	body string // "" with a trailing "/" in name: a directory
}

func makeTar(t testing.TB, format tar.Format, members []tarMember) []byte {
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	for _, m := range members {
		h := &tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.body)), Typeflag: tar.TypeReg, Format: format}
		if strings.HasSuffix(m.name, "/") {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		}
		require.NoError(t, w.WriteHeader(h))
		_, err := w.Write([]byte(m.body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.Bytes()
}

// listProgram prints every entry of a .tar.gz the way an updater walks it.
func listProgram(tgz []byte) string {
	return "import tarfile, deflate, io\nt = tarfile.TarFile(fileobj=deflate.DeflateIO(io.BytesIO(" + pyBytes(tgz) + ")))\n" +
		"for i in t:\n    print(i.name, i.size, i.type, t.extractfile(i).read())\n"
}

func TestTarfileReadsArchivesOfEachFormat(t *testing.T) {
	long := "app/" + strings.Repeat("deep_directory/", 8) + "module.py"
	members := []tarMember{{"app/", ""}, {"app/main.py", "print(1)\n"}, {long, "X = 1\n"}}
	for _, c := range []struct {
		format tar.Format
		want   string
	}{
		{tar.FormatGNU, "app/ 0 dir b''\napp/main.py 9 file b'print(1)\\n'\n" +
			fmt.Sprintf("././@LongLink %d file b'%s\\x00'\n", len(long)+1, long) + long[:100] + " 6 file b'X = 1\\n'\n"},
		// a ustar header splits a long name into prefix and name: micropython-lib reads only the name
		{tar.FormatUSTAR, "app/ 0 dir b''\napp/main.py 9 file b'print(1)\\n'\nmodule.py 6 file b'X = 1\\n'\n"},
	} {
		t.Run(c.format.String(), func(t *testing.T) {
			out := runDevice(t, listProgram(gzipOf(t, makeTar(t, c.format, members))))
			assert.Equal(t, c.want, out)
		})
	}
	// a name no ustar header holds: the pax extended header is an entry of its own
	name := "app/" + strings.Repeat("n", 110) + ".py"
	out := runDevice(t, listProgram(gzipOf(t, makeTar(t, tar.FormatPAX, []tarMember{{name, "Y\n"}}))))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, out)
	assert.Contains(t, lines[0], "PaxHeaders")
	assert.Contains(t, lines[0], "path="+name)
	assert.Equal(t, name[:100]+" 2 file b'Y\\n'", lines[1])
}

func TestTarfileWritesWhatGNUTarReads(t *testing.T) {
	src := `import tarfile, io, binascii
class Keep(io.BytesIO):
    def close(self):
        pass
out = Keep()
w = tarfile.TarFile(fileobj=out, mode="w")
for name, data in (("cfg", None), ("cfg/a.json", b'{"v": 2}'), ("b.bin", bytes(range(256)) * 5)):
    ti = tarfile.TarInfo(name)
    ti.uid = ti.gid = 0
    ti.mtime = 1700000000
    if data is None:
        ti.mode = 0o040000
        ti.size = 0
        w.addfile(ti)
    else:
        ti.size = len(data)
        w.addfile(ti, io.BytesIO(data))
w.close()
print(binascii.hexlify(out.getvalue()).decode())
`
	out := strings.TrimSpace(runDevice(t, src))
	raw, err := hex.DecodeString(out)
	require.NoError(t, err, out)
	assert.Equal(t, 0, len(raw)%10240, "padded to whole 10240-byte records")
	r := tar.NewReader(bytes.NewReader(raw))
	var got []string
	for {
		h, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "Go's reader checks every header checksum")
		body, err := io.ReadAll(r)
		require.NoError(t, err)
		got = append(got, fmt.Sprintf("%s %c %o %d %d", h.Name, h.Typeflag, h.Mode, len(body), h.ModTime.Unix()))
	}
	assert.Equal(t, []string{"cfg/ 5 755 0 1700000000", "cfg/a.json 0 644 8 1700000000", "b.bin 0 644 1280 1700000000"}, got)
}

// runOnFlash runs src with fs as the device flash.
func runOnFlash(t *testing.T, fs afero.Fs, src string) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, FS: fs, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

func TestTarfileAddAndAppendOnTheFlash(t *testing.T) {
	fs := afero.NewMemMapFs()
	require.NoError(t, afero.WriteFile(fs, "/app/main.py", []byte("print('v3')\n"), 0o644))
	require.NoError(t, afero.WriteFile(fs, "/app/lib/u.py", []byte("U = 3\n"), 0o644))
	require.NoError(t, afero.WriteFile(fs, "/late.txt", []byte("appended"), 0o644))
	out := runOnFlash(t, fs, `import tarfile
t = tarfile.TarFile("/rel.tar", "w")
t.add("app")
t.add("missing")
t.close()
t = tarfile.TarFile("/rel.tar", "a")
print(t.offset)
t.add("late.txt")
t.close()
t = tarfile.TarFile("/rel.tar")
print([(i.name, i.size) for i in t])
`)
	assert.Contains(t, out, "Cannot stat missing  - skipping.\n")
	raw, err := afero.ReadFile(fs, "/rel.tar")
	require.NoError(t, err)
	r := tar.NewReader(bytes.NewReader(raw))
	files := map[string]string{}
	for {
		h, err := r.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		body, err := io.ReadAll(r)
		require.NoError(t, err)
		files[h.Name] = string(body)
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	assert.Equal(t, []string{"app/", "app/lib/", "app/lib/u.py", "app/main.py", "late.txt"}, names)
	assert.Equal(t, "print('v3')\n", files["app/main.py"])
	assert.Equal(t, "appended", files["late.txt"])
	assert.Contains(t, out, "('late.txt', 8)")
}

func TestUtarfileIsTarfile(t *testing.T) {
	out := runDevice(t, "import utarfile, tarfile\nprint(utarfile.TarFile.__name__, utarfile.DIRTYPE, utarfile.REGTYPE, tarfile.__version__)\n")
	assert.Equal(t, "TarFile dir file 0.4.2\n", out)
}
