package pylib_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/vfs"
)

// newApp is release 2.0: app.py changed, lib/util.py changed, a new module, boot.py kept.
func newApp(version string) map[string]string {
	app := DefaultApp(version)
	app["lib/extra.py"] = "X = 1\n"
	return app
}

func TestHappyPath(t *testing.T) {
	w := NewWorld(t, WorldOptions{})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
	want := w.Expected(rel)
	r := w.Run(t)
	t.Logf("console:\n%s\n%d boots, %d bytecodes, %.2f s on the device, %d flash ops", r.Console, r.Outcome.Boots, r.Outcome.Steps, float64(r.Outcome.TimeUS)/1e6, r.Outcome.FlashOps)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s", v)
	assert.Equal(t, emulator.OKNew, v.Outcome)
	assert.Equal(t, "2.0", v.Version)
}

// TestSweep cuts power after every flash operation of an update (and, on littlefs, inside
// every one; a cut inside a FAT directory rewrite wipes the neighbouring entries of the
// application's own directories, which no updater can prevent), with two second cuts during
// each recovery: zero bricked, zero stuck.
func TestSweep(t *testing.T) {
	for _, c := range []struct {
		board string
		model vfs.Model
	}{{"ESP32_GENERIC", vfs.LittleFS}, {"ESP32_GENERIC", vfs.FAT}, {"RPI_PICO_W", vfs.LittleFS}} {
		model := c.model
		t.Run(c.board+"-"+model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Model: model, Board: c.board})
			rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
			want := w.Expected(rel)
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Depth2: 2, Inside: model == vfs.LittleFS})
			t.Logf("%s %s: %d cases (%d booted): %v", c.board, model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
			assert.Greater(t, s.Cases, 20)
		})
	}
}

// TestMITMRefused puts a man in the middle with every forged certificate in front of a pylib
// configured with the netsim CA and a secret Authorization header: the update is refused
// (the device keeps the old release) and no request, let alone the secret, reaches the
// impostor.
func TestMITMRefused(t *testing.T) {
	secret := map[string]any{"Authorization": "Bearer s3cr3t-token", "X-Api-Key": "k3y"}
	for _, forgery := range netsim.Forgeries() {
		t.Run(string(forgery), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret},
				Faults: []NetFault{{Fault: &netsim.MITM{Forgery: forgery}, Target: netsim.Target{Host: Host}}}})
			w.Release(t, "2.0", newApp("2.0"), release.Options{})
			r := w.Run(t)
			v := Verdict(w.Judge(nil, "old"), r)
			assert.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), "refused")
			t.Logf("%s", r.LastConsole)
			assert.Empty(t, Impostor(r.Requests), "requests reached the impostor")
			for _, q := range r.Requests {
				assert.Empty(t, q.Header.Get("Authorization"), "%+v", q)
			}
		})
	}
	// control: without a CA (and headers allowed without verification) the same attacker
	// reads the secret, so the checks above can fail
	w0 := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret, "ca": nil, "insecure_headers": true},
		Faults: []NetFault{{Fault: &netsim.MITM{Forgery: netsim.ForgerySelfSigned}, Target: netsim.Target{Host: Host}}}})
	w0.Release(t, "2.0", newApp("2.0"), release.Options{})
	r0 := w0.Run(t)
	imp := Impostor(r0.Requests)
	require.NotEmpty(t, imp)
	assert.Equal(t, "Bearer s3cr3t-token", imp[0].Header.Get("Authorization"))
	// by default, no CA means no secret header at all
	w1 := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret, "ca": nil},
		Faults: []NetFault{{Fault: &netsim.MITM{Forgery: netsim.ForgerySelfSigned}, Target: netsim.Target{Host: Host}}}})
	w1.Release(t, "2.0", newApp("2.0"), release.Options{})
	r1 := w1.Run(t)
	require.NotEmpty(t, Impostor(r1.Requests))
	for _, q := range r1.Requests {
		assert.Empty(t, q.Header.Get("Authorization"), "%+v", q)
	}

	// the same world without the attacker updates, and the genuine server sees the secret
	w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret}})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	require.NotEmpty(t, r.Requests)
	for _, q := range r.Requests {
		assert.False(t, q.Impostor)
		assert.True(t, q.TLS)
		assert.Equal(t, "Bearer s3cr3t-token", q.Header.Get("Authorization"), q.URI)
	}
}

// heapMain is MainPy with a progress callback that records the heap in use (gc.mem_alloc)
// during the download and prints its peak before pylib resets the board.
var heapMain = strings.Replace(MainPy, "    ota.Updater().apply()", `    import gc

    peak = [0, 0]

    def prog(what, done, total):
        peak[1] += 1
        if what == "download" and peak[1] % 8 == 0 or what in ("apply", "reset"):
            a = gc.mem_alloc()
            if a > peak[0]:
                peak[0] = a
        if what == "reset":
            print("heap peak", peak[0], "bytes; downloaded", total)

    gc.collect()
    print("heap at start", gc.mem_alloc(), "free", gc.mem_free())
    ota.Updater(progress=prog).apply()`, 1)

// blob is n deterministic bytes that do not compress.
func blob(n int, seed byte) string {
	b := make([]byte, n)
	x := uint32(seed) + 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return string(b)
}

// TestLargeFileSmallHeap updates a 500 KB file on a device with a 64 KB heap: pylib streams it
// with a bounded buffer, so the heap in use stays small whatever the file size.
func TestLargeFileSmallHeap(t *testing.T) {
	old := DefaultApp("1.0")
	old["main.py"] = heapMain
	old["data/blob.bin"] = blob(500*1024, 1)
	nw := DefaultApp("2.0")
	nw["main.py"] = heapMain
	nw["data/blob.bin"] = blob(500*1024, 2)
	for _, tls := range []bool{false, true} {
		w := NewWorld(t, WorldOptions{App: old, Heap: 64 * 1024, TLS: tls})
		rel := w.Release(t, "2.0", nw, release.Options{})
		want := w.Expected(rel)
		r := w.Run(t)
		v := Verdict(w.Judge(&want, "new"), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		m := regexp.MustCompile(`heap peak (\d+) bytes`).FindSubmatch(r.Console)
		require.NotNil(t, m, "%s", r.Console)
		peak, err := strconv.Atoi(string(m[1]))
		require.NoError(t, err)
		t.Logf("tls=%v: heap peak %d bytes of 64 KiB; %d boots, %.1f s on the device, %d flash ops",
			tls, peak, r.Outcome.Boots, float64(r.Outcome.TimeUS)/1e6, r.Outcome.FlashOps)
		assert.Less(t, peak, 48*1024)
	}
}

func fault(t *testing.T, name string, params map[string]string, target netsim.Target) NetFault {
	t.Helper()
	f, err := netsim.NewFault(name, params)
	require.NoError(t, err)
	return NetFault{Fault: f, Target: target}
}

// TestNetworkFaults: resets and truncations are resumed with Range, chunked responses are
// read, and what cannot be completed (a stall for good, an endless body, a deadline) leaves
// the old release untouched.
func TestNetworkFaults(t *testing.T) {
	old := DefaultApp("1.0")
	old["data/blob.bin"] = blob(100*1024, 1)
	nw := DefaultApp("2.0")
	nw["data/blob.bin"] = blob(100*1024, 2)
	blobPath := netsim.Target{Host: Host, Path: "/files/data/blob.bin"}
	cases := []struct {
		name   string
		faults []NetFault
		expect string
		config map[string]any
		want   string // in the console
	}{
		{"reset-resumed", []NetFault{fault(t, "reset", map[string]string{"at": "45000"}, blobPath)}, "new", nil, ""},
		{"truncate-resumed", []NetFault{fault(t, "truncate", map[string]string{"at": "60000"}, blobPath)}, "new", nil, ""},
		{"chunked", []NetFault{fault(t, "chunked", map[string]string{"size": "1000"}, netsim.Target{Host: Host})}, "new", nil, ""},
		{"http-503-retried", []NetFault{fault(t, "http_status", map[string]string{"code": "503", "times": "2"}, netsim.Target{Host: Host})}, "new", nil, ""},
		{"stall-forever", []NetFault{fault(t, "stall", map[string]string{"after": "20000"}, blobPath)}, "old", nil, "ota: update failed"},
		{"endless-manifest", []NetFault{fault(t, "endless_body", nil, netsim.Target{Host: Host, Path: "/manifest.json"})}, "old", nil, "over max_manifest"},
		{"endless-file", []NetFault{fault(t, "endless_body", nil, blobPath)}, "old", nil, "more than"},
		{"deadline", []NetFault{fault(t, "slow_drip", nil, blobPath)}, "old", map[string]any{"deadline": 60}, "deadline"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := NewWorld(t, WorldOptions{App: old, Faults: c.faults, Config: c.config})
			rel := w.Release(t, "2.0", nw, release.Options{})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, c.expect), r)
			assert.True(t, v.Pass, "%s\n%s", v, r.Console)
			if c.want != "" {
				assert.Contains(t, string(r.Console), c.want)
			}
			ranges := 0
			for _, q := range r.Requests {
				if q.Header.Get("Range") != "" {
					ranges++
				}
			}
			if strings.HasSuffix(c.name, "-resumed") {
				assert.NotZero(t, ranges, "no Range request")
			}
			t.Logf("%s: %s, %.1f s on the device, %d requests (%d with Range)\n%s", c.name, v, float64(r.Outcome.TimeUS)/1e6, len(r.Requests), ranges, r.Console)
		})
	}
}

var testKey = []byte("release-signing-key")

// TestTamperedRefused: with a key configured, a changed manifest, a missing or wrong
// signature, an added file entry or a changed file is refused with no side effect.
func TestTamperedRefused(t *testing.T) {
	cases := []tamperCase{
		{"genuine", func(t *testing.T, w *World) {}, ""},
		{"manifest-changed", func(t *testing.T, w *World) {
			w.RewriteManifest(t, nil, func(m map[string]any) { m["version"] = "2.1" })
		}, "signature mismatch"},
		{"signature-missing", func(t *testing.T, w *World) { w.WriteServed(t, "manifest.json.sig", nil) }, "signature missing"},
		{"wrong-key", func(t *testing.T, w *World) {
			w.RewriteManifest(t, []byte("attacker-key"), func(m map[string]any) {})
		}, "signature mismatch"},
		{"file-added", func(t *testing.T, w *World) {
			w.RewriteManifest(t, nil, func(m map[string]any) {
				m["files"] = append(m["files"].([]any), map[string]any{"path": "evil.py", "size": 1, "sha256": strings.Repeat("0", 64)})
			})
		}, "signature mismatch"},
		{"file-changed", func(t *testing.T, w *World) { w.WriteServed(t, "files/lib/util.py", []byte("V = \"evil\"\n")) }, "Integrity"},
	}
	runTamperCases(t, map[string]any{"key": string(testKey)}, release.Options{Key: testKey}, cases)
}

// tamperCase changes a signed release after it was made; want is what the console must say
// when the device refuses it ("" for a release that must be installed).
type tamperCase struct {
	name   string
	tamper func(t *testing.T, w *World)
	want   string
}

// runTamperCases makes release 2.0 with opts for a device configured with cfg, tampers with it,
// and requires each case to end on the new release (want "") or to be refused with the old
// one kept, nothing written.
func runTamperCases(t *testing.T, cfg map[string]any, opts release.Options, cases []tamperCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Config: cfg})
			rel := w.Release(t, "2.0", newApp("2.0"), opts)
			c.tamper(t, w)
			want := w.Expected(rel)
			expect := "old"
			if c.want == "" {
				expect = "new"
			}
			r := w.Run(t)
			v := Verdict(w.Judge(&want, expect), r)
			assert.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), c.want)
		})
	}
}

// TestBadPathsRefused: a correctly signed manifest naming a path outside the application
// (.., absolute, NUL, backslash, empty parts) is refused before anything is written.
func TestBadPathsRefused(t *testing.T) {
	paths := []string{"../evil.py", "/evil.py", "lib/../../evil.py", "lib/a\x00b.py", "lib//x.py", "./x.py", `lib\..\x.py`, "lib/\n.py"}
	for i, p := range paths {
		for _, asDelete := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d-delete=%v", i, asDelete), func(t *testing.T) {
				w := NewWorld(t, WorldOptions{Config: map[string]any{"key": string(testKey)}})
				w.Release(t, "2.0", newApp("2.0"), release.Options{Key: testKey})
				w.RewriteManifest(t, testKey, func(m map[string]any) {
					if asDelete {
						m["deletes"] = append(m["deletes"].([]any), p)
					} else {
						m["files"] = append(m["files"].([]any), map[string]any{"path": p, "size": 1, "sha256": strings.Repeat("0", 64)})
					}
				})
				r := w.Run(t)
				v := Verdict(w.Judge(nil, "old"), r)
				assert.True(t, v.Pass, "%s\n%s", v, r.Console)
				assert.Contains(t, string(r.Console), "bad ")
				assert.Zero(t, r.Outcome.FlashOps, "the refused update wrote to the flash")
			})
		}
	}
}

// TestExcludedUntouched: excluded files (and the config) are neither written nor deleted,
// whatever the release says.
func TestExcludedUntouched(t *testing.T) {
	old := DefaultApp("1.0")
	old["wifi.json"] = `{"ssid": "home", "password": "secret"}`
	old["secrets/key.pem"] = "PRIVATE KEY"
	nw := newApp("2.0")
	nw["wifi.json"] = `{"ssid": "attacker", "password": "x"}`
	nw["ota.json"] = `{"url": "http://evil.example/"}`
	w := NewWorld(t, WorldOptions{App: old, Config: map[string]any{"exclude": []string{"wifi.json", "secrets/"}}})
	// the previous tree as the release tool sees it also had pylib: deleting it is refused
	prev := map[string]string{"lib/ota/__init__.py": "x"}
	for p, c := range old {
		prev[p] = c
	}
	rel := w.Release(t, "2.0", nw, release.Options{Previous: WriteApp(t, prev)})
	require.Contains(t, rel.Deletes, "secrets/key.pem")
	require.Contains(t, rel.Deletes, "lib/ota/__init__.py")
	want := w.Expected(rel, "wifi.json", "secrets/key.pem", "ota.json", "lib/ota/__init__.py")
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	b, err := r.Device.Flash.ReadFile("/wifi.json")
	require.NoError(t, err)
	assert.Contains(t, string(b), "home")
}

// failingApp is a release whose health check fails.
func failingApp(version string) map[string]string {
	app := newApp(version)
	app["app.py"] = "import util\n\n\ndef main():\n    print('app', util.V)\n\n\ndef health():\n    return False\n"
	return app
}

// TestHealthCheckRollback: a release whose health check fails is rolled back at its first
// boot, not retried, and power cuts anywhere (also during the rollback) end on the old release.
func TestHealthCheckRollback(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Model: model})
			w.Release(t, "2.0", failingApp("2.0"), release.Options{})
			r := w.Run(t)
			j := w.Judge(nil, "old")
			v := Verdict(j, r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), "health check failed: rolling back")
			assert.Contains(t, string(r.Console), "was rejected before")
			s := w.Sweep(t, j, emulator.SweepOptions{Depth2: 2, Inside: model == vfs.LittleFS})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
		})
	}
}

// TestNoSpace: a release that does not fit is refused before anything is written.
func TestNoSpace(t *testing.T) {
	old := DefaultApp("1.0")
	old["data/blob.bin"] = blob(300*1024, 1)
	nw := DefaultApp("2.0")
	nw["data/blob.bin"] = blob(300*1024, 2)
	w := NewWorld(t, WorldOptions{App: old, FSSize: 560 * 1024})
	w.Release(t, "2.0", nw, release.Options{})
	r := w.Run(t)
	v := Verdict(w.Judge(nil, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Contains(t, string(r.Console), "NoSpace")
	assert.Zero(t, r.Outcome.FlashOps, "the refused update wrote to the flash")
	// with room it goes through
	w2 := NewWorld(t, WorldOptions{App: old, FSSize: 1024 * 1024})
	rel := w2.Release(t, "2.0", nw, release.Options{})
	want := w2.Expected(rel)
	r2 := w2.Run(t)
	v2 := Verdict(w2.Judge(&want, "new"), r2)
	require.True(t, v2.Pass, "%s\n%s", v2, r2.Console)
}

// TestOlderRefused: a signed release older than the installed version is a rollback
// attempt and is refused.
func TestOlderRefused(t *testing.T) {
	w := NewWorld(t, WorldOptions{App: DefaultApp("2.0"), Config: map[string]any{"key": string(testKey)}})
	w.Release(t, "1.5", newApp("1.5"), release.Options{Key: testKey})
	r := w.Run(t)
	v := Verdict(w.Judge(nil, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Contains(t, string(r.Console), "not newer")
}

// TestExpiredRefused: a manifest past its expiry (the device clock set by NTP) is refused.
func TestExpiredRefused(t *testing.T) {
	for _, c := range []struct {
		expires time.Time
		expect  string
	}{{time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), "old"}, {time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), "new"}} {
		w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"key": string(testKey)}})
		rel := w.Release(t, "2.0", newApp("2.0"), release.Options{Key: testKey, Expires: c.expires})
		want := w.Expected(rel)
		r := w.Run(t)
		v := Verdict(w.Judge(&want, c.expect), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		if c.expect == "old" {
			assert.Contains(t, string(r.Console), "expired")
		}
	}
}

// TestSweepDeletesAndKindChanges: a release that deletes files and turns a file into a
// directory and a directory into a file, swept on both filesystems.
func TestSweepDeletesAndKindChanges(t *testing.T) {
	old := DefaultApp("1.0")
	old["lib/old.py"] = "OLD = 1\n"
	old["data"] = "a file that becomes a directory\n"
	old["cfg/a.txt"] = "a directory that becomes a file\n"
	nw := newApp("2.0")
	nw["data/x.txt"] = "now a directory\n"
	nw["cfg"] = "now a file\n"
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{App: old, Model: model})
			rel := w.Release(t, "2.0", nw, release.Options{})
			require.Equal(t, []string{"cfg/a.txt", "data", "lib/old.py", "cfg/"}, rel.Deletes)
			want := w.Expected(rel)
			j := w.Judge(&want)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, "new"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			st, err := r.Device.Flash.Stat("/cfg")
			require.NoError(t, err)
			assert.False(t, st.IsDir())
			st, err = r.Device.Flash.Stat("/data")
			require.NoError(t, err)
			assert.True(t, st.IsDir())
			s := w.Sweep(t, j, emulator.SweepOptions{Depth2: 2, Inside: model == vfs.LittleFS})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
		})
	}
}

// TestLargeManifestSmallHeap: a signed manifest of many files, larger than the RAM limit
// (ram_manifest), is spooled to the state directory, authenticated, then parsed entry by
// entry, on a 64 KB heap.
func TestLargeManifestSmallHeap(t *testing.T) {
	old := DefaultApp("1.0")
	old["main.py"] = heapMain
	nw := DefaultApp("2.0")
	nw["main.py"] = heapMain
	for i := 0; i < 150; i++ {
		nw[fmt.Sprintf("lib/many/module_with_a_long_name_%03d.py", i)] = fmt.Sprintf("N = %d\n", i)
	}
	w := NewWorld(t, WorldOptions{App: old, Heap: 64 * 1024, Config: map[string]any{"key": string(testKey)}})
	rel := w.Release(t, "2.0", nw, release.Options{Key: testKey})
	t.Logf("manifest: %d bytes, %d files", len(rel.Manifest), len(rel.Files))
	require.Greater(t, len(rel.Manifest), 16*1024)
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	m := regexp.MustCompile(`heap peak (\d+) bytes`).FindSubmatch(r.Console)
	require.NotNil(t, m, "%s", r.Console)
	t.Logf("heap peak %s bytes of 64 KiB; %d bytecodes, %.1f s on the device", m[1], r.Outcome.Steps, float64(r.Outcome.TimeUS)/1e6)
}

// TestPinnedCertificate: with a pin (SHA-256 of the server's DER certificate) and no CA, the
// genuine server is accepted and a man in the middle is refused before any request is sent.
func TestPinnedCertificate(t *testing.T) {
	cert, err := netsim.HostCertificate(Host)
	require.NoError(t, err)
	sum := sha256.Sum256(cert.Certificate[0])
	pin := hex.EncodeToString(sum[:])
	secret := map[string]any{"Authorization": "Bearer pinned"}
	w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"ca": nil, "pin": pin, "headers": secret}})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	for _, f := range []netsim.Forgery{netsim.ForgerySelfSigned, netsim.ForgeryOtherHost} {
		w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"ca": nil, "pin": pin, "headers": secret},
			Faults: []NetFault{{Fault: &netsim.MITM{Forgery: f}, Target: netsim.Target{Host: Host}}}})
		w.Release(t, "2.0", newApp("2.0"), release.Options{})
		r := w.Run(t)
		v := Verdict(w.Judge(nil, "old"), r)
		assert.True(t, v.Pass, "%s\n%s", v, r.Console)
		assert.Contains(t, string(r.Console), "does not match the pin")
		assert.Empty(t, Impostor(r.Requests))
	}
}

// confirmMain confirms from the application (no health check in the config) when the app
// says so, and otherwise resets before confirming.
const confirmMain = `import machine
import time
import ota

with open("version") as f:
    v = f.read().strip()
print("running version", v, ota.state())
import app

if ota.state() == "trial":
    ok = app.ok()
    if ok:
        ota.confirm()
        print("confirmed")
    elif ok is None:
        print("rolling back on demand")
        ota.rollback()
    else:
        machine.reset()
try:
    import network
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect("ota-emu", "micropython")
    for _ in range(100):
        if wlan.isconnected():
            break
        time.sleep_ms(100)
    ota.Updater().apply()
except Exception as e:
    print("ota: update failed:", repr(e))
`

// TestConfirmByApplication: without a health check the application confirms with
// ota.confirm(); a reset while on trial rolls the update back, and so does ota.rollback();
// a version rolled back is not retried.
func TestConfirmByApplication(t *testing.T) {
	for _, ok := range []string{"True", "False", "None"} {
		old := DefaultApp("1.0")
		old["main.py"] = confirmMain
		old["app.py"] = "def ok():\n    return True\n"
		nw := DefaultApp("2.0")
		nw["main.py"] = confirmMain
		nw["app.py"] = "def ok():\n    return " + ok + "\n"
		w := NewWorld(t, WorldOptions{App: old, Config: map[string]any{"health": nil}})
		rel := w.Release(t, "2.0", nw, release.Options{})
		want := w.Expected(rel)
		expect := "new"
		if ok != "True" {
			expect = "old"
		}
		r := w.Run(t)
		v := Verdict(w.Judge(&want, expect), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		switch ok {
		case "True":
			assert.Contains(t, string(r.Console), "running version 2.0 trial\nconfirmed")
		case "False":
			assert.Contains(t, string(r.Console), "was not confirmed: rolling back")
		case "None":
			assert.Contains(t, string(r.Console), "rolling back on demand")
			assert.NotContains(t, string(r.Console), "was not confirmed")
		}
		if ok != "True" {
			assert.Contains(t, string(r.Console), "was rejected before")
		}
	}
}

// TestSweepLargeFileSmallHeap: power cuts during the update of a 500 KB file on a 64 KB heap
// (a seeded sample of the cut points, with second cuts during recovery), on both filesystems.
func TestSweepLargeFileSmallHeap(t *testing.T) {
	old := DefaultApp("1.0")
	old["data/blob.bin"] = blob(500*1024, 1)
	nw := DefaultApp("2.0")
	nw["data/blob.bin"] = blob(500*1024, 2)
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{App: old, Heap: 64 * 1024, Model: model})
			rel := w.Release(t, "2.0", nw, release.Options{})
			want := w.Expected(rel)
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Sample: 60, SampleSeed: 7, Depth2: 2})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
		})
	}
}

// TestSweepTLS: the update over HTTPS with the CA (and NTP), swept.
func TestSweepTLS(t *testing.T) {
	w := NewWorld(t, WorldOptions{TLS: true, Model: vfs.FAT, Config: map[string]any{"key": string(testKey)}})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{Key: testKey})
	want := w.Expected(rel)
	s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Depth2: 2})
	t.Logf("fat+tls: %d cases (%d booted): %v", s.Cases, s.Booted, s.Outcomes)
	assert.Empty(t, s.Failing)
}

// TestSpaceBoundary: around the size where the release just fits, every flash size ends on one
// complete release: refused by the space check (or by ENOSPC while staging, cleaned up) or
// applied, never a partial tree.
func TestSpaceBoundary(t *testing.T) {
	old := DefaultApp("1.0")
	old["data/blob.bin"] = blob(300*1024, 1)
	nw := DefaultApp("2.0")
	nw["data/blob.bin"] = blob(300*1024, 2)
	counts := map[string]int{}
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		for kb := int64(776); kb <= 904; kb += 8 {
			w := NewWorld(t, WorldOptions{App: old, FSSize: kb * 1024, Model: model})
			rel := w.Release(t, "2.0", nw, release.Options{})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want), r)
			require.True(t, v.Pass, "%s %d KB: %s\n%s", model, kb, v, r.Console)
			counts[v.Outcome]++
			if v.Outcome == emulator.OKOld {
				assert.Contains(t, string(r.Console), "NoSpace", "%s %d KB", model, kb)
			} else {
				assert.Contains(t, string(r.Console), "version 2.0 confirmed", "%s %d KB", model, kb)
			}
			assert.NotContains(t, string(r.Console), "ota: boot:", "%s %d KB", model, kb)
		}
	}
	t.Logf("%v", counts)
	assert.NotZero(t, counts[emulator.OKOld])
	assert.NotZero(t, counts[emulator.OKNew])
}

// redirect answers requests under prefix with a redirect to target + the rest of the path.
func redirect(next http.Handler, prefix, target string, code int) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, prefix); ok {
			rw.Header().Set("Location", target+rest)
			rw.WriteHeader(code)
			return
		}
		next.ServeHTTP(rw, r)
	})
}

// TestRedirects: redirects are followed (relative and to another host); secret headers never
// follow a redirect to another host; HTTPS to HTTP and redirect loops are refused.
func TestRedirects(t *testing.T) {
	secret := map[string]any{"Authorization": "Bearer s3cr3t"}
	same := func(static http.Handler) http.Handler { return static }
	cases := []struct {
		name    string
		handler func(http.Handler) http.Handler
		expect  string
		want    string
	}{
		{"relative", func(h http.Handler) http.Handler { return redirect(h, "/files/", "/mirror/files/", 301) }, "new", ""},
		{"other-host", func(h http.Handler) http.Handler { return redirect(h, "/files/", "https://cdn.example/files/", 302) }, "new", ""},
		{"downgrade", func(h http.Handler) http.Handler { return redirect(h, "/files/", "http://cdn.example/files/", 302) }, "old", "HTTPS to HTTP refused"},
		{"loop", func(h http.Handler) http.Handler { return redirect(h, "/files/", "/files/", 307) }, "old", "too many redirects"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hosts := map[string]func(http.Handler) http.Handler{"cdn.example": same}
			// / serves the release through the case's redirect, /mirror/ serves it as is
			mux := func(static http.Handler) http.Handler {
				m := http.NewServeMux()
				m.Handle("/mirror/", http.StripPrefix("/mirror", static))
				m.Handle("/", c.handler(static))
				return m
			}
			w := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret}, Handler: mux, Hosts: hosts})
			rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, c.expect), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), c.want)
			cdn := 0
			for _, q := range r.Requests {
				if q.Host == "cdn.example" {
					cdn++
					assert.Empty(t, q.Header.Get("Authorization"), "secret sent to %s%s", q.Host, q.URI)
				} else {
					assert.Equal(t, "Bearer s3cr3t", q.Header.Get("Authorization"), q.URI)
				}
			}
			if c.name == "other-host" {
				assert.NotZero(t, cdn)
			}
		})
	}
}

// TestBoardsAndFirmware: the update over HTTPS with the CA on every board profile and firmware
// generation pylib supports (1.20: ussl; 1.23+: ssl over tls).
func TestBoardsAndFirmware(t *testing.T) {
	for _, board := range []string{"ESP32_GENERIC", "RPI_PICO_W"} {
		for _, fw := range []string{"1.20", "1.22", "1.24", "1.27"} {
			t.Run(board+"-"+fw, func(t *testing.T) {
				w := NewWorld(t, WorldOptions{Board: board, Firmware: fw, TLS: true, Model: vfs.FAT,
					Config: map[string]any{"key": string(testKey)}})
				rel := w.Release(t, "2.0", newApp("2.0"), release.Options{Key: testKey})
				want := w.Expected(rel)
				r := w.Run(t)
				v := Verdict(w.Judge(&want, "new"), r)
				require.True(t, v.Pass, "%s\n%s", v, r.Console)
				assert.Empty(t, r.Outcome.Supplied, "pylib needs no micropython-lib package")
			})
		}
	}
}

// raw answers every request for path with the given raw bytes (status line, headers and body
// as written), then closes the connection.
func raw(next http.Handler, path, resp string) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			next.ServeHTTP(rw, r)
			return
		}
		hj, ok := rw.(http.Hijacker)
		if !ok {
			http.Error(rw, "no hijack", 500)
			return
		}
		c, buf, err := hj.Hijack()
		if err != nil {
			return
		}
		_, _ = buf.WriteString(resp)
		_ = buf.Flush()
		_ = c.Close()
	})
}

// TestHostileResponses: malformed HTTP answers to the manifest or a file end the attempt with
// the old release kept, never an uncaught exception.
func TestHostileResponses(t *testing.T) {
	cases := map[string]string{
		"garbage-status":    "HTTP/1.1 abc OK\r\n\r\n",
		"not-http":          "SSH-2.0-OpenSSH\r\n\r\n",
		"no-headers-end":    "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n",
		"long-header":       "HTTP/1.1 200 OK\r\nX: " + strings.Repeat("a", 5000) + "\r\n\r\n",
		"bad-length":        "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nabc",
		"bad-length-text":   "HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\nabc",
		"bad-chunk":         "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
		"truncated-chunk":   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\nabc",
		"binary-header":     "HTTP/1.1 200 OK\r\nX: \xff\xfe\r\n\r\n",
		"redirect-no-loc":   "HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n",
		"redirect-ftp":      "HTTP/1.1 302 Found\r\nLocation: ftp://x/y\r\n\r\n",
		"not-json":          "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n{{{{{",
		"json-not-manifest": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]",
	}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, path := range []string{"/manifest.json", "/files/lib/util.py"} {
			if strings.Contains(name, "json") && path != "/manifest.json" {
				continue
			}
			t.Run(name+path, func(t *testing.T) {
				resp := cases[name]
				w := NewWorld(t, WorldOptions{Handler: func(h http.Handler) http.Handler { return raw(h, path, resp) }})
				w.Release(t, "2.0", newApp("2.0"), release.Options{})
				r := w.Run(t)
				v := Verdict(w.Judge(nil, "old"), r)
				assert.True(t, v.Pass, "%s\n%s", v, r.Console)
				assert.Contains(t, string(r.Console), "ota: update failed: ")
				t.Logf("%s", r.LastConsole[bytes.LastIndex(r.LastConsole[:len(r.LastConsole)-1], []byte("\n"))+1:])
			})
		}
	}
}

// rootMain runs an application kept below /app (config "root": "/app").
const rootMain = `import sys
import time
import network
import ota

sys.path.insert(0, "/app")
sys.path.insert(0, "/app/lib")
with open("/app/version") as f:
    print("running version", f.read().strip())
import app

app.main()
if ota.confirm():
    print("confirmed")
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("ota-emu", "micropython")
for _ in range(100):
    if wlan.isconnected():
        break
    time.sleep_ms(100)
try:
    ota.Updater().apply()
except Exception as e:
    print("ota: update failed:", repr(e))
`

// TestAppRoot: with "root": "/app" every write and delete stays below /app (a release path
// that would leave it is refused: TestBadPathsRefused); the application confirms itself.
func TestAppRoot(t *testing.T) {
	appTree := func(v string) map[string]string {
		out := map[string]string{}
		for p, c := range newApp(v) {
			if p != "main.py" && p != "boot.py" {
				out[p] = c
			}
		}
		return out
	}
	old := map[string]string{"main.py": rootMain, "boot.py": BootPy, "version": "outside\n", "data.txt": "outside\n"}
	for p, c := range appTree("1.0") {
		old["app/"+p] = c
	}
	old["app/lib/gone.py"] = "G = 1\n"
	w := NewWorld(t, WorldOptions{App: old, Config: map[string]any{"root": "/app", "health": nil}})
	prev := appTree("1.0")
	prev["lib/gone.py"] = "G = 1\n"
	rel := w.Release(t, "2.0", appTree("2.0"), release.Options{Previous: WriteApp(t, prev)})
	require.Contains(t, rel.Deletes, "lib/gone.py")
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	b, err := r.Device.Flash.ReadFile("/version")
	require.NoError(t, err)
	assert.Equal(t, "outside\n", string(b))
	_, err = r.Device.Flash.Stat("/app/lib/gone.py")
	assert.Error(t, err)
	assert.Contains(t, string(r.Console), "running version 2.0\napp 2.0\nconfirmed")
}

// TestSweepTightSpace: on the smallest flash (8 KB steps) that takes the update, power cuts
// everywhere end on one release, and a cut while staging does not cost the room the retry
// needs (the update still completes).
func TestSweepTightSpace(t *testing.T) {
	old := DefaultApp("1.0")
	old["data/blob.bin"] = blob(300*1024, 1)
	nw := DefaultApp("2.0")
	nw["data/blob.bin"] = blob(300*1024, 2)
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		swept := false
		for kb := int64(832); kb <= 960 && !swept; kb += 8 {
			w := NewWorld(t, WorldOptions{App: old, FSSize: kb * 1024, Model: model})
			rel := w.Release(t, "2.0", nw, release.Options{})
			want := w.Expected(rel)
			if r := w.Run(t); Verdict(w.Judge(&want), r).Outcome != emulator.OKNew {
				continue // refused by the space check: try a larger flash
			}
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Every: 5, Depth2: 2})
			t.Logf("%s, %d KB: %d cases (%d booted): %v", model, kb, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
			assert.Less(t, s.Outcomes[emulator.OKOld], 5, "cuts while staging left too little room to retry")
			swept = true
		}
		assert.True(t, swept)
	}
}
