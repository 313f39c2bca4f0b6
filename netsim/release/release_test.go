package release

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeApp makes an application directory from path -> content.
func writeApp(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

var appV1 = map[string]string{
	"main.py":           "import lib.util\nprint('v1')\n",
	"lib/util.py":       "X = 1\n",
	"lib/old/gone.py":   "G = 1\n",
	"boot.py":           "",
	"assets/logo.bin":   strings.Repeat("\x00\x01\xff", 700),
	".hidden":           "secret",
	"lib/__pycache__/x": "cache",
}

var appV2 = map[string]string{
	"main.py":          "import lib.util\nprint('v2')\n",
	"lib/util.py":      "X = 2\n",
	"lib/new.py":       "N = 1\n",
	"boot.py":          "",
	"assets/logo.bin":  strings.Repeat("\x00\x01\xfe", 700),
	"data/my file.txt": "spaces\n",
	"data/héllo✓.py":   "unicode = True\n",
	"lib.py":           "# sorts after lib/ in the archive\n",
}

var testTime = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func build(t *testing.T, dir string, opts Options) *Release {
	t.Helper()
	r, err := Build(dir, opts)
	require.NoError(t, err)
	return r
}

type member struct {
	name string
	typ  byte
	data string
}

func readTar(t *testing.T, gz []byte) []member {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	assert.Empty(t, zr.Name, "gzip header carries no name")
	assert.True(t, zr.ModTime.IsZero(), "gzip header carries no mtime")
	tr := tar.NewReader(zr)
	var out []member
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		if isASCII(h.Name) { // Go's reader calls a non-ASCII ustar name's format unknown
			assert.Equal(t, tar.FormatUSTAR, h.Format, "%s: plain ustar", h.Name)
		}
		assert.Empty(t, h.PAXRecords, h.Name)
		assert.Zero(t, h.Uid)
		assert.Zero(t, h.Gid)
		assert.Empty(t, h.Uname)
		assert.Equal(t, testTime.Unix(), h.ModTime.Unix(), h.Name)
		data, err := io.ReadAll(tr)
		require.NoError(t, err)
		out = append(out, member{h.Name, h.Typeflag, string(data)})
	}
	return out
}

func isASCII(s string) bool {
	for _, c := range s {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func TestBuildIsDeterministic(t *testing.T) {
	a := writeApp(t, appV2)
	b := writeApp(t, appV2)
	// Host modes and times must not reach the release.
	require.NoError(t, os.Chmod(filepath.Join(b, "main.py"), 0o755))
	require.NoError(t, os.Chtimes(filepath.Join(b, "lib/util.py"), time.Unix(1e9, 0), time.Unix(1e9, 0)))
	prev := writeApp(t, appV1)
	opts := Options{Version: "1.1.0", Key: []byte("k"), Previous: prev, Time: testTime}
	r1, r2 := build(t, a, opts), build(t, b, opts)
	assert.Equal(t, r1.Archive, r2.Archive)
	assert.Equal(t, r1.Latest, r2.Latest)
	assert.Equal(t, r1.Manifest, r2.Manifest)
	assert.Equal(t, r1.Signature, r2.Signature)
	assert.Equal(t, r1.Versions, r2.Versions)

	o1, o2 := t.TempDir(), t.TempDir()
	require.NoError(t, r1.Write(o1))
	require.NoError(t, r2.Write(o2))
	assert.Equal(t, listTree(t, o1), listTree(t, o2))

	// A different time changes the archive (mtimes) but not the manifest's files.
	opts.Time = testTime.Add(time.Hour)
	r3 := build(t, a, opts)
	assert.NotEqual(t, r1.Archive, r3.Archive)
}

// listTree maps every file under dir to its content.
func listTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		require.NoError(t, err)
		if info.Mode().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			out[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	}))
	return out
}

func TestArchiveMembers(t *testing.T) {
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	got := readTar(t, r.Archive)
	var names []string
	for _, m := range got {
		names = append(names, m.name)
		if strings.HasSuffix(m.name, "/") {
			assert.Equal(t, byte(tar.TypeDir), m.typ, m.name)
			assert.Empty(t, m.data)
		} else {
			assert.Equal(t, byte(tar.TypeReg), m.typ, m.name)
			want, ok := appV2[m.name]
			if m.name == "version" {
				want, ok = "2.0\n", true
			}
			require.True(t, ok, "unexpected member %q", m.name)
			assert.Equal(t, want, m.data, m.name)
		}
	}
	// Depth-first, siblings sorted, each directory right before its contents.
	assert.Equal(t, []string{"assets/", "assets/logo.bin", "boot.py", "data/", "data/héllo✓.py", "data/my file.txt",
		"lib/", "lib/new.py", "lib/util.py", "lib.py", "main.py", "version"}, names)
}

func TestUSTARHeaderIsArchiveTars(t *testing.T) {
	for _, c := range []struct {
		name string
		dir  bool
		size int64
		mt   int64
	}{{"main.py", false, 0, 0}, {"lib/", true, 0, 0}, {"lib/util.py", false, 123456, testTime.Unix()},
		{strings.Repeat("a", 100), false, 1 << 30, 1}} {
		var buf bytes.Buffer
		tw := tar.NewWriter(&buf)
		h := &tar.Header{Name: c.name, Mode: 0o644, Typeflag: tar.TypeReg, Size: c.size, ModTime: time.Unix(c.mt, 0), Format: tar.FormatUSTAR}
		if c.dir {
			h.Mode, h.Typeflag = 0o755, tar.TypeDir
		}
		require.NoError(t, tw.WriteHeader(h))
		assert.Equal(t, buf.Bytes()[:blockSize], ustarHeader(c.name, c.dir, c.size, c.mt), c.name)
	}
}

// TestMicroPythonTarfileView reads the archive the way micropython-lib's tarfile does: the
// 100-byte name field up to the first NUL, decoded as UTF-8, the size from the first 11 bytes
// of the size field in octal, a directory when the name ends in "/", end at a zero name.
func TestMicroPythonTarfileView(t *testing.T) {
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	zr, err := gzip.NewReader(bytes.NewReader(r.Archive))
	require.NoError(t, err)
	raw, err := io.ReadAll(zr)
	require.NoError(t, err)
	got := map[string]string{}
	for off := 0; ; {
		require.LessOrEqual(t, off+512, len(raw))
		h := raw[off : off+512]
		if h[0] == 0 {
			break
		}
		name := strings.TrimRight(string(h[:100]), "\x00")
		assert.Equal(t, "ustar\x0000", string(h[257:265]), "%s: ustar magic and version", name)
		size, err := strconv.ParseInt(string(h[124:135]), 8, 64)
		require.NoError(t, err, name)
		off += 512
		got[name] = string(raw[off : off+int(size)])
		off += (int(size) + 511) / 512 * 512
	}
	want := map[string]string{"version": "2.0\n", "assets/": "", "data/": "", "lib/": ""}
	for k, v := range appV2 {
		want[k] = v
	}
	assert.Equal(t, want, got)
}

func TestArchiveReadByGNUTar(t *testing.T) {
	if _, err := exec.LookPath("tar"); err != nil {
		t.Skip("tar not installed")
	}
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	dir := t.TempDir()
	gz := filepath.Join(dir, ArchiveName)
	require.NoError(t, os.WriteFile(gz, r.Archive, 0o644))
	cmd := exec.Command("tar", "tzf", gz)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	assert.Contains(t, lines, "data/héllo✓.py")
	assert.Contains(t, lines, "lib/")
	assert.Len(t, lines, 12)

	ex := filepath.Join(dir, "x")
	require.NoError(t, os.Mkdir(ex, 0o755))
	cmd = exec.Command("tar", "xzf", gz, "-C", ex)
	cmd.Env = cmd.Environ()
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	want := map[string]string{"version": "2.0\n"}
	for k, v := range appV2 {
		want[k] = v
	}
	assert.Equal(t, want, listTree(t, ex))
}

func TestLatestFile(t *testing.T) {
	r := build(t, writeApp(t, appV2), Options{Version: "2.0.1", Time: testTime})
	line := string(r.Latest)
	require.True(t, strings.HasSuffix(line, "\n"))
	f := strings.Split(strings.TrimSuffix(line, "\n"), ";")
	require.Len(t, f, 4)
	assert.Equal(t, "2.0.1", f[0])
	assert.Equal(t, ArchiveName, f[1])
	sum := sha256.Sum256(r.Archive)
	assert.Equal(t, hex.EncodeToString(sum[:]), f[3])
	kb, err := strconv.Atoi(f[2])
	require.NoError(t, err)
	total := len(r.Archive)
	for _, body := range appV2 {
		total += len(body)
	}
	total += len("2.0.1\n")
	assert.Equal(t, (total+1023)/1024, kb)
	assert.GreaterOrEqual(t, kb*1024, total)
}

type manifestJSON struct {
	Format  int    `json:"format"`
	Version string `json:"version"`
	Files   []struct {
		Path   string `json:"path"`
		Size   int    `json:"size"`
		SHA256 string `json:"sha256"`
	} `json:"files"`
	Deletes []string `json:"deletes"`
	Expires string   `json:"expires"`
	Archive struct {
		Path   string `json:"path"`
		Size   int    `json:"size"`
		SHA256 string `json:"sha256"`
	} `json:"archive"`
}

func TestManifest(t *testing.T) {
	prev := writeApp(t, appV1)
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Previous: prev, Time: testTime,
		Expires: time.Date(2026, 4, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))})
	var m manifestJSON
	require.NoError(t, json.Unmarshal(r.Manifest, &m))
	assert.Equal(t, 1, m.Format)
	assert.Equal(t, "2.0", m.Version)
	assert.Equal(t, "2026-03-31T23:00:00Z", m.Expires)
	want := map[string]string{"version": "2.0\n"}
	for k, v := range appV2 {
		want[k] = v
	}
	var paths []string
	for _, f := range m.Files {
		paths = append(paths, f.Path)
		body, ok := want[f.Path]
		require.True(t, ok, f.Path)
		sum := sha256.Sum256([]byte(body))
		assert.Equal(t, hex.EncodeToString(sum[:]), f.SHA256, f.Path)
		assert.Equal(t, len(body), f.Size, f.Path)
	}
	assert.Len(t, m.Files, len(want))
	assert.True(t, sort.StringsAreSorted(paths))
	assert.Equal(t, []string{"lib/old/gone.py", "lib/old/"}, m.Deletes)
	asum := sha256.Sum256(r.Archive)
	assert.Equal(t, ArchiveName, m.Archive.Path)
	assert.Equal(t, len(r.Archive), m.Archive.Size)
	assert.Equal(t, hex.EncodeToString(asum[:]), m.Archive.SHA256)

	// Canonical: what encoding/json makes of the parsed value (sorted keys, no spaces, no
	// HTML escaping) is the same bytes.
	var generic any
	require.NoError(t, json.Unmarshal(r.Manifest, &generic))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(generic))
	assert.Equal(t, strings.TrimSuffix(buf.String(), "\n"), string(r.Manifest))
	assert.Nil(t, r.Signature, "unsigned without a key")

	noPrev := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	assert.Contains(t, string(noPrev.Manifest), `"deletes":[]`)
	assert.NotContains(t, string(noPrev.Manifest), `expires`)
}

func TestDeletesKindChange(t *testing.T) {
	prev := writeApp(t, map[string]string{"main.py": "", "a": "file", "b/c/d.py": "", "b/e.py": ""})
	cur := writeApp(t, map[string]string{"main.py": "", "a/x.py": "now a dir", "b": "now a file"})
	r := build(t, cur, Options{Version: "3", Previous: prev})
	assert.Equal(t, []string{"a", "b/c/d.py", "b/e.py", "b/c/", "b/"}, r.Deletes)
}

func TestManifestSignature(t *testing.T) {
	key := []byte("shared secret")
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Key: key, Time: testTime})
	mac := hmac.New(sha256.New, key)
	mac.Write(r.Manifest)
	assert.Equal(t, hex.EncodeToString(mac.Sum(nil))+"\n", string(r.Signature))
	// Any change to the manifest bytes breaks it.
	tampered := bytes.Replace(r.Manifest, []byte(`"2.0"`), []byte(`"2.1"`), 1)
	require.NotEqual(t, r.Manifest, tampered)
	assert.NotEqual(t, strings.TrimSpace(string(r.Signature)), Sign(key, tampered))
	assert.NotEqual(t, strings.TrimSpace(string(r.Signature)), Sign([]byte("other"), r.Manifest))
	_, err := Build(writeApp(t, appV2), Options{Version: "2.0", Key: []byte{}})
	assert.ErrorContains(t, err, "empty signing key")
}

func TestVersionsJSON(t *testing.T) {
	key := []byte("badge-key")
	r := build(t, writeApp(t, appV2), Options{Version: "v2.3.4", Key: key, Time: testTime})
	assert.Equal(t, int64(2003004), r.Serial)
	var v struct {
		Version int64 `json:"version"`
		Files   []struct {
			Path    string `json:"path"`
			Version int64  `json:"version"`
			MD5     string `json:"md5"`
		} `json:"files"`
		Signature string `json:"signature"`
	}
	require.NoError(t, json.Unmarshal(r.Versions, &v))
	assert.Equal(t, int64(2003004), v.Version)
	want := map[string]string{"version": "v2.3.4\n"}
	for k, body := range appV2 {
		want[k] = body
	}
	require.Len(t, v.Files, len(want))
	// SaguarOTA's payload, recomputed here from the parsed JSON: "v=N", then "path\tver\tmd5"
	// lines sorted by path, joined by newlines.
	lines := []string{fmt.Sprintf("v=%d", v.Version)}
	for _, f := range v.Files {
		sum := md5.Sum([]byte(want[f.Path]))
		assert.Equal(t, hex.EncodeToString(sum[:]), f.MD5, f.Path)
		assert.Equal(t, v.Version, f.Version)
		lines = append(lines, fmt.Sprintf("%s\t%d\t%s", f.Path, f.Version, f.MD5))
	}
	sort.Strings(lines[1:])
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(strings.Join(lines, "\n")))
	assert.Equal(t, hex.EncodeToString(mac.Sum(nil)), v.Signature)
	// Python's json.dumps(indent=2) shape, ASCII only.
	assert.True(t, strings.HasPrefix(string(r.Versions), "{\n  \"version\": 2003004,\n  \"files\": [\n    {\n      \"path\": "))
	assert.Contains(t, string(r.Versions), `"data/h\u00e9llo\u2713.py"`)

	unsigned := build(t, writeApp(t, appV2), Options{Version: "2.3.4", Serial: 77})
	assert.NotContains(t, string(unsigned.Versions), "signature")
	assert.Contains(t, string(unsigned.Versions), "\"version\": 77,")
}

func TestPyString(t *testing.T) {
	// As Python's json.dumps("a\"b\\c\n\x01é😀\x7f") (ensure_ascii escapes all but ' '..'~').
	assert.Equal(t, `"a\"b\\c\n\u0001\u00e9\ud83d\ude00\u007f"`, pyString("a\"b\\c\n\x01é😀\x7f"))
	assert.Equal(t, `"plain/path.py"`, pyString("plain/path.py"))
}

func TestSerialFromVersion(t *testing.T) {
	for v, want := range map[string]int64{"1": 1000000, "1.2": 1002000, "1.2.3": 1002003, "v0.0.1": 1, "V10.999.0": 10999000} {
		got, err := SerialFromVersion(v)
		require.NoError(t, err, v)
		assert.Equal(t, want, got, v)
	}
	for _, v := range []string{"0", "0.0.0", "1.2.3.4", "1.1000", "1.2-rc1", "x", "1..2", "v"} {
		_, err := SerialFromVersion(v)
		assert.ErrorContains(t, err, "--serial", v)
	}
	_, err := Build(writeApp(t, appV2), Options{Version: "nightly"})
	assert.ErrorContains(t, err, "--serial")
	r := build(t, writeApp(t, appV2), Options{Version: "nightly", Serial: 5})
	assert.Equal(t, int64(5), r.Serial)
}

func TestRefusals(t *testing.T) {
	app := writeApp(t, map[string]string{"main.py": "print(1)\n"})
	for _, v := range []string{"", "1.0;evil", "1.0\n", "1.\n0", " 1.0", "1.0\t", "1\x00", strings.Repeat("1", 129), "\xff"} {
		_, err := Build(app, Options{Version: v, Serial: 1})
		assert.Error(t, err, "%q", v)
	}
	_, err := Build(t.TempDir(), Options{Version: "1.0", VersionFile: "-"})
	assert.ErrorContains(t, err, "holds no files")
	_, err = Build(writeApp(t, map[string]string{".git/x": "", "__pycache__/m.mpy": ""}), Options{Version: "1.0", VersionFile: "-"})
	assert.ErrorContains(t, err, "holds no files")
	_, err = Build(filepath.Join(app, "missing"), Options{Version: "1.0"})
	assert.Error(t, err)
	_, err = Build(filepath.Join(app, "main.py"), Options{Version: "1.0"})
	assert.ErrorContains(t, err, "not a directory")
	long := writeApp(t, map[string]string{strings.Repeat("d", 60) + "/" + strings.Repeat("f", 40) + ".py": ""})
	_, err = Build(long, Options{Version: "1.0"})
	assert.ErrorContains(t, err, "at most 100 bytes")
	ok100 := writeApp(t, map[string]string{strings.Repeat("d", 59) + "/" + strings.Repeat("f", 40): ""})
	_, err = Build(ok100, Options{Version: "1.0"})
	assert.NoError(t, err)
	_, err = Build(writeApp(t, map[string]string{"version": "0.9\n"}), Options{Version: "1.0"})
	assert.ErrorContains(t, err, "make them agree")
	_, err = Build(writeApp(t, map[string]string{"version": " 1.0\n"}), Options{Version: "1.0"})
	assert.NoError(t, err)
	_, err = Build(app, Options{Version: "1.0", Time: time.Unix(-5, 0)})
	assert.ErrorContains(t, err, "before the Unix epoch")
}

func TestHostileTree(t *testing.T) {
	outside := writeApp(t, map[string]string{"secret.txt": "do not ship", "sub/x.py": ""})
	app := writeApp(t, map[string]string{"main.py": "print(1)\n", "lib/real.py": "R = 1\n"})
	require.NoError(t, os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(app, "leak.txt")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "sub"), filepath.Join(app, "leakdir")))
	require.NoError(t, os.Symlink("../../"+filepath.Base(outside)+"/secret.txt", filepath.Join(app, "lib", "rel.txt")))
	require.NoError(t, os.Symlink("real.py", filepath.Join(app, "lib", "alias.py")))
	require.NoError(t, os.Symlink("lib", filepath.Join(app, "libalias")))
	require.NoError(t, os.Symlink("nowhere", filepath.Join(app, "broken")))
	require.NoError(t, os.Mkdir(filepath.Join(app, "empty"), 0o755))
	r := build(t, app, Options{Version: "1.0", Time: testTime})
	var paths []string
	for _, f := range r.Files {
		paths = append(paths, f.Path)
		assert.NotContains(t, string(f.Data), "do not ship")
	}
	assert.Equal(t, []string{"lib/alias.py", "lib/real.py", "main.py", "version"}, paths)
	assert.Equal(t, "R = 1\n", string(r.Files[0].Data))
	skipped := strings.Join(r.Skipped, "\n")
	for _, s := range []string{"leak.txt", "leakdir", "lib/rel.txt", "libalias", "broken", "empty/"} {
		assert.Contains(t, skipped, s)
	}
	for _, m := range readTar(t, r.Archive) {
		assert.NotContains(t, m.data, "do not ship")
		assert.False(t, strings.Contains(m.name, "..") || strings.HasPrefix(m.name, "/"), m.name)
	}
	// The application directory is untouched.
	entries, err := os.ReadDir(app)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"broken", "empty", "leak.txt", "leakdir", "lib", "libalias", "main.py"}, names)
}

func TestWriteLayout(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(out, "README"), []byte("kept"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(out, FilesDir, "stale"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(out, SignatureName), []byte("stale"), 0o644))
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	require.NoError(t, r.Write(out))
	got := listTree(t, out)
	assert.Equal(t, "kept", got["README"])
	assert.Equal(t, string(r.Latest), got[LatestName])
	assert.Equal(t, string(r.Archive), got[ArchiveName])
	assert.Equal(t, string(r.Manifest), got[ManifestName])
	assert.Equal(t, string(r.Versions), got[VersionsName])
	_, signed := got[SignatureName]
	assert.False(t, signed, "a stale signature is removed")
	for _, f := range r.Files {
		assert.Equal(t, string(f.Data), got[FilesDir+"/"+f.Path], f.Path)
	}
	assert.Len(t, got, 5+len(r.Files))
}

// TestRealMicroPythonReadsArchive unpacks the archive with real MicroPython 1.27 (the wasm
// build under node, tools/mpref) using deflate.DeflateIO and its frozen micropython-lib
// tarfile, as an updater on a board does.
func TestRealMicroPythonReadsArchive(t *testing.T) {
	runner, err := filepath.Abs(filepath.Join("..", "..", "tools", "mpref", "run.mjs"))
	require.NoError(t, err)
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(runner), "node_modules")); err != nil {
		t.Skip("tools/mpref: npm ci not run")
	}
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Time: testTime})
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, ArchiveName), r.Archive, 0o644))
	prog := filepath.Join(t.TempDir(), "unpack.py")
	require.NoError(t, os.WriteFile(prog, []byte(`import deflate, tarfile, hashlib, binascii
with open("firmware.tar.gz", "rb") as f:
    for m in tarfile.TarFile(fileobj=deflate.DeflateIO(f, deflate.GZIP)):
        if m.type == tarfile.DIRTYPE:
            print("D", m.name)
        else:
            h = hashlib.sha256(m.subf.read())
            print("F", m.name, m.size, binascii.hexlify(h.digest()).decode())
`), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "node", runner, "--root", root, prog).CombinedOutput()
	require.NoError(t, err, "%s", out)
	var want []string
	for _, m := range readTar(t, r.Archive) {
		if m.typ == tar.TypeDir {
			want = append(want, "D "+m.name)
		} else {
			sum := sha256.Sum256([]byte(m.data))
			want = append(want, fmt.Sprintf("F %s %d %s", m.name, len(m.data), hex.EncodeToString(sum[:])))
		}
	}
	assert.Equal(t, strings.Join(want, "\n")+"\n", string(out))
}

// TestPythonAgrees checks, when python3 is installed, that versions.json is byte for byte what
// SaguarOTA's builder writes (json.dumps(manifest, indent=2)), that Python's hmac verifies the
// signature over SaguarOTA's payload, and that manifest.json is the README's Python equivalent
// of the canonical encoding.
func TestPythonAgrees(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	r := build(t, writeApp(t, appV2), Options{Version: "2.0", Key: []byte("kéy"), Time: testTime})
	f := filepath.Join(t.TempDir(), VersionsName)
	require.NoError(t, os.WriteFile(f, r.Versions, 0o644))
	mf := filepath.Join(t.TempDir(), ManifestName)
	require.NoError(t, os.WriteFile(mf, r.Manifest, 0o644))
	script := `import json, hmac, hashlib, sys
s = open(sys.argv[1], encoding="utf-8").read()
m = json.loads(s)
print(json.dumps(m, indent=2) + "\n" == s)
parts = ["v={}".format(int(m["version"]))]
for e in sorted(m["files"], key=lambda e: e["path"]):
    parts.append("{}\t{}\t{}".format(e["path"], int(e["version"]), e["md5"]))
print(hmac.new("kéy".encode("utf-8"), "\n".join(parts).encode("utf-8"), hashlib.sha256).hexdigest() == m["signature"])
b = open(sys.argv[2], "rb").read()
print(json.dumps(json.loads(b), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8") == b)
`
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "-c", script, f, mf)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Equal(t, "True\nTrue\nTrue\n", string(out))
}
