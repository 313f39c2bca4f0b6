package pylib_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/vfs"
)

const fwKey = "firmware key"

type fwOpts struct {
	model vfs.Model
	app   map[string]string
	cfg   map[string]any
	// image is served as firmware.bin (default MakeAppImage("1.1.0", 100 KiB)); desc edits
	// the description before it is signed
	image []byte
	desc  func(m map[string]any)
	// size of the good image (default 100 KiB)
	size int
	// tls serves https:// with the netsim CA; faults apply to every run
	tls    bool
	faults []NetFault
}

// fwWorld is an ESP32_GENERIC-OTA board running app image 1.0.0 from ota_0, with a signed
// firmware 1.1.0 served at http://ota.example/firmware.json.
func fwWorld(t *testing.T, o fwOpts) *World {
	t.Helper()
	scheme := "http://"
	if o.tls {
		scheme = "https://"
	}
	cfg := map[string]any{"url": scheme + Host + "/firmware.json", "key": fwKey, "rollback_protect": false}
	for k, v := range o.cfg {
		cfg[k] = v
	}
	w := NewWorld(t, WorldOptions{Model: o.model, Board: "ESP32_GENERIC-OTA", Source: "firmware", Config: cfg, App: o.app,
		TLS: o.tls, Faults: o.faults})
	raw, err := emulator.NewPartitions(w.Scenario.Board, nil)
	require.NoError(t, err)
	w.Scenario.Raw = raw
	size := o.size
	if size == 0 {
		size = 100 << 10
	}
	good := emulator.MakeAppImage("1.1.0", size)
	img := o.image
	if img == nil {
		img = good
	}
	sum := sha256.Sum256(good)
	desc := map[string]any{"version": "1.1.0", "file": "firmware.bin", "size": len(good), "sha256": hex.EncodeToString(sum[:])}
	if o.desc != nil {
		o.desc(desc)
	}
	dj, err := json.Marshal(desc)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.bin"), img, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.json"), dj, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.json.sig"), []byte(release.Sign([]byte(fwKey), dj)+"\n"), 0o644))
	return w
}

// fwJudge knows the device on firmware 1.0.0 (old) and 1.1.0 (new), the app tree unchanged.
func fwJudge(w *World, expect ...string) *emulator.Judge {
	tree := w.Tree()
	return &emulator.Judge{State: StateGlobs, Expect: expect,
		VersionPattern: regexp.MustCompile(`running version (\S+)`),
		Releases: []emulator.Release{
			{Name: "old", Files: tree, Version: "1.0", Firmware: "1.0.0"},
			{Name: "new", Files: tree, Version: "1.0", Firmware: "1.1.0"},
		}}
}

func fwVerdict(j *emulator.Judge, r *emulator.Run) emulator.Verdict {
	return j.JudgeRun(r)
}

// bootloader lists the bootloader's trace lines of a run.
func bootloader(t *testing.T, trace []byte) []string {
	t.Helper()
	var out []string
	for _, line := range bytes.Split(trace, []byte("\n")) {
		var e emulator.Event
		if len(line) == 0 || json.Unmarshal(line, &e) != nil || e.Kind != "bootloader" {
			continue
		}
		out = append(out, e.Detail)
	}
	return out
}

func runTraced(t *testing.T, w *World) (*emulator.Run, []string) {
	t.Helper()
	var trace bytes.Buffer
	r, err := w.Scenario.Run(emulator.RunOptions{Trace: &trace})
	require.NoError(t, err)
	return r, bootloader(t, trace.Bytes())
}

func TestFirmwareHappyPath(t *testing.T) {
	w := fwWorld(t, fwOpts{})
	r, boots := runTraced(t, w)
	v := fwVerdict(fwJudge(w, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "1.1.0", r.Device.FirmwareVersion())
	assert.Equal(t, []string{
		"boot ota_0 (version 1.0.0, valid, otadata initialised)",
		"boot ota_1 (version 1.1.0, pending verify)",
	}, boots)
	e, _, ok := r.Device.Partitions().OTAData()
	require.True(t, ok)
	assert.Equal(t, uint32(emulator.OTAImgValid), e[1].State, "the health check confirmed the image")
	assert.Contains(t, string(r.Console), "ota: version 1.1.0 confirmed")
}

func TestFirmwareSweep(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w := fwWorld(t, fwOpts{model: model, size: 30 << 10})
			// inside cuts (half-written partition sectors) on littlefs; on FAT a cut inside a
			// directory rewrite wipes neighbouring entries, which no updater can prevent
			res, err := w.Scenario.Sweep(fwJudge(w), StateGlobs, emulator.SweepOptions{Inside: model == vfs.LittleFS, Depth2: 1, Workers: 2})
			require.NoError(t, err)
			out := map[string]int{}
			var failing []string
			for _, c := range res.Cases {
				out[c.Verdict.Outcome+"/"+c.Verdict.Release]++
				if !c.Verdict.Pass {
					failing = append(failing, c.Cut.String()+" ("+c.Op.Kind+" "+c.Op.Path+"): "+c.Verdict.String())
				}
			}
			t.Logf("%s: %d cases (%d booted): %v", model, len(res.Cases), res.Booted, out)
			assert.Empty(t, failing)
			assert.Greater(t, len(res.Cases), 30)
		})
	}
}

func TestFirmwareRolledBackWhenNotConfirmed(t *testing.T) {
	// the new image fails the app's health check: ota.boot() rolls back, the bootloader starts
	// the old image again, and 1.1.0 is not tried again
	app := DefaultApp("1.0")
	app["app.py"] = strings.Replace(app["app.py"], "return util.V is not None",
		"from ota import src_firmware\n    return src_firmware.running_version() != '1.1.0'", 1)
	w := fwWorld(t, fwOpts{app: app})
	r, boots := runTraced(t, w)
	v := fwVerdict(fwJudge(w, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "1.0.0", r.Device.FirmwareVersion())
	assert.Equal(t, []string{
		"boot ota_0 (version 1.0.0, valid, otadata initialised)",
		"boot ota_1 (version 1.1.0, pending verify)",
		"rollback: ota_1 was not confirmed (aborted); boot ota_0 (version 1.0.0, valid)",
	}, boots)
	assert.Contains(t, string(r.Console), "health check failed")
	assert.Contains(t, string(r.LastConsole), "was rejected before")
}

func TestFirmwareTamperingRefused(t *testing.T) {
	bad := emulator.MakeAppImage("1.1.0", 100<<10)
	bad[5000] ^= 0x40
	cases := []struct {
		name string
		o    fwOpts
		want string
	}{
		{"image byte flipped", fwOpts{image: bad}, "firmware: SHA-256 mismatch"},
		{"image cut short", fwOpts{image: emulator.MakeAppImage("1.1.0", 100<<10)[:50000]}, "firmware: 50000 bytes, want 102400"},
		{"description not signed by the key", fwOpts{cfg: map[string]any{"key": "another"}}, "firmware: signature mismatch"},
		{"sha of another image, not re-signed", fwOpts{desc: func(m map[string]any) { m["sha256"] = strings.Repeat("ab", 32) }, cfg: map[string]any{"key": nil}}, "firmware: SHA-256 mismatch"},
		{"image larger than the partition", fwOpts{desc: func(m map[string]any) { m["size"] = 0x200000 }}, "over the partition"},
		{"file escapes", fwOpts{desc: func(m map[string]any) { m["file"] = "../fw.bin" }}, "bad path component"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := fwWorld(t, c.o)
			r, boots := runTraced(t, w)
			v := fwVerdict(fwJudge(w, "old"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), c.want)
			assert.Equal(t, []string{"boot ota_0 (version 1.0.0, valid, otadata initialised)"}, boots, "set_boot never ran")
		})
	}
}

// TestFirmwareNeedsOTALayout: on an ESP32 without OTA partitions the source refuses cleanly.
func TestFirmwareNeedsOTALayout(t *testing.T) {
	w := NewWorld(t, WorldOptions{Source: "firmware", Config: map[string]any{"url": "http://" + Host + "/firmware.json", "rollback_protect": false}})
	raw, err := emulator.NewPartitions(w.Scenario.Board, nil)
	require.NoError(t, err)
	w.Scenario.Raw = raw
	img := emulator.MakeAppImage("1.1.0", 64<<10)
	dj, err := json.Marshal(map[string]any{"version": "1.1.0", "file": "firmware.bin", "size": len(img), "sha256": hex.EncodeToString(sha(img))})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.json"), dj, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(w.ServeDir, "firmware.bin"), img, 0o644))
	r := w.Run(t)
	require.Equal(t, "finished", r.Outcome.Result, "%s", r.Console)
	assert.Contains(t, string(r.Console), "no OTA partition to update")
	assert.Equal(t, "1.0.0", r.Device.FirmwareVersion())
}

// TestFirmwareSlowDripDeadline: an image arriving over TLS one byte every 10 s (no read ever
// times out, and a TLS record completes only after hours) is given up at the deadline.
func TestFirmwareSlowDripDeadline(t *testing.T) {
	drip := fault(t, "slow_drip", map[string]string{"interval": "10s", "size": "1"}, netsim.Target{Host: Host, Path: "/firmware.bin"})
	w := fwWorld(t, fwOpts{tls: true, size: 20 << 10, cfg: map[string]any{"deadline": 120}, faults: []NetFault{drip}})
	r, boots := runTraced(t, w)
	v := fwVerdict(fwJudge(w, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Regexp(t, `update failed: NetError\('(deadline of 120 s passed|read: timed out)`, string(r.Console))
	assert.Less(t, r.Outcome.TimeUS, int64(400e6), "given up near the deadline")
	assert.Equal(t, []string{"boot ota_0 (version 1.0.0, valid, otadata initialised)"}, boots)
}

// TestFirmwareResetResumed: the image download reset halfway is resumed with Range on a new
// connection and the image installed in the same run.
func TestFirmwareResetResumed(t *testing.T) {
	reset := onceOn(t, 1, "reset", map[string]string{"percent": "50"}, netsim.Target{Host: Host, Path: "/firmware.bin"})
	w := fwWorld(t, fwOpts{faults: []NetFault{reset}})
	r, _ := runTraced(t, w)
	v := fwVerdict(fwJudge(w, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "1.1.0", r.Device.FirmwareVersion())
	var ranges []string
	for _, q := range r.Requests {
		if q.URI == "/firmware.bin" && q.Header.Get("Range") != "" {
			ranges = append(ranges, q.Header.Get("Range"))
		}
	}
	require.Len(t, ranges, 1, "one resumed request")
	assert.NotEqual(t, "bytes=0-", ranges[0])
}
