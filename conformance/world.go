package conformance

import (
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/spf13/afero"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/emulator/faultspec"
	// the MicroPython modules a device imports register themselves
	_ "github.com/ota-emu/ota-emu/emulator/modules"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/pylib"
	"github.com/ota-emu/ota-emu/vfs"
)

// world is one case of one profile, built: the faulted scenario, the healthy one that
// defines "new", and the judge.
type world struct {
	profile  *Profile
	c        *Case
	scenario *emulator.Scenario
	healthy  *emulator.Scenario
	judge    *emulator.Judge
	// version is the offered release's version.
	version string
}

// deviceFlash builds the device's starting flash.
func (s *Suite) deviceFlash(p *Profile, c *Case, cfg vfs.Config) (*vfs.Flash, error) {
	fl, err := vfs.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("conformance: flash: %w", err)
	}
	put := func(dst string, data []byte) error {
		if err := fl.MkdirAll(path.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("conformance: %s on the flash: %w", dst, err)
		}
		if err := afero.WriteFile(fl, dst, data, 0o644); err != nil {
			return fmt.Errorf("conformance: %s on the flash: %w", dst, err)
		}
		return nil
	}
	for _, m := range p.Device {
		if m.Embed == "pylib" {
			at := m.At
			if at == "" {
				at = "/lib"
			}
			if err := pylib.Install(fl, at); err != nil {
				return nil, fmt.Errorf("conformance: install pylib: %w", err)
			}
			continue
		}
		src := p.resolve(m.Dir)
		at := m.At
		if at == "" {
			at = "/"
		}
		err := filepath.WalkDir(src, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(src, f)
			if err != nil || rel == "." {
				return err
			}
			if vfs.SkipHostFile(rel, d.IsDir()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			return put(path.Join(at, filepath.ToSlash(rel)), data)
		})
		if err != nil {
			return nil, fmt.Errorf("conformance: device tree %s: %w", src, err)
		}
	}
	d := p.data(nil)
	for _, name := range sortedKeys(p.Files) {
		b, err := render(name, p.Files[name], d)
		if err != nil {
			return nil, err
		}
		if err := put(name, b); err != nil {
			return nil, err
		}
	}
	if ca := p.Server.CAFile; ca != "" {
		if err := put(ca, caPEM()); err != nil {
			return nil, err
		}
	}
	if c.Server.Deletes {
		if err := put(obsoletePath, []byte(obsoleteContent)); err != nil {
			return nil, err
		}
	}
	if p.Exclude != "" {
		if err := put(p.Exclude, []byte(excludedContent)); err != nil {
			return nil, err
		}
	}
	fl.ResetJournal()
	return fl, nil
}

// placeholders are the values of a case's fault placeholders for a profile.
func (p *Profile) placeholders() map[string]string {
	s := p.server()
	ph := map[string]string{"{host}": s.Host, "{payload_host}": s.Host}
	switch p.Protocol {
	case "manifest":
		ph["{meta}"], ph["{payload}"] = s.Path+"manifest.json", s.Path+"files/*"
	case "flat":
		ph["{meta}"], ph["{payload}"] = s.Path+"manifest.json", s.Path+"*.py"
	case "uota":
		ph["{meta}"], ph["{payload}"] = s.Path+"latest", s.Path+"firmware.tar.gz"
	case "versions":
		ph["{meta}"], ph["{payload}"] = s.Path+"versions.json", s.Path+"files/*"
	case "firmware":
		ph["{meta}"], ph["{payload}"] = s.Path+"firmware.json", s.Path+"app.bin"
	case "github":
		ph["{host}"], ph["{meta}"] = netsim.GitHubAPIHost, "/repos/*"
		ph["{payload_host}"], ph["{payload}"] = "*githubusercontent.com", "*"
	}
	return ph
}

func expand(spec string, ph map[string]string) string {
	for _, k := range []string{"{payload_host}", "{payload}", "{host}", "{meta}"} {
		spec = strings.ReplaceAll(spec, k, ph[k])
	}
	return spec
}

// world builds a case of a profile.
func (s *Suite) world(p *Profile, c *Case) (*world, error) {
	board := p.Board
	if board == "" {
		board = "ESP32_GENERIC"
	}
	b, err := emulator.LookupBoard(board)
	if err != nil {
		return nil, err
	}
	fwName := p.Firmware
	if fwName == "" {
		fwName = "1.27"
	}
	fw, err := emulator.LookupFirmware(fwName)
	if err != nil {
		return nil, err
	}
	model := vfs.LittleFS
	fsModel := p.FSModel
	if c.FSModel != "" {
		fsModel = c.FSModel
	}
	if fsModel != "" {
		if model, err = vfs.ParseModel(fsModel); err != nil {
			return nil, err
		}
	}
	ph := p.placeholders()
	var specs []string
	for _, f := range c.Faults {
		specs = append(specs, expand(f, ph))
	}
	plan, err := faultspec.ParsePlan(specs)
	if err != nil {
		return nil, fmt.Errorf("conformance: case %s: %w", c.ID, err)
	}
	for _, f := range plan.Net {
		if _, err := f.New(); err != nil {
			return nil, fmt.Errorf("conformance: case %s: %w", c.ID, err)
		}
	}
	genuine, err := s.serve(p, c.Server.genuine())
	if err != nil {
		return nil, err
	}
	attacked, err := s.serve(p, c.Server)
	if err != nil {
		return nil, err
	}
	cfg := vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize, Model: model}
	flash, err := s.deviceFlash(p, c, cfg)
	if err != nil {
		return nil, err
	}
	faultedBoard := b
	faultedFlash := flash
	if c.LowSpace != nil {
		free := c.LowSpace(attacked.need)
		used := flash.UsedBlocks() * b.BlockSize
		size := used + (free+b.BlockSize-1)/b.BlockSize*b.BlockSize
		if size < b.FSSize {
			cfg.Size = size
			faultedBoard.FSSize = size
			if faultedFlash, err = s.deviceFlash(p, c, cfg); err != nil {
				return nil, err
			}
		}
	}
	if c.Heap > 0 {
		faultedBoard.Heap = c.Heap
	}
	maxBoots := p.MaxBoots
	if maxBoots == 0 {
		maxBoots = 10
	}
	healthyNet, err := s.network(p, genuine, 0, nil, nil)
	if err != nil {
		return nil, err
	}
	var once []onceSpec
	for _, o := range c.Once {
		once = append(once, onceSpec{o, netsim.Target{Host: expand(o.Host, ph), Path: expand(o.Path, ph)}})
	}
	faultedNet, err := s.network(p, attacked, c.Server.GitHubLimit, plan.Net, once)
	if err != nil {
		return nil, err
	}
	recovery, err := s.network(p, attacked, c.Server.GitHubLimit, nil, nil)
	if err != nil {
		return nil, err
	}
	mk := func(bd emulator.Board, fl *vfs.Flash, n func(*netsim.Clock, uint64) (*netsim.Network, error)) *emulator.Scenario {
		return &emulator.Scenario{Board: bd, Firmware: fw, Flash: fl, Seed: 1, MaxBoots: maxBoots,
			MaxTime: time.Hour, Requests: "0.10", Network: n, Recovery: recovery}
	}
	w := &world{profile: p, c: c, version: c.Server.version(p),
		healthy:  mk(b, flash, healthyNet),
		scenario: mk(faultedBoard, faultedFlash, faultedNet)}
	if b.Port == "esp32" {
		raw, err := emulator.NewPartitions(b, nil)
		if err != nil {
			return nil, fmt.Errorf("conformance: partitions: %w", err)
		}
		w.healthy.Raw, w.scenario.Raw = raw, raw
	}
	w.judge = &emulator.Judge{State: p.State, VersionFile: p.Version.File}
	if p.Version.Regexp != "" {
		w.judge.VersionPattern = regexp.MustCompile(p.Version.Regexp) // checked by ParseProfile
	}
	switch c.Expect {
	case ExpectOld:
		w.judge.Expect = []string{"old"}
	case ExpectNew:
		w.judge.Expect = []string{"new"}
	}
	return w, nil
}

// onceSpec is a OnceFault with its target expanded.
type onceSpec struct {
	OnceFault
	target netsim.Target
}

// network returns the builder of a world's network.
func (s *Suite) network(p *Profile, v *served, ghLimit int, faults []faultspec.NetFault, once []onceSpec) (func(*netsim.Clock, uint64) (*netsim.Network, error), error) {
	srv := p.server()
	var handler http.Handler
	var gh *netsim.GitHub
	if p.Protocol == "github" {
		owner, repo, _ := strings.Cut(srv.Repo, "/")
		gh = netsim.NewGitHub(netsim.GitHubOptions{AnonymousLimit: ghLimit, TokenLimit: ghLimit, Tokens: []string{Secret}})
		if err := gh.AddRepo(owner, repo, v.dir); err != nil {
			return nil, fmt.Errorf("conformance: github %s: %w", srv.Repo, err)
		}
	} else {
		h, err := s.static(v.dir)
		if err != nil {
			return nil, err
		}
		handler = h
		if srv.Path != "/" {
			handler = http.StripPrefix(strings.TrimSuffix(srv.Path, "/"), h)
		}
	}
	for _, o := range once {
		if _, err := netsim.NewFault(o.Name, o.Params); err != nil {
			return nil, fmt.Errorf("conformance: fault %s: %w", o.Name, err)
		}
	}
	w := emulator.World{WiFi: netsim.AccessPoint{SSID: srv.SSID, Password: srv.Password}, GitHub: gh}
	if gh == nil {
		w.Hosts = []emulator.WorldHost{{Name: srv.Host, Handler: handler}}
	}
	for _, f := range faults {
		w.Faults = append(w.Faults, f.Build)
	}
	for _, o := range once {
		w.Faults = append(w.Faults, func() (netsim.Fault, netsim.Target, error) {
			nf, err := netsim.NewFault(o.Name, o.Params)
			return &onceFault{inner: nf, conn: -1}, o.target, err
		})
	}
	return w.Network(), nil
}

// static returns the (cached, read-only) static server of a release directory.
func (s *Suite) static(dir string) (http.Handler, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if h, ok := s.handlers[dir]; ok {
		return h, nil
	}
	h, err := netsim.StaticServer(dir, netsim.StaticOptions{})
	if err != nil {
		return nil, fmt.Errorf("conformance: serve %s: %w", dir, err)
	}
	s.handlers[dir] = h
	return h, nil
}

// onceFault passes its inner fault's effect to the first connection it sees only.
type onceFault struct {
	mu    sync.Mutex
	inner netsim.Fault
	conn  int
}

// Pipe delegates for the first connection and passes the others through.
func (f *onceFault) Pipe(s *netsim.Stream, c netsim.Chunk) []netsim.Chunk {
	f.mu.Lock()
	if f.conn < 0 {
		f.conn = s.Conn
	}
	mine := f.conn == s.Conn
	f.mu.Unlock()
	if !mine {
		return []netsim.Chunk{c}
	}
	return f.inner.Pipe(s, c)
}

// NewState is the inner fault's per-stream state.
func (f *onceFault) NewState() any {
	if sf, ok := f.inner.(netsim.StatefulFault); ok {
		return sf.NewState()
	}
	return nil
}

// DefaultDir is the inner fault's direction.
func (f *onceFault) DefaultDir() netsim.Direction {
	if d, ok := f.inner.(netsim.Directed); ok {
		return d.DefaultDir()
	}
	return netsim.Down
}

func isState(p string, patterns []string) bool { return emulator.IsStateFile(p, patterns) }
