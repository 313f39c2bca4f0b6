package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/afero"
	"github.com/spf13/cobra"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/emulator/faultspec"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/pylib"
	"github.com/ota-emu/ota-emu/vfs"
)

// worldOptions are the flags `run` and `sweep` share: the device, its world and the verdict.
type worldOptions struct {
	fsDir     string
	board     string
	firmware  string
	fsModel   string
	seed      int64
	maxSteps  int64
	maxBoots  int
	maxTime   time.Duration
	requests  string
	faults    []string
	serve     []string
	github    []string
	wifi      string
	state     []string
	releases  []string
	verFile   string
	verRegexp string
	expect    []string
	flash     string
	heap      string
	appImage  string
	strictLib bool
	pylib     bool
}

// defaultWiFi is the access point of every world unless --wifi names another.
const defaultWiFi = "ota-emu:micropython"

func (o *worldOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.fsDir, "fs", "", "host directory copied onto the flash (default: SCRIPT's directory; never modified)")
	f.StringVar(&o.board, "board", "ESP32_GENERIC", "board profile: "+strings.Join(emulator.BoardNames(), ", "))
	f.StringVar(&o.firmware, "firmware", "1.27", "MicroPython firmware generation: 1.20, 1.22, 1.24, 1.27")
	f.StringVar(&o.fsModel, "fs-model", "", "flash durability model: littlefs or fat (default: the board's, littlefs)")
	f.Int64Var(&o.seed, "seed", 1, "seed of everything random on the device and the network")
	f.Int64Var(&o.maxSteps, "max-steps", mpy.DefaultMaxSteps, "bytecodes a boot may run before it is stopped as runaway")
	f.IntVar(&o.maxBoots, "max-boots", 10, "boots before a reboot loop is stopped")
	f.DurationVar(&o.maxTime, "max-time", time.Hour, "virtual time after which a run is stopped as never converging (0: none)")
	f.StringVar(&o.requests, "requests", "0.10", "requests/urequests behaviour: 0.10 (bundled with firmware 1.20-1.28) or 1.1 (newer micropython-lib)")
	f.StringArrayVar(&o.faults, "fault", nil, "a fault to apply, e.g. powercut@50%, lowspace=48K, net.reset@30%:host=ota.example (repeatable; see `ota-emu help faults`)")
	f.StringArrayVar(&o.serve, "serve", nil, "HOST=DIR: a static release server for DIR at http(s)://HOST/ (repeatable)")
	f.StringArrayVar(&o.github, "github", nil, "OWNER/REPO=DIR|GITREPO: serve a GitHub repository's API and releases (repeatable)")
	f.StringVar(&o.wifi, "wifi", defaultWiFi, "SSID:PASSWORD of the access point the device can join")
	f.StringArrayVar(&o.state, "state", nil, "updater state-file pattern left out of the verdict's tree comparison, e.g. '/ota/**' or '*.json' (repeatable)")
	f.StringArrayVar(&o.releases, "release", nil, "[NAME=]DIR: another known release tree for the verdict (default: old = the starting flash, new = the uninterrupted run's end)")
	f.StringVar(&o.verFile, "version-file", "", "device file holding the version the device reports (checked against --release NAME=DIR@VERSION)")
	f.StringVar(&o.verRegexp, "version-regexp", "", "regular expression with one group matched on the last boot's console: the version the device reports")
	f.StringVar(&o.flash, "flash", "", "filesystem size of the board, e.g. 256K or 1.5M (default: the board's)")
	f.StringVar(&o.appImage, "app-image", "", "ESP32 boards: the app image flashed in factory/ota_0 (default: a generated image, version 1.0.0)")
	f.BoolVar(&o.pylib, "pylib", false, "put ota-emu's own updater (pylib's package ota) in /lib/ota on the flash, as `mpremote mip install` would")
	f.BoolVar(&o.strictLib, "strict-lib", false, "a micropython-lib package (logging, hmac, tarfile, ...) missing from the flash is an ImportError, as on a board (default: ota-emu supplies it and warns)")
	f.StringVar(&o.heap, "heap", "", "MicroPython heap size, e.g. 64K (default: the board's)")
	f.StringSliceVar(&o.expect, "expect", nil, "releases the verdict accepts (e.g. old: the update had to be refused); default any")
}

// world is a built scenario with what judges it.
type world struct {
	scenario *emulator.Scenario
	healthy  *emulator.Scenario // the same world without any fault: the uninterrupted run
	plan     faultspec.Plan
	judge    *emulator.Judge
	model    vfs.Model
	script   string
	dir      string
}

func buildWorld(script string, o *worldOptions) (*world, error) {
	b, err := emulator.LookupBoard(o.board)
	if err != nil {
		return nil, usageError{err}
	}
	fw, err := emulator.LookupFirmware(o.firmware)
	if err != nil {
		return nil, usageError{err}
	}
	if o.requests != "0.10" && o.requests != "1.1" {
		return nil, usageError{fmt.Errorf("--requests %q: want 0.10 or 1.1", o.requests)}
	}
	plan, err := faultspec.ParsePlan(o.faults)
	if err != nil {
		return nil, usageError{err}
	}
	model := vfs.LittleFS
	if o.fsModel != "" {
		if model, err = vfs.ParseModel(o.fsModel); err != nil {
			return nil, usageError{fmt.Errorf("--fs-model: %w", err)}
		}
	}
	src, err := os.ReadFile(script)
	if err != nil {
		return nil, usageError{fmt.Errorf("read script: %w", err)}
	}
	dir := o.fsDir
	if dir == "" {
		dir = filepath.Dir(script)
	}
	load := func(size int64) (*vfs.Flash, error) {
		fl, err := vfs.LoadHostDir(vfs.Config{Size: size, BlockSize: b.BlockSize, Model: model}, dir, vfs.SkipHostFile)
		if err != nil {
			return nil, usageError{fmt.Errorf("load flash from %s: %w", dir, err)}
		}
		if err := afero.WriteFile(fl, "/main.py", src, 0o644); err != nil {
			return nil, usageError{fmt.Errorf("put %s on the flash as /main.py: %w", script, err)}
		}
		if o.pylib {
			if err := pylib.Install(fl, "/lib"); err != nil {
				return nil, usageError{fmt.Errorf("--pylib: %w", err)}
			}
		}
		fl.ResetJournal()
		return fl, nil
	}
	// --flash and --heap are the board's own sizes (the healthy run has them too); the
	// faults flash= and heap= change only the faulted run
	for _, sz := range []struct{ flag, val string }{{"flash", o.flash}, {"heap", o.heap}} {
		if sz.val == "" {
			continue
		}
		f, err := faultspec.Parse(sz.flag + "=" + sz.val)
		if err != nil {
			return nil, usageError{fmt.Errorf("--%s: %w", sz.flag, err)}
		}
		switch v := f.(type) {
		case faultspec.FlashSize:
			b.FSSize = int64(v)
		case faultspec.HeapSize:
			b.Heap = int(v)
		}
	}
	healthyBoard := b
	if plan.FlashSize > 0 {
		b.FSSize = plan.FlashSize
	}
	if plan.HeapSize > 0 {
		b.Heap = int(plan.HeapSize)
	}
	flash, err := load(b.FSSize)
	if err != nil {
		return nil, err
	}
	healthyFlash := flash
	if healthyBoard.FSSize != b.FSSize {
		if healthyFlash, err = load(healthyBoard.FSSize); err != nil {
			return nil, err
		}
	}
	if plan.LowSpace >= 0 {
		// a smaller filesystem holding the same files leaves exactly that much free
		used := flash.UsedBlocks() * b.BlockSize
		size := used + (plan.LowSpace+b.BlockSize-1)/b.BlockSize*b.BlockSize
		if size < b.FSSize {
			if flash, err = load(size); err != nil {
				return nil, err
			}
		}
	}
	var always, perBoot []faultspec.NetFault
	for _, f := range plan.Net {
		if f.Boot > 0 {
			perBoot = append(perBoot, f)
		} else {
			always = append(always, f)
		}
	}
	net, err := o.network(always)
	if err != nil {
		return nil, err
	}
	healthyNet, err := o.network(nil)
	if err != nil {
		return nil, err
	}
	var cuts []emulator.PowerCut
	for _, c := range plan.PowerCuts {
		if c.Kind == faultspec.CutPercent {
			continue // resolved against the uninterrupted run by resolveCuts
		}
		cuts = append(cuts, toCut(c))
	}
	s := &emulator.Scenario{Board: b, Firmware: fw, Flash: flash, Seed: o.seed, MaxBoots: o.maxBoots, StrictLib: o.strictLib,
		MaxTime: o.maxTime, MaxSteps: o.maxSteps, Requests: o.requests, Network: net, Cuts: cuts,
		OnBoot: bootFaults(perBoot), Recovery: healthyNet}
	h := &emulator.Scenario{Board: healthyBoard, Firmware: fw, Flash: healthyFlash, Seed: o.seed, StrictLib: o.strictLib,
		MaxBoots: o.maxBoots, MaxTime: o.maxTime, MaxSteps: o.maxSteps, Requests: o.requests, Network: healthyNet}
	if b.Port == "esp32" {
		var image []byte
		if o.appImage != "" {
			if image, err = os.ReadFile(o.appImage); err != nil {
				return nil, usageError{fmt.Errorf("--app-image: %w", err)}
			}
		}
		raw, err := emulator.NewPartitions(b, image)
		if err != nil {
			return nil, usageError{fmt.Errorf("--app-image: %w", err)}
		}
		s.Raw, h.Raw = raw, raw
	} else if o.appImage != "" {
		return nil, usageError{fmt.Errorf("--app-image: board %s has no app partitions (ESP32 boards only)", b.Name)}
	}
	j := &emulator.Judge{State: o.state, Expect: o.expect, VersionFile: o.verFile}
	if o.verRegexp != "" {
		re, err := regexp.Compile(o.verRegexp)
		if err != nil {
			return nil, usageError{fmt.Errorf("--version-regexp: %w", err)}
		}
		if re.NumSubexp() > 1 {
			return nil, usageError{fmt.Errorf("--version-regexp %q: want at most one group", o.verRegexp)}
		}
		j.VersionPattern = re
	}
	for _, spec := range o.releases {
		r, err := loadRelease(spec, b, model, o.state)
		if err != nil {
			return nil, err
		}
		j.Releases = append(j.Releases, r)
	}
	return &world{scenario: s, healthy: h, plan: plan, judge: j, model: model, script: script, dir: dir}, nil
}

// loadRelease reads --release [NAME=]DIR[@VERSION].
func loadRelease(spec string, b emulator.Board, model vfs.Model, state []string) (emulator.Release, error) {
	name, dir := "", spec
	if i := strings.Index(spec, "="); i > 0 {
		name, dir = spec[:i], spec[i+1:]
	}
	version := ""
	if i := strings.LastIndex(dir, "@"); i > 0 {
		dir, version = dir[:i], dir[i+1:]
	}
	if name == "" {
		name = filepath.Base(dir)
	}
	fl, err := vfs.LoadHostDir(vfs.Config{Size: b.FSSize * 4, BlockSize: b.BlockSize, Model: model}, dir, vfs.SkipHostFile)
	if err != nil {
		return emulator.Release{}, usageError{fmt.Errorf("--release %s: %w", spec, err)}
	}
	r := emulator.ReleaseFromFlash(name, fl, state)
	r.Version = version
	return r, nil
}

func toCut(c faultspec.PowerCut) emulator.PowerCut {
	pc := emulator.PowerCut{Op: c.Op, Boot: c.Boot, Byte: c.Byte, Time: c.Time, Inside: c.Inside}
	switch c.Kind {
	case faultspec.CutOp:
		pc.Kind = emulator.CutAfterOp
	case faultspec.CutByte:
		pc.Kind = emulator.CutAtByte
	case faultspec.CutTime:
		pc.Kind = emulator.CutAtTime
	case faultspec.CutBootOp:
		pc.Kind = emulator.CutAtBootOp
	}
	return pc
}

// network returns the builder of the world's network with the given faults.
func (o *worldOptions) network(faults []faultspec.NetFault) (func(*netsim.Clock, uint64) (*netsim.Network, error), error) {
	ssid, pass, ok := strings.Cut(o.wifi, ":")
	if !ok || ssid == "" {
		return nil, usageError{fmt.Errorf("--wifi %q: want SSID:PASSWORD", o.wifi)}
	}
	type served struct{ host, dir string }
	var statics []served
	for _, spec := range o.serve {
		host, dir, ok := strings.Cut(spec, "=")
		if !ok || host == "" || dir == "" {
			return nil, usageError{fmt.Errorf("--serve %q: want HOST=DIR", spec)}
		}
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, usageError{fmt.Errorf("--serve %s: %s is not a directory", spec, dir)}
		}
		statics = append(statics, served{host, dir})
	}
	sort.SliceStable(statics, func(i, j int) bool { return statics[i].host < statics[j].host })
	// the GitHub emulator reads its repositories once; every run gets a fresh clone of it
	// (its own rate-limit counters and request log)
	var gh *netsim.GitHub
	for _, spec := range o.github {
		owner, name, dir, err := netsim.ParseGitHubSpec(spec)
		if err != nil {
			return nil, usageError{fmt.Errorf("--github: %w", err)}
		}
		if gh == nil {
			gh = netsim.NewGitHub(netsim.GitHubOptions{})
		}
		if err := gh.AddRepo(owner, name, dir); err != nil {
			return nil, usageError{fmt.Errorf("--github %s: %w", spec, err)}
		}
	}
	// faults are checked once here, so a run never meets a bad one
	for _, f := range faults {
		if _, err := f.New(); err != nil {
			return nil, usageError{err}
		}
	}
	w := emulator.World{WiFi: netsim.AccessPoint{SSID: ssid, Password: pass}, GitHub: gh}
	for _, st := range statics {
		h, err := netsim.StaticServer(st.dir, netsim.StaticOptions{})
		if err != nil {
			return nil, usageError{fmt.Errorf("--serve %s: %w", st.host, err)}
		}
		w.Hosts = append(w.Hosts, emulator.WorldHost{Name: st.host, Handler: h})
	}
	for _, f := range faults {
		w.Faults = append(w.Faults, f.Build)
	}
	return w.Network(), nil
}

// bootFaults adds each fault limited to one boot (`boot:N`) as that boot starts and ends it
// as the next one starts. Runs may go on in parallel (a sweep): what was added is kept per
// network.
func bootFaults(faults []faultspec.NetFault) func(*netsim.Network, int) {
	if len(faults) == 0 {
		return nil
	}
	var mu sync.Mutex
	added := map[*netsim.Network]map[int]int{} // network -> spec index -> rule index
	return func(n *netsim.Network, boot int) {
		if n == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		now := n.Clock().Now()
		for i, f := range faults {
			switch boot {
			case f.Boot:
				nf, err := f.New()
				if err != nil {
					continue // checked when the world was built
				}
				t := f.Target
				t.From = now
				if added[n] == nil {
					added[n] = map[int]int{}
				}
				added[n][i] = n.FaultCount()
				n.AddFault(nf, t)
			case f.Boot + 1:
				if idx, ok := added[n][i]; ok {
					n.EndFault(idx, now)
					delete(added[n], i)
				}
			}
		}
		if len(added[n]) == 0 {
			delete(added, n)
		}
	}
}

// replayCommand is the command line that replays a run of this world with the given cuts.
func (w *world) replayCommand(o *worldOptions, cuts []string) string {
	args := []string{"ota-emu", "run", w.script}
	if o.fsDir != "" {
		args = append(args, "--fs", o.fsDir)
	}
	if o.board != "ESP32_GENERIC" {
		args = append(args, "--board", o.board)
	}
	if o.firmware != "1.27" {
		args = append(args, "--firmware", o.firmware)
	}
	if o.fsModel != "" {
		args = append(args, "--fs-model", o.fsModel)
	}
	if o.flash != "" {
		args = append(args, "--flash", o.flash)
	}
	if o.heap != "" {
		args = append(args, "--heap", o.heap)
	}
	if o.appImage != "" {
		args = append(args, "--app-image", o.appImage)
	}
	if o.strictLib {
		args = append(args, "--strict-lib")
	}
	if o.pylib {
		args = append(args, "--pylib")
	}
	args = append(args, "--seed", fmt.Sprint(o.seed))
	if o.requests != "0.10" {
		args = append(args, "--requests", o.requests)
	}
	if o.wifi != defaultWiFi {
		args = append(args, "--wifi", o.wifi)
	}
	for _, s := range o.serve {
		args = append(args, "--serve", s)
	}
	for _, s := range o.github {
		args = append(args, "--github", s)
	}
	for _, s := range o.state {
		args = append(args, "--state", s)
	}
	for _, s := range o.releases {
		args = append(args, "--release", s)
	}
	if o.verFile != "" {
		args = append(args, "--version-file", o.verFile)
	}
	if o.verRegexp != "" {
		args = append(args, "--version-regexp", o.verRegexp)
	}
	if len(o.expect) > 0 {
		args = append(args, "--expect", strings.Join(o.expect, ","))
	}
	for _, s := range w.plan.Specs {
		if !strings.HasPrefix(s, "powercut") {
			args = append(args, "--fault="+s)
		}
	}
	for _, c := range cuts {
		args = append(args, "--fault="+c)
	}
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(args, " ")
}

// shellQuote quotes an argument for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=/.:,@%+") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
