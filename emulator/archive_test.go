package emulator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractProgram streams /app.tar.gz from the flash through the decompressor (DECOMP) and
// tarfile into the flash, 512 bytes at a time, and prints the largest heap use it saw.
const extractProgram = `import gc, os
IMPORTS
def mkdir(p):
    try:
        os.mkdir(p)
    except OSError as e:
        if e.errno != 17:
            raise
f = open('/app.tar.gz', 'rb')
t = TARFILE.TarFile(fileobj=DECOMP)
buf = bytearray(512)
peak = 0
files = 0
for info in t:
    if info.type == TARFILE.DIRTYPE:
        mkdir('/' + info.name.rstrip('/'))
        continue
    sec = t.extractfile(info)
    with open('/' + info.name, 'wb') as out:
        while True:
            n = sec.readinto(buf)
            if not n:
                break
            out.write(memoryview(buf)[:n])
    files += 1
    peak = max(peak, gc.mem_alloc())
f.close()
print('files', files, 'peak', peak, 'free', gc.mem_free())
`

// appTree reads the original application tree the archive was made from.
func appTree(t *testing.T) map[string][]byte {
	t.Helper()
	root := filepath.Join("modules", "testdata")
	tree := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join(root, "app"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		tree["/"+filepath.ToSlash(rel)] = b
		return err
	})
	require.NoError(t, err)
	require.Len(t, tree, 8)
	return tree
}

// extractOnDevice runs the extraction on a device with the given heap and firmware.
func extractOnDevice(t testing.TB, heap int, firmware, imports, tarfile, decomp string) (*Device, Outcome, string) {
	return extractArchive(t, heap, firmware, imports, tarfile, decomp, func(b []byte) []byte { return b })
}

// extractArchive is extractOnDevice with the archive changed by edit first.
func extractArchive(t testing.TB, heap int, firmware, imports, tarfile, decomp string, edit func([]byte) []byte) (*Device, Outcome, string) {
	t.Helper()
	src := strings.NewReplacer("IMPORTS", imports, "TARFILE", tarfile, "DECOMP", decomp).Replace(extractProgram)
	b, err := LookupBoard("ESP32_GENERIC")
	require.NoError(t, err)
	b.Heap = heap
	fw, err := LookupFirmware(firmware)
	require.NoError(t, err)
	flash, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize})
	require.NoError(t, err)
	require.NoError(t, afero.WriteFile(flash, "/main.py", []byte(src), 0o644))
	var out bytes.Buffer
	d := &Device{Board: b, Firmware: fw, Flash: flash, Console: &out, Clock: netsim.NewClock(netsim.RTCUnset)}
	tgz, err := os.ReadFile(filepath.Join("modules", "testdata", "app.tar.gz"))
	require.NoError(t, err)
	require.NoError(t, afero.WriteFile(d.Flash, "/app.tar.gz", edit(tgz), 0o644))
	o, err := d.Boot()
	require.NoError(t, err)
	return d, o, out.String()
}

func checkExtracted(t *testing.T, d *Device, out string) {
	t.Helper()
	for name, want := range appTree(t) {
		got, err := afero.ReadFile(d.Flash, name)
		require.NoError(t, err, name)
		assert.True(t, string(got) == string(want), "%s differs from the original (%d bytes, want %d)", name, len(got), len(want))
	}
	fields := strings.Fields(out)
	require.Len(t, fields, 6, out)
	assert.Equal(t, "8", fields[1])
	peak, err := strconv.Atoi(fields[3])
	require.NoError(t, err)
	assert.Greater(t, peak, 32*1024, "the 32 KiB gzip window is on the heap while extracting")
	assert.Less(t, peak, 64*1024)
	t.Logf("heap peak %d bytes of 64 KiB (%s)", peak, strings.TrimSpace(out))
}

// A GNU tar .tar.gz streams through deflate.DeflateIO and tarfile into the flash of a device
// with a 64 KiB heap, as a real OTA updater does; every file equals the original.
func TestTarGzStreamsIntoFlashWith64KHeap(t *testing.T) {
	d, o, out := extractOnDevice(t, 64*1024, "1.27", "import deflate, tarfile", "tarfile", "deflate.DeflateIO(f, deflate.GZIP)")
	require.Equal(t, "finished", o.Result, "%s %s\n%s", o.Exception, o.Message, out)
	checkExtracted(t, d, out)
}

// The same on firmware 1.20 with uzlib.DecompIO(f, 31) and the old utarfile name.
func TestTarGzStreamsThroughUzlibOn120(t *testing.T) {
	d, o, out := extractOnDevice(t, 64*1024, "1.20", "import uzlib, utarfile", "utarfile", "uzlib.DecompIO(f, 31)")
	require.Equal(t, "finished", o.Result, "%s %s\n%s", o.Exception, o.Message, out)
	checkExtracted(t, d, out)
}

// A heap too small for the 32 KiB window fails as a board does: MemoryError at the first read.
func TestTarGzNeedsTheWindowOnTheHeap(t *testing.T) {
	_, o, out := extractOnDevice(t, 24*1024, "1.27", "import deflate, tarfile", "tarfile", "deflate.DeflateIO(f, deflate.GZIP)")
	assert.Equal(t, "exception", o.Result, out)
	assert.Contains(t, out, "MemoryError: memory allocation failed, allocating 32768 bytes")
}

// Damaged archives end as device code sees them on a board, never in an emulator fault: a
// download cut short in EOFError from the decompressor; a flipped byte in corrupt data
// (decoded garbage: here tarfile meets a zero block and stops after two files); a damaged gzip
// trailer goes unnoticed, because tarfile stops at the end-of-archive blocks and nothing ever
// reads the CRC.
func TestTarGzDamagedArchives(t *testing.T) {
	for _, c := range []struct {
		name, result, want string
		edit               func([]byte) []byte
	}{
		{"truncated", "exception", "EOFError", func(b []byte) []byte { return b[:20000] }},
		{"flipped", "finished", "files 2 ", func(b []byte) []byte { b[15000] ^= 0x40; return b }},
		{"crc", "finished", "files 8 ", func(b []byte) []byte { b[len(b)-6] ^= 1; return b }},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, o, out := extractArchive(t, 64*1024, "1.27", "import deflate, tarfile", "tarfile", "deflate.DeflateIO(f, deflate.GZIP)", c.edit)
			assert.Equal(t, c.result, o.Result, out)
			assert.Contains(t, out, c.want)
		})
	}
}

// BenchmarkTarGzExtract measures the whole extraction on the device (decompression, tarfile
// in Python, flash writes); its MB/s are of uncompressed data.
func BenchmarkTarGzExtract(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, o, _ := extractOnDevice(b, 64*1024, "1.27", "import deflate, tarfile", "tarfile", "deflate.DeflateIO(f, deflate.GZIP)")
		if o.Result != "finished" {
			b.Fatal(o.Result)
		}
	}
	b.SetBytes(106453)
}
