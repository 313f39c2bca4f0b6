package pylib_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/vfs"
)

const versionsKey = "saguaro key"

func versionsWorld(t *testing.T, o WorldOptions) (*World, *release.Release) {
	t.Helper()
	o.Source = "versions"
	cfg := map[string]any{"url": "http://" + Host + "/versions.json", "key": versionsKey}
	for k, v := range o.Config {
		cfg[k] = v
	}
	o.Config = cfg
	w := NewWorld(t, o)
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{Key: []byte(versionsKey)})
	return w, rel
}

func TestVersionsHappyPath(t *testing.T) {
	w, rel := versionsWorld(t, WorldOptions{})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "2.0", v.Version)
	// versions.json, a size probe and a download for each changed file (lib/extra.py,
	// lib/util.py, version; app.py, boot.py and main.py are unchanged), then versions.json again
	var got []string
	for _, q := range r.Requests {
		got = append(got, q.URI)
	}
	changed := []string{"/files/lib/extra.py", "/files/lib/util.py", "/files/version"}
	wantReqs := append([]string{"/versions.json"}, changed...)
	wantReqs = append(append(wantReqs, changed...), "/versions.json")
	assert.Equal(t, wantReqs, got)
}

func TestVersionsSweep(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		t.Run(model.String(), func(t *testing.T) {
			w, rel := versionsWorld(t, WorldOptions{Model: model})
			want := w.Expected(rel)
			s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Inside: model == vfs.LittleFS, Depth2: 2})
			t.Logf("%s: %d cases (%d booted): %v", model, s.Cases, s.Booted, s.Outcomes)
			assert.Empty(t, s.Failing)
			assert.Greater(t, s.Cases, 20)
		})
	}
}

func TestVersionsTamperingRefused(t *testing.T) {
	base, rel := versionsWorld(t, WorldOptions{})
	vj := string(rel.Versions)
	var utilMD5 string
	for _, f := range rel.Files {
		if f.Path == "lib/util.py" {
			utilMD5 = f.MD5()
		}
	}
	require.NotEmpty(t, utilMD5)
	unsigned := vj[:strings.Index(vj, ",\n  \"signature\"")] + "\n}\n"
	cases := []struct {
		name, path string
		body       string
		cfg        map[string]any
		want       string
	}{
		{"file content changed", "/files/lib/util.py", "V = 'evil'\n", nil, "Integrity('lib/util.py: md5 mismatch',)"},
		{"md5 changed, not re-signed", "/versions.json", strings.Replace(vj, utilMD5, strings.Repeat("0", 32), 1), nil, "versions: bad signature"},
		{"signature removed", "/versions.json", unsigned, nil, "versions: signature missing"},
		{"serial raised, not re-signed", "/versions.json", strings.Replace(vj, "\"version\": 2000000,\n  \"files\"", "\"version\": 9000000,\n  \"files\"", 1), nil, "versions: bad signature"},
		{"wrong key", "", "", map[string]any{"key": "other key"}, "versions: bad signature"},
		{"manifest over max_manifest", "", "", map[string]any{"max_manifest": 200}, "over the limit 200"},
		{"path traversal", "/versions.json", strings.Replace(vj, "\"lib/util.py\"", "\"../util.py\"", 1), map[string]any{"key": nil}, "bad path component in ../util.py"},
		{"not JSON", "/versions.json", vj[:40], nil, "versions: not JSON"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := WorldOptions{Source: "versions", Config: map[string]any{"url": "http://" + Host + "/versions.json", "key": versionsKey}}
			for k, v := range c.cfg {
				o.Config[k] = v
			}
			if c.path != "" {
				o.Handler = serveBytes(c.path, []byte(c.body))
			}
			w := NewWorld(t, o)
			require.NoError(t, os.CopyFS(w.ServeDir, os.DirFS(base.ServeDir)))
			refusedRun(t, w, c.want)
		})
	}
}

// TestVersionsResetRetried: a reset of the size probe or of the download of a file is retried
// (the download resumed with Range) and the update completes in the same run.
func TestVersionsResetRetried(t *testing.T) {
	target := netsim.Target{Host: Host, Path: "/files/lib/util.py"}
	for _, c := range []struct {
		name string
		conn int
	}{{"probe", 1}, {"download", 2}} {
		t.Run(c.name, func(t *testing.T) {
			reset := onceOn(t, c.conn, "reset", map[string]string{"percent": "50"}, target)
			w, rel := versionsWorld(t, WorldOptions{Faults: []NetFault{reset}})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, "new"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			n := 0
			for _, q := range r.Requests {
				if q.URI == target.Path {
					n++
				}
			}
			assert.Equal(t, 3, n, "probe, download and one retry of %s", target.Path)
		})
	}
}
