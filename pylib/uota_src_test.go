package pylib_test

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/vfs"
)

func uotaWorld(t *testing.T, model vfs.Model) (*World, emulator.Release) {
	t.Helper()
	w := NewWorld(t, WorldOptions{Model: model, Source: "uota"})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
	return w, w.Expected(rel)
}

func TestUOTAHappyPath(t *testing.T) {
	w, want := uotaWorld(t, vfs.LittleFS)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "2.0", v.Version)
	// latest, the archive scanned, the archive unpacked; then nothing more (2.0 is current)
	var paths []string
	for _, q := range r.Requests {
		paths = append(paths, q.URI)
	}
	assert.Equal(t, []string{"/latest", "/firmware.tar.gz", "/firmware.tar.gz", "/latest"}, paths)
}

func TestUOTASweep(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w, want := uotaWorld(t, model)
			// inside cuts on littlefs only: a cut inside a FAT directory rewrite wipes neighbouring
			// entries, which no updater can prevent (as the core's TestSweep)
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Inside: model == vfs.LittleFS, Depth2: 2})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
			assert.Greater(t, s.Cases, 20)
		})
	}
}

// serveBytes replaces the body of one path of the static server.
func serveBytes(path string, body []byte) func(http.Handler) http.Handler {
	return func(static http.Handler) http.Handler {
		return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			if r.URL.Path != path {
				static.ServeHTTP(rw, r)
				return
			}
			rw.Header().Set("Content-Length", fmt.Sprint(len(body)))
			_, _ = rw.Write(body)
		})
	}
}

// refusedRun runs a world whose update must be refused: the device stays on the old tree.
func refusedRun(t *testing.T, w *World, want string) *emulator.Run {
	t.Helper()
	r := w.Run(t)
	v := Verdict(w.Judge(nil, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "1.0", v.Version)
	assert.Contains(t, string(r.Console), want)
	return r
}

func TestUOTATamperingRefused(t *testing.T) {
	base := NewWorld(t, WorldOptions{Source: "uota"})
	rel := base.Release(t, "2.0", newApp("2.0"), release.Options{})
	latest := string(rel.Latest)
	flipped := bytes.Clone(rel.Archive)
	flipped[len(flipped)/2] ^= 1
	otherSHA := sha256.Sum256([]byte("x"))
	cases := []struct {
		name, path string
		body       []byte
		want       string
	}{
		{"archive byte flipped", "/firmware.tar.gz", flipped, "update failed: "},
		{"latest names another sha", "/latest", []byte(strings.Replace(latest, hex.EncodeToString(sha(rel.Archive)), hex.EncodeToString(otherSHA[:]), 1)), "archive SHA-256 mismatch"},
		{"latest without sha", "/latest", []byte("2.0;firmware.tar.gz\n"), "latest has no SHA-256"},
		{"latest garbage", "/latest", []byte("2.0\n"), "latest: want VERSION;FILE"},
		{"latest file escapes", "/latest", []byte("2.0;../x.tar.gz;1;" + hex.EncodeToString(otherSHA[:]) + "\n"), "bad path component"},
		{"archive truncated", "/firmware.tar.gz", rel.Archive[:len(rel.Archive)-30], "Integrity"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Source: "uota", Handler: serveBytes(c.path, c.body)})
			require.NoError(t, os.CopyFS(w.ServeDir, os.DirFS(base.ServeDir)))
			r := refusedRun(t, w, c.want)
			assert.Empty(t, r.Device.FlashOps(), "refused while checking: nothing written")
		})
	}
}

func sha(b []byte) []byte {
	s := sha256.Sum256(b)
	return s[:]
}

// hostileRelease serves a uOTA release whose (correctly hashed) archive holds members.
func hostileRelease(t *testing.T, w *World, members []tarMember) {
	t.Helper()
	arc := makeTar(t, members)
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.tar.gz"), arc, 0o644))
	latest := fmt.Sprintf("2.0;firmware.tar.gz;%d;%s\n", len(arc)/1024+1, hex.EncodeToString(sha(arc)))
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "latest"), []byte(latest), 0o644))
}

func TestUOTAHostileArchivesRefused(t *testing.T) {
	app := newApp("2.0")
	ok := func() []tarMember {
		return []tarMember{file("app.py", app["app.py"]), dir("lib/"), file("lib/util.py", app["lib/util.py"]), file("version", "2.0\n")}
	}
	cases := []struct {
		name  string
		extra tarMember
		want  string
	}{
		{"path traversal", file("../boot.py", "import os\n"), "bad path component in ../boot.py"},
		{"deep traversal", file("lib/../../x.py", "x"), "bad path component"},
		{"absolute", file("/main.py", "x"), "absolute path: /main.py"},
		{"symlink", tarMember{hdr: tar.Header{Name: "main.py", Typeflag: tar.TypeSymlink, Linkname: "/ota.json"}}, "link member main.py"},
		{"state dir", file(".ota/rec0", "x"), "path outside the application: .ota/rec0"},
		{"file and dir", file("lib", "x"), "twice in the archive"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Source: "uota"})
			hostileRelease(t, w, append(ok(), c.extra))
			r := refusedRun(t, w, c.want)
			assert.Empty(t, r.Device.FlashOps(), "refused while checking: nothing written")
		})
	}
	// the same archive without the hostile member is applied
	w := NewWorld(t, WorldOptions{Source: "uota"})
	hostileRelease(t, w, ok())
	want := emulator.Release{Name: "new", Version: "2.0", Files: w.Tree()}
	for _, p := range []string{"app.py", "lib/util.py", "version"} {
		want.Files["/"+p] = []byte(app[p])
	}
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
}

// TestUOTAFirmwareGenerations unpacks through uzlib.DecompIO on 1.20 (no deflate module) and
// deflate.DeflateIO on 1.27, on an ESP32 and on a Pico W with a 48 KB heap (the decompressor's
// 32 KiB window included).
func TestUOTAFirmwareGenerations(t *testing.T) {
	for _, fwv := range []string{"1.20", "1.27"} {
		for _, board := range []string{"ESP32_GENERIC", "RPI_PICO_W"} {
			t.Run(fwv+"/"+board, func(t *testing.T) {
				heap := 0
				if board == "RPI_PICO_W" {
					heap = 48 << 10
				}
				w := NewWorld(t, WorldOptions{Source: "uota", Board: board, Heap: heap})
				fw, err := emulator.LookupFirmware(fwv)
				require.NoError(t, err)
				require.Equal(t, fwv == "1.27", fw.HasModule("deflate"))
				require.Equal(t, fwv == "1.20", fw.HasModule("uzlib"))
				w.Scenario.Firmware = fw
				rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
				want := w.Expected(rel)
				r := w.Run(t)
				v := Verdict(w.Judge(&want, "new"), r)
				require.True(t, v.Pass, "%s\n%s", v, r.Console)
			})
		}
	}
}

// TestUOTAMirror: with "mirror" the installed files the archive lacks are deleted (and their
// emptied directory), pylib and the config stay; under every power cut too.
func TestUOTAMirror(t *testing.T) {
	old := DefaultApp("1.0")
	old["lib/old.py"] = "OLD = 1\n"
	old["olddir/sub/x.py"] = "x = 1\n"
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Model: model, Source: "uota", App: old, Config: map[string]any{"mirror": true}})
			rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
			require.Contains(t, rel.Deletes, "olddir/sub/")
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, "new"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			for _, p := range []string{"/olddir", "/olddir/sub"} {
				_, err := r.Device.Flash.Stat(p)
				assert.Error(t, err, "%s removed at confirm", p)
			}
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Inside: model == vfs.LittleFS, Depth2: 1})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
		})
	}
	// without mirror uOTA deletes nothing (as uOTA itself)
	w := NewWorld(t, WorldOptions{Source: "uota", App: old})
	w.Release(t, "2.0", newApp("2.0"), release.Options{})
	r := w.Run(t)
	_, err := r.Device.Flash.Stat("/lib/old.py")
	assert.NoError(t, err)
	assert.Contains(t, string(r.Console), "running version 2.0")
}

// TestUOTANetworkFaults: a connection reset in either pass over the archive restarts that
// pass; an archive that never arrives whole leaves the device on the old release.
func TestUOTANetworkFaults(t *testing.T) {
	arc := netsim.Target{Host: Host, Path: "/firmware.tar.gz"}
	nth := func(conn int) netsim.Target { t := arc; t.Conn = conn; return t }
	cases := []struct {
		name     string
		faults   []NetFault
		expect   string
		archives int // requests of the archive
	}{
		{"reset in the scan", []NetFault{fault(t, "reset", map[string]string{"at": "700"}, nth(2))}, "new", 3},
		{"reset in the unpack", []NetFault{fault(t, "reset", map[string]string{"at": "700"}, nth(3))}, "new", 3},
		{"truncated every time", []NetFault{fault(t, "truncate", map[string]string{"at": "700"}, arc)}, "old", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Source: "uota", Faults: c.faults})
			rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, c.expect), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			n := 0
			for _, q := range r.Requests {
				if q.URI == "/firmware.tar.gz" {
					n++
				}
			}
			assert.Equal(t, c.archives, n)
		})
	}
}
