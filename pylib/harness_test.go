package pylib_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	_ "github.com/ota-emu/ota-emu/emulator/modules" // the device's MicroPython modules
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/pylib"
	"github.com/ota-emu/ota-emu/vfs"
)

// The harness runs pylib on the emulator: a device holding an old application, pylib in
// /lib/ota, /ota.json and boot.py calling ota.boot(), in a world with Wi-Fi, an NTP server and
// a static release server at ota.example (HTTP and HTTPS with the netsim CA). Sources written
// by other helpers use it the same way (see DESIGN.md "Using the Go harness").

// Host is the release server's name.
const Host = "ota.example"

// StateGlobs are pylib's state files for the verdict (the default state dir).
var StateGlobs = []string{"/.ota/**"}

// NetFault is a network fault of every run of a world (not of a sweep's recovery boots).
type NetFault struct {
	Fault  netsim.Fault
	Target netsim.Target
}

// WorldOptions describe a world. Zero values take the defaults named.
type WorldOptions struct {
	// Model is the flash durability model (default littlefs).
	Model vfs.Model
	// Board is the board profile (default ESP32_GENERIC); Heap and FSSize override its sizes.
	// Firmware is the MicroPython generation (default 1.27).
	Board    string
	Firmware string
	Heap     int
	FSSize   int64
	// Source is the config's "source" (default "manifest").
	Source string
	// TLS serves and configures https://ota.example/ with the netsim CA (the config gets "ca"
	// and "ntp"); otherwise http://.
	TLS bool
	// Config is merged over the default config (url, source, ca, health, ...); a nil value
	// removes a key.
	Config map[string]any
	// App is the old application tree (paths without a leading "/"); default DefaultApp("1.0").
	App map[string]string
	// Extra are device files outside the application release (e.g. "wifi.json").
	Extra map[string]string
	// Faults apply to every run (the sweep's recovery boots run on a healthy network).
	Faults []NetFault
	// MaxBoots (default 6).
	MaxBoots int
	// Handler, if set, serves ota.example instead of the static server of the release dir
	// (wrap the static server to tamper with responses or redirect).
	Handler func(static http.Handler) http.Handler
	// Hosts are more virtual hosts (HTTP and HTTPS with the netsim CA), each given the static
	// server of the release dir to serve or wrap.
	Hosts map[string]func(static http.Handler) http.Handler
}

// World is a device and its world for pylib tests.
type World struct {
	Opts     WorldOptions
	Scenario *emulator.Scenario
	// ServeDir is the host directory served at ota.example (a release's files go there).
	ServeDir string
	// OldApp is the application tree the device starts with.
	OldApp map[string]string

	mu      sync.Mutex
	handler http.Handler
}

// MainPy is the default main.py: it prints the version, runs the application, joins Wi-Fi and
// applies an update (pylib resets the board when it has applied one).
const MainPy = `import network
import time
import ota


def connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect("ota-emu", "micropython")
    for _ in range(100):
        if wlan.isconnected():
            return
        time.sleep_ms(100)
    raise OSError("no Wi-Fi")


with open("version") as f:
    print("running version", f.read().strip())
import app

app.main()
try:
    connect()
    ota.Updater().apply()
except Exception as e:
    print("ota: update failed:", repr(e))
`

// BootPy is the default boot.py.
const BootPy = "import ota\nota.boot()\n"

// DefaultApp is an application tree of the given version: main.py, boot.py, app.py with a
// health check, lib/util.py and the version file.
func DefaultApp(version string) map[string]string {
	return map[string]string{
		"main.py":     MainPy,
		"boot.py":     BootPy,
		"app.py":      "import util\n\n\ndef main():\n    print('app', util.V)\n\n\ndef health():\n    return util.V is not None\n",
		"lib/util.py": fmt.Sprintf("V = %q\n", version),
		"version":     version + "\n",
	}
}

// DefaultConfig is /ota.json before WorldOptions.Config is merged.
func DefaultConfig(o WorldOptions) map[string]any {
	src := o.Source
	if src == "" {
		src = "manifest"
	}
	c := map[string]any{"source": src, "url": "http://" + Host + "/", "health": "app:health"}
	if o.TLS {
		c["url"] = "https://" + Host + "/"
		c["ca"] = "/ca.pem"
		c["ntp"] = true
	}
	return c
}

// NewWorld builds the world; the served directory starts empty (add releases with Release).
func NewWorld(t testing.TB, o WorldOptions) *World {
	t.Helper()
	bname := o.Board
	if bname == "" {
		bname = "ESP32_GENERIC"
	}
	b, err := emulator.LookupBoard(bname)
	require.NoError(t, err)
	if o.Heap > 0 {
		b.Heap = o.Heap
	}
	if o.FSSize > 0 {
		b.FSSize = o.FSSize
	}
	fwName := o.Firmware
	if fwName == "" {
		fwName = "1.27"
	}
	fw, err := emulator.LookupFirmware(fwName)
	require.NoError(t, err)
	fl, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize, Model: o.Model})
	require.NoError(t, err)
	app := o.App
	if app == nil {
		app = DefaultApp("1.0")
	}
	files := map[string]string{}
	for p, c := range app {
		files[p] = c
	}
	for p, c := range o.Extra {
		files[p] = c
	}
	cfg := DefaultConfig(o)
	for k, v := range o.Config {
		if v == nil {
			delete(cfg, k)
		} else {
			cfg[k] = v
		}
	}
	cj, err := json.Marshal(cfg)
	require.NoError(t, err)
	files["ota.json"] = string(cj)
	if o.TLS {
		files["ca.pem"] = string(netsim.CACertificatePEM())
	}
	require.NoError(t, pylib.Install(fl, "/lib"))
	names := make([]string, 0, len(files))
	for p := range files {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		full := "/" + p
		require.NoError(t, fl.MkdirAll(filepath.ToSlash(filepath.Dir(full)), 0o755))
		require.NoError(t, afero.WriteFile(fl, full, []byte(files[p]), 0o644))
	}
	fl.ResetJournal()
	maxBoots := o.MaxBoots
	if maxBoots == 0 {
		maxBoots = 6
	}
	w := &World{Opts: o, ServeDir: t.TempDir(), OldApp: app}
	s := &emulator.Scenario{Board: b, Firmware: fw, Flash: fl, Seed: 1, MaxBoots: maxBoots, MaxTime: time.Hour}
	s.Network = w.network(o.Faults)
	s.Recovery = w.network(nil)
	w.Scenario = s
	return w
}

// StaticHandler is the static server of the served directory (built once, shared by runs).
func (w *World) StaticHandler(t testing.TB) http.Handler {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.handler == nil {
		h, err := netsim.StaticServer(w.ServeDir, netsim.StaticOptions{})
		require.NoError(t, err)
		w.handler = h
	}
	return w.handler
}

func (w *World) network(faults []NetFault) func(*netsim.Clock, uint64) (*netsim.Network, error) {
	return func(clock *netsim.Clock, seed uint64) (*netsim.Network, error) {
		w.mu.Lock()
		h := w.handler
		w.mu.Unlock()
		if h == nil {
			var err error
			if h, err = netsim.StaticServer(w.ServeDir, netsim.StaticOptions{}); err != nil {
				return nil, fmt.Errorf("static server: %w", err)
			}
			w.mu.Lock()
			w.handler = h
			w.mu.Unlock()
		}
		static := h
		if w.Opts.Handler != nil {
			h = w.Opts.Handler(h)
		}
		wd := emulator.World{WiFi: netsim.AccessPoint{SSID: "ota-emu", Password: "micropython"},
			Hosts: []emulator.WorldHost{{Name: Host, Handler: h}}}
		names := make([]string, 0, len(w.Opts.Hosts))
		for name := range w.Opts.Hosts {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			wd.Hosts = append(wd.Hosts, emulator.WorldHost{Name: name, Handler: w.Opts.Hosts[name](static)})
		}
		for _, f := range faults {
			wd.Faults = append(wd.Faults, func() (netsim.Fault, netsim.Target, error) { return f.Fault, f.Target, nil })
		}
		return wd.Network()(clock, seed)
	}
}

// WriteApp writes an application tree into a new temporary directory.
func WriteApp(t testing.TB, app map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, c := range app {
		full := filepath.Join(dir, filepath.FromSlash(p))
		require.NoError(t, os.MkdirAll(filepath.Dir(full), 0o755))
		require.NoError(t, os.WriteFile(full, []byte(c), 0o644))
	}
	return dir
}

// Release builds a release of app (version v) with netsim/release and writes it into the
// served directory. opts.Version is set from v; opts.Previous, when empty, is the world's
// old application (so the manifest lists its deletes).
func (w *World) Release(t testing.TB, v string, app map[string]string, opts release.Options) *release.Release {
	t.Helper()
	opts.Version = v
	if opts.Previous == "" {
		opts.Previous = WriteApp(t, w.OldApp)
	}
	r, err := release.Build(WriteApp(t, app), opts)
	require.NoError(t, err)
	require.NoError(t, r.Write(w.ServeDir))
	w.mu.Lock()
	w.handler = nil // the next run serves the new files
	w.mu.Unlock()
	return r
}

// Tree is the device tree a run starts from (paths with a leading "/"), state files left out.
func (w *World) Tree() map[string][]byte {
	return emulator.ReleaseFromFlash("old", w.Scenario.Flash, StateGlobs).Files
}

// Expected is the tree after applying r to the starting flash: r's files written over it (skip
// lists paths pylib must leave alone) and r's deletes removed.
func (w *World) Expected(r *release.Release, skip ...string) emulator.Release {
	tree := w.Tree()
	for _, d := range r.Deletes {
		if strings.HasSuffix(d, "/") || contains(skip, d) {
			continue
		}
		delete(tree, w.devPath(d))
	}
	for _, f := range r.Files {
		if contains(skip, f.Path) {
			continue
		}
		tree[w.devPath(f.Path)] = f.Data
	}
	return emulator.Release{Name: "new", Version: r.Version, Files: tree}
}

// devPath is the device path of a release path (below the config's "root", default "/").
func (w *World) devPath(p string) string {
	root, _ := w.Opts.Config["root"].(string)
	return strings.TrimSuffix("/"+strings.Trim(root, "/"), "/") + "/" + p
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Judge is the verdict checker for old (the starting flash) and new (if not nil), reading the
// version the device reports from its console ("running version V"); expect restricts what
// passes ("old": the update had to be refused).
func (w *World) Judge(newRel *emulator.Release, expect ...string) *emulator.Judge {
	old := emulator.Release{Name: "old", Files: w.Tree(), Version: strings.TrimSpace(w.OldApp["version"])}
	j := &emulator.Judge{State: StateGlobs, Releases: []emulator.Release{old}, Expect: expect,
		VersionPattern: regexp.MustCompile(`running version (\S+)`)}
	if newRel != nil {
		j.Releases = append(j.Releases, *newRel)
	}
	return j
}

// Run runs the world once.
func (w *World) Run(t testing.TB) *emulator.Run {
	t.Helper()
	r, err := w.Scenario.Run(emulator.RunOptions{})
	require.NoError(t, err)
	return r
}

// Verdict judges a run.
func Verdict(j *emulator.Judge, r *emulator.Run) emulator.Verdict {
	return j.JudgeRun(r)
}

// SweepSummary counts a sweep's cases by outcome and lists the failing ones.
type SweepSummary struct {
	Cases, Booted int
	Outcomes      map[string]int
	Failing       []string
}

// Sweep runs a power-cut sweep of the world judged by j (nil: old = start, new = the
// uninterrupted run's end) and summarises it.
func (w *World) Sweep(t testing.TB, j *emulator.Judge, o emulator.SweepOptions) SweepSummary {
	t.Helper()
	if o.Workers == 0 {
		o.Workers = 2
	}
	res, err := w.Scenario.Sweep(j, StateGlobs, o)
	require.NoError(t, err)
	s := SweepSummary{Cases: len(res.Cases), Booted: res.Booted, Outcomes: map[string]int{}}
	for _, c := range res.Cases {
		s.Outcomes[c.Verdict.Outcome]++
		if !c.Verdict.Pass {
			s.Failing = append(s.Failing, fmt.Sprintf("%s (%s %s): %s", c.Cut, c.Op.Kind, c.Op.Path, c.Verdict))
		}
	}
	return s
}

// Impostor lists the requests a man in the middle received and the headers of each.
func Impostor(reqs []netsim.Request) []netsim.Request {
	var out []netsim.Request
	for _, r := range reqs {
		if r.Impostor {
			out = append(out, r)
		}
	}
	return out
}

// RewriteManifest edits the served manifest.json (parsed into a map) and writes it back,
// signed with key (manifest.json.sig) when key is not nil; with a nil key the old signature
// stays as it was.
func (w *World) RewriteManifest(t testing.TB, key []byte, edit func(m map[string]any)) {
	t.Helper()
	p := filepath.Join(w.ServeDir, "manifest.json")
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	edit(m)
	out, err := json.Marshal(m)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p, out, 0o644))
	if key != nil {
		require.NoError(t, os.WriteFile(p+".sig", []byte(release.Sign(key, out)+"\n"), 0o644))
	}
	w.mu.Lock()
	w.handler = nil
	w.mu.Unlock()
}

// WriteServed replaces (or, with data nil, removes) a file of the served directory.
func (w *World) WriteServed(t testing.TB, name string, data []byte) {
	t.Helper()
	p := filepath.Join(w.ServeDir, filepath.FromSlash(name))
	if data == nil {
		require.NoError(t, os.Remove(p))
	} else {
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	w.mu.Lock()
	w.handler = nil
	w.mu.Unlock()
}
