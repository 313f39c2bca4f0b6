package pylib_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

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
	t.Logf("console:\n%s", r.Console)
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
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := NewWorld(t, WorldOptions{Model: model})
			rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
			want := w.Expected(rel)
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Depth2: 2, Inside: model == vfs.LittleFS})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
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
	// control: without a CA the same attacker reads the secret (so the checks above can fail)
	w0 := NewWorld(t, WorldOptions{TLS: true, Config: map[string]any{"headers": secret, "ca": nil},
		Faults: []NetFault{{Fault: &netsim.MITM{Forgery: netsim.ForgerySelfSigned}, Target: netsim.Target{Host: Host}}}})
	w0.Release(t, "2.0", newApp("2.0"), release.Options{})
	r0 := w0.Run(t)
	imp := Impostor(r0.Requests)
	require.NotEmpty(t, imp)
	assert.Equal(t, "Bearer s3cr3t-token", imp[0].Header.Get("Authorization"))

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
		{"endless-manifest", []NetFault{fault(t, "endless_body", nil, netsim.Target{Host: Host, Path: "/manifest.json"})}, "old", nil, "over the limit"},
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
