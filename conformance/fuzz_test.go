package conformance

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/pylib"
)

// The pylib fuzz targets run one of pylib's parsers on the emulator (the real MicroPython
// runtime with pylib on its flash) and hold it to its documented contract: a well-formed
// result, or ota.errors.OTAError (Refused, ...) — never another exception, never a runaway
// (a step budget), never an emulator fault or a host panic. One interpreter per target is
// reused across inputs (pylib's modules stay imported), which is what makes thousands of
// inputs per second possible.

// fuzzStepsPerInput bounds the bytecodes one input may take: far above any parse of a 4 KiB
// input, far below a hang. The interpreter's own budget (fuzzMaxSteps) counts every input it
// ran, so it is replaced before fewer than fuzzStepsPerInput steps remain.
const (
	fuzzStepsPerInput = 3_000_000
	fuzzMaxSteps      = 60_000_000
)

// fuzzMaxInput bounds the input size (the parsers' own limits are larger; 4 KiB keeps a
// fuzzing run fast).
const fuzzMaxInput = 4096

// pyHarness is a reusable interpreter with pylib installed.
type pyHarness struct {
	mu  sync.Mutex
	fs  afero.Fs
	out bytes.Buffer
	it  *mpy.Interp
	// setup is the program defining check(data) (run once); calls are then "check(DATA)".
	setup string
}

var harnesses sync.Map // target name -> *pyHarness

func harness(t testing.TB, name, setup string) *pyHarness {
	if h, ok := harnesses.Load(name); ok {
		return h.(*pyHarness)
	}
	h := &pyHarness{fs: afero.NewMemMapFs(), setup: setup}
	require.NoError(t, pylib.Install(h.fs, "/lib"))
	h.start(t)
	actual, _ := harnesses.LoadOrStore(name, h)
	return actual.(*pyHarness)
}

func (h *pyHarness) start(t testing.TB) {
	if h.it != nil {
		h.it.Close()
	}
	it, err := mpy.New(mpy.Config{Console: &h.out, FS: h.fs, MaxSteps: fuzzMaxSteps, Platform: "esp32", Device: fixedClock{}})
	require.NoError(t, err)
	h.it = it
	h.out.Reset()
	require.NoError(t, afero.WriteFile(h.fs, "/fuzzcheck.py", []byte(fuzzPrelude+h.setup), 0o644))
	err = it.RunSource([]byte("import fuzzcheck\n"), "setup.py")
	require.NoError(t, err, "setup:\n%s", h.out.String())
}

// fuzzPrelude is shared by every target: run(fn, *args) calls fn and reports how it ended.
const fuzzPrelude = `
import sys
from ota import errors

RESULT = None


def run(fn, *args):
    global RESULT
    try:
        RESULT = fn(*args)
    except errors.OTAError as e:
        RESULT = None
        print("REFUSED", type(e).__name__)
        return
    print("OK")


def bad(why):
    print("BAD", why)
`

// check runs check() on one input: an error says how it did not end cleanly.
func (h *pyHarness) check(t testing.TB, data []byte) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.it.Steps() > fuzzMaxSteps-fuzzStepsPerInput {
		h.start(t)
	}
	before := h.it.Steps()
	require.NoError(t, afero.WriteFile(h.fs, "/in.bin", data, 0o644))
	h.out.Reset()
	err := h.it.RunSource([]byte("import fuzzcheck\nwith open('/in.bin', 'rb') as f:\n    fuzzcheck.check(f.read())\n"), "fuzz.py")
	out := h.out.String()
	if err != nil {
		var fault *mpy.Fault
		var abort *mpy.Abort
		kind := "uncaught exception (not ota.errors.OTAError)"
		if errors.As(err, &fault) {
			kind = "emulator fault"
		} else if errors.As(err, &abort) {
			kind = "runaway (step budget) or abort"
		}
		// a fresh interpreter for the next input: this one may be mid-way through anything
		h.start(t)
		return fmt.Errorf("%s on input %q: %v\n%s", kind, data, err, out)
	}
	if n := h.it.Steps() - before; n > fuzzStepsPerInput {
		return fmt.Errorf("runaway: %d bytecodes (budget %d) on input %q", n, fuzzStepsPerInput, data)
	}
	if strings.Contains(out, "BAD") {
		return fmt.Errorf("malformed result on input %q:\n%s", data, out)
	}
	if !strings.Contains(out, "OK") && !strings.Contains(out, "REFUSED") {
		return fmt.Errorf("no result on input %q:\n%s", data, out)
	}
	return nil
}

func fuzzPy(f *testing.F, name, setup string, seeds [][]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > fuzzMaxInput {
			return
		}
		var err error
		withDeadline(data, func() { err = harness(t, name, setup).check(t, data) })
		if err != nil {
			t.Fatal(err)
		}
	})
}

// seedRelease is a genuine release of a small tree, the seeds' source.
var seedRelease = sync.OnceValues(func() (*release.Release, error) {
	dir, err := tempApp()
	if err != nil {
		return nil, err
	}
	return release.Build(dir, release.Options{Version: "2.0.0", Key: []byte(Key)})
})

func tempApp() (string, error) {
	dir, err := afero.TempDir(afero.NewOsFs(), "", "ota-emu-fuzz-app-")
	if err != nil {
		return "", err
	}
	for name, c := range map[string]string{"main.py": "import app\n", "app.py": "print('v2')\n", "lib/util.py": "V = 2\n"} {
		if err := writeFile(dir+"/"+name, []byte(c)); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func mustRelease(f *testing.F) *release.Release {
	r, err := seedRelease()
	require.NoError(f, err)
	return r
}

// FuzzLatest: uOTA's latest file (ota.src_uota.parse_latest).
func FuzzLatest(f *testing.F) {
	r := mustRelease(f)
	fuzzPy(f, "latest", `
from ota.src_uota import parse_latest


def check(d):
    run(parse_latest, d)
    if RESULT is not None:
        v, name, kb, sha = RESULT
        if not isinstance(v, str) or not v or not isinstance(name, str) or not name:
            bad("version/name")
        if kb is not None and (not isinstance(kb, int) or kb < 0):
            bad("kb")
        if sha is not None and len(sha) != 64:
            bad("sha")
        if ".." in name.split("/") or name.startswith("/"):
            bad("path")
`, [][]byte{r.Latest, []byte("2.0.1;firmware.tar.gz"), []byte("2.0.1;firmware.tar.gz;2"),
		[]byte("2.0.1;../x.tar.gz;0;" + strings.Repeat("a", 64)), []byte("firmware.tar.gz"), {0xff, ';', 'a'}, []byte("1;a;\n\n")})
}

// FuzzManifest: manifest.json (ota.src_manifest Source._parse), both the in-RAM path and the
// streamed one (jsonstream).
func FuzzManifest(f *testing.F) {
	r := mustRelease(f)
	fuzzPy(f, "manifest", `
from ota import jsonstream
from ota.src_manifest import Source


class _S:
    pass


_s = _S()
_s.base = "https://ota.example/"
_s.cfg = {"max_files": 1000, "max_manifest": 65536}


def _check_rel():
    if RESULT is None:
        return
    if not isinstance(RESULT.version, str) or not RESULT.version:
        bad("version")
    for f in RESULT.files:
        if f.path.startswith("/") or ".." in f.path.split("/"):
            bad("path " + f.path)
        if not isinstance(f.size, int) or f.size < 0:
            bad("size")


def check(d):
    run(Source._parse, _s, None, d)
    _check_rel()
    run(Source._parse, _s, jsonstream.BytesReader(d).read, None)
    _check_rel()
`, [][]byte{r.Manifest, []byte(`{"format":1,"version":"2","files":[{"path":"../a","sha256":"` + strings.Repeat("0", 64) + `","size":1}]}`),
		[]byte(`{"format":1,"version":"2","files":[],"deletes":["a/"],"expires":"2020-01-01T00:00:00Z"}`),
		[]byte(`{"format":1,"files":{}}`), []byte(`[`), []byte(`{"a":"\ud800"}`), []byte(`{"format":1e999}`)})
}

// FuzzVersions: SaguarOTA's versions.json (ota.src_versions.parse_versions), with a key.
func FuzzVersions(f *testing.F) {
	r := mustRelease(f)
	fuzzPy(f, "versions", `
from ota.src_versions import parse_versions


def check(d):
    run(parse_versions, d, "`+Key+`")
    if RESULT is not None:
        serial, files = RESULT
        if not isinstance(serial, int):
            bad("serial")
        for p, v, md5 in files:
            if p.startswith("/") or ".." in p.split("/") or len(md5) != 32:
                bad("entry")
    run(parse_versions, d, None)
`, [][]byte{r.Versions, []byte(`{"version": 1, "files": [{"path": "a", "version": 1, "md5": "` + strings.Repeat("0", 32) + `"}]}`),
		[]byte(`{"version": "1", "files": null}`), []byte(`{"version": 1e3, "files": []}`), []byte(`{"version": 1, "files": [1]}`)})
}

// FuzzGitHubRelease: the GitHub API's releases/latest, refs and commits
// (ota.src_github.parse_release, parse_ref, parse_commit, parse_rate).
func FuzzGitHubRelease(f *testing.F) {
	fuzzPy(f, "github-release", `
from ota import src_github as g


def check(d):
    run(g.parse_release, d)
    if RESULT is not None:
        tag, assets = RESULT
        if not isinstance(tag, str) or not isinstance(assets, dict):
            bad("release")
    run(g.parse_ref, d)
    if RESULT is not None and len(RESULT) != 40:
        bad("ref")
    run(g.parse_commit, d)
    run(g.parse_rate, d)
`, [][]byte{[]byte(`{"tag_name": "v2.0.0", "draft": false, "assets": [{"name": "manifest.json", "browser_download_url": "https://github.com/o/r/releases/download/v2.0.0/manifest.json", "size": 10}]}`),
		[]byte(`{"object": {"type": "commit", "sha": "` + strings.Repeat("a", 40) + `"}}`),
		[]byte(`{"tree": {"sha": "` + strings.Repeat("b", 40) + `"}, "committer": {"date": "2026-05-04T12:30:00Z"}}`),
		[]byte(`{"resources": {"core": {"remaining": 0, "reset": 1}}}`), []byte(`{"tag_name": 5}`), []byte(`null`)})
}

// FuzzGitHubTree: a git tree listing (ota.src_github.parse_tree, streamed).
func FuzzGitHubTree(f *testing.F) {
	fuzzPy(f, "github-tree", `
from ota import src_github as g


def check(d):
    run(g.parse_tree, d)
    if RESULT is not None:
        for p, sha, size in RESULT:
            if p.startswith("/") or ".." in p.split("/") or len(sha) != 40:
                bad("entry")
    run(g.parse_tree, d, "lib/")
`, [][]byte{[]byte(`{"sha": "` + strings.Repeat("c", 40) + `", "truncated": false, "tree": [{"path": "lib/a.py", "mode": "100644", "type": "blob", "sha": "` + strings.Repeat("d", 40) + `", "size": 3}, {"path": "lib", "mode": "040000", "type": "tree", "sha": "` + strings.Repeat("e", 40) + `"}]}`),
		[]byte(`{"tree": [{"path": "x", "mode": "120000", "type": "blob", "sha": "` + strings.Repeat("d", 40) + `", "size": 3}]}`),
		[]byte(`{"truncated": true, "tree": []}`), []byte(`{"tree": [{"path": "../x", "type": "blob"}]}`)})
}

// FuzzFirmware: the firmware source's firmware.json (ota.src_firmware.parse_descriptor) and an
// app image's esp_app_desc_t (parse_app_desc, which returns "" for anything it cannot read).
func FuzzFirmware(f *testing.F) {
	desc := make([]byte, 0x50)
	desc[0] = 0xE9
	copy(desc[0x20:], []byte{0x32, 0x54, 0xcd, 0xab})
	copy(desc[0x30:], "2.0.0")
	fuzzPy(f, "firmware", `
from ota import src_firmware as fw


def check(d):
    run(fw.parse_descriptor, d)
    if RESULT is not None:
        v, name, size, sha = RESULT
        if not isinstance(v, str) or not v or name.startswith("/") or ".." in name.split("/"):
            bad("descriptor")
        if not isinstance(size, int) or size < 64 or len(sha) != 64:
            bad("size/sha")
    run(fw.parse_app_desc, d)
    if not isinstance(RESULT, str):
        bad("app desc")
`, [][]byte{[]byte(`{"version": "2.0.0", "file": "app.bin", "size": 4096, "sha256": "` + strings.Repeat("a", 64) + `"}`),
		[]byte(`{"version": "2.0.0", "file": "../app.bin", "size": true, "sha256": 1}`), desc, desc[:0x40],
		append(append([]byte(nil), desc[:0x30]...), 0xff, 0xfe)})
}

// FuzzTarHeader: one ustar header block (ota._tar.parse_header); inputs are padded or cut
// to 512 bytes except when shorter than 8 (the short-header path).
func FuzzTarHeader(f *testing.F) {
	r := mustRelease(f)
	var seeds [][]byte
	if raw, err := gunzip(r.Archive); err == nil {
		for off := 0; off+512 <= len(raw) && len(seeds) < 6; off += 512 {
			seeds = append(seeds, raw[off:off+512])
		}
	}
	seeds = append(seeds, make([]byte, 512), []byte("short"))
	fuzzPy(f, "tar-header", `
from ota import _tar


def check(d):
    if len(d) >= 8:
        d = (d + bytes(512))[:512]
    run(_tar.parse_header, d)
    if RESULT is not None:
        name, size, kind = RESULT
        if name.startswith("/") or ".." in name.split("/") or size < 0:
            bad("member")
`, seeds)
}

// FuzzProfile: the profile parser never panics; what it accepts survives a round trip.
func FuzzProfile(f *testing.F) {
	for _, p := range []string{"profiles/staged/profile.yaml", "profiles/uota/profile.yaml", "profiles/pylib-manifest/profile.yaml"} {
		if b, err := readFileBytes(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("name: x\nprotocol: flat\ndevice: [{dir: d}]\napp: a\ninstalled_version: '1'\nxfail: {'tag:[': r}\n"))
	f.Add([]byte(`{"name": "x", "protocol": "uota", "device": [{"embed": "pylib"}], "app": "a", "installed_version": "1", "files": {"/a": "{{.Nope"}}`))
	f.Add([]byte("name: &a x\nprotocol: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p *Profile
		var err error
		withDeadline(data, func() { p, err = ParseProfile(data, "/nonexistent") })
		if err != nil {
			require.NotNil(t, err.Error())
			return
		}
		out, err := yaml.Marshal(p)
		require.NoError(t, err)
		p2, err := ParseProfile(out, "/nonexistent")
		require.NoError(t, err, "re-encoded profile refused:\n%s", out)
		require.Equal(t, p, p2)
		for _, c := range Cases() {
			_ = p.XFailReason(c)
			_ = c.Applies(p)
		}
	})
}

func readFileBytes(p string) ([]byte, error) { return afero.ReadFile(afero.NewOsFs(), p) }

// TestFuzzHarnessCatches shows the harness can fail: an exception other than OTAError, a
// runaway and a malformed result are each reported, and a refusal is not.
func TestFuzzHarnessCatches(t *testing.T) {
	for _, c := range []struct{ name, setup, want string }{
		{"other", "def check(d):\n    run(lambda: d[1000])\n", "uncaught exception"},
		{"runaway", "def check(d):\n    while True:\n        pass\n", "runaway"},
		{"slow", "def check(d):\n    for i in range(2000000):\n        pass\n    run(len, d)\n", "runaway"},
		{"bad", "def check(d):\n    bad('x')\n", "malformed"},
		{"silent", "def check(d):\n    pass\n", "no result"},
		{"refused", "def check(d):\n    run(lambda: (_ for _ in ()).throw(errors.Refused('no')))\n", ""},
	} {
		err := harness(t, "catch-"+c.name, c.setup).check(t, []byte("x"))
		if c.want == "" {
			require.NoError(t, err, c.name)
			continue
		}
		require.Error(t, err, c.name)
		require.Contains(t, err.Error(), c.want, c.name)
	}
}

// fuzzDeadline is the wall-clock time one input may take before it counts as a hang (a loop
// in Go code, which no step budget sees). The fuzzing engine itself never times an input out.
const fuzzDeadline = 10 * time.Second

// withDeadline runs fn, and panics with the input when it takes longer than fuzzDeadline.
func withDeadline(data []byte, fn func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(fuzzDeadline):
		panic(fmt.Sprintf("hang: input %q still running after %s", data, fuzzDeadline))
	}
}

// fixedClock is the device clock of the fuzz interpreter: the RTC reads 2026-01-01 (an
// expiry check has a date to compare with) and sleeping costs nothing.
type fixedClock struct{}

func (fixedClock) SinceBoot() time.Duration             { return time.Second }
func (fixedClock) Sleep(_ *mpy.Interp, _ time.Duration) {}
func (fixedClock) RTC() time.Time                       { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
func (fixedClock) Epoch1970() bool                      { return false }

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
