package emulator

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
)

// Scenario is a world a device runs in, rebuilt afresh for every run of it: the board, the
// flash it starts from, the network with its servers and faults, and the limits. The CLI's
// `run`, the sweep and the conformance suite all run devices through it, so every run of the
// same scenario and seed is the same run.
type Scenario struct {
	Board    Board
	Firmware Firmware
	// Flash is the flash the device starts from. It is never written: each run boots a
	// Snapshot of it.
	Flash *vfs.Flash
	// Raw is the raw flash (ESP32 partitions) the device starts from, nil for none; each run
	// boots a Snapshot of it.
	Raw      RawFlash
	Seed     int64
	MaxBoots int
	MaxTime  time.Duration
	MaxSteps int64
	Requests string
	// StrictLib: see Device.StrictLib.
	StrictLib bool
	// Network builds the world's network on the device's clock (nil: the device has no
	// network). It is called once per run, so server state (request logs, rate-limit
	// counters) never carries over from one run to the next.
	Network func(clock *netsim.Clock, seed uint64) (*netsim.Network, error)
	// Recovery, if set, builds the network of the boots after a sweep's cut (a healthy one:
	// the sweep asks whether the device recovers once the network is good again); nil uses
	// Network.
	Recovery func(clock *netsim.Clock, seed uint64) (*netsim.Network, error)
	// Cuts are power cuts for every run of the scenario (a sweep adds its own).
	Cuts []PowerCut
	// OnBoot, if set, is called as every boot starts, with the run's network (nil without
	// one): faults limited to one boot are added and ended there.
	OnBoot func(n *netsim.Network, boot int)
}

// Run is one finished run of a scenario.
type Run struct {
	Device  *Device
	Outcome Outcome
	// Console is the whole console; LastConsole the last boot's.
	Console     []byte
	LastConsole []byte
	// Requests are the HTTP requests the servers saw.
	Requests []netsim.Request
}

// RunOptions vary one run of a scenario.
type RunOptions struct {
	// Flash and Raw replace the scenario's starting images (a sweep's cut images).
	Flash *vfs.Flash
	Raw   RawFlash
	// At starts the clock at this virtual time (the time of the cut a sweep case reboots
	// after).
	At time.Duration
	// Cuts replace the scenario's power cuts when not nil.
	Cuts []PowerCut
	// Recovery builds the run's network with Scenario.Recovery (a sweep's case).
	Recovery bool
	// HealOnCut replaces the network with a fresh Scenario.Recovery one after every power
	// cut of the run, so that a live run with a cut replays a sweep's case exactly: the
	// device recovers on a healthy world.
	HealOnCut bool
	// Trace and Console, if set, receive the run's trace and console as it runs.
	Trace   io.Writer
	Console io.Writer
}

// bootSplitter remembers where the last boot's console output starts.
type bootSplitter struct {
	buf  bytes.Buffer
	last int
	tee  io.Writer
}

func (b *bootSplitter) Write(p []byte) (int, error) {
	if b.tee != nil {
		if _, err := b.tee.Write(p); err != nil {
			return 0, err
		}
	}
	return b.buf.Write(p)
}

// Run runs the scenario once.
func (s *Scenario) Run(o RunOptions) (*Run, error) {
	flash := o.Flash
	if flash == nil {
		flash = s.Flash
	}
	if flash == nil {
		return nil, fmt.Errorf("emulator: scenario has no flash")
	}
	flash = flash.Snapshot()
	raw := o.Raw
	if raw == nil {
		raw = s.Raw
	}
	if raw != nil {
		raw = raw.Snapshot()
	}
	clock := netsim.NewClock(netsim.RTCUnset)
	if o.At > 0 {
		clock.AdvanceTo(o.At)
	}
	con := &bootSplitter{tee: o.Console}
	d := &Device{Board: s.Board, Firmware: s.Firmware, Flash: flash, Raw: raw, Clock: clock,
		Console: con, Seed: s.Seed, MaxBoots: s.MaxBoots, MaxSteps: s.MaxSteps, MaxTime: s.MaxTime,
		Requests: s.Requests, Trace: o.Trace, Cuts: s.Cuts, StrictLib: s.StrictLib}
	if o.Cuts != nil {
		d.Cuts = o.Cuts
	}
	if d.MaxTime > 0 {
		d.MaxTime += o.At
	}
	d.onBoot = func() {
		con.last = con.buf.Len()
		if s.OnBoot != nil {
			s.OnBoot(d.Net, d.boot)
		}
	}
	build := s.Network
	if o.Recovery && s.Recovery != nil {
		build = s.Recovery
	}
	if build != nil {
		n, err := build(clock, uint64(s.Seed))
		if err != nil {
			return nil, fmt.Errorf("emulator: build the network: %w", err)
		}
		d.Net = n
		defer func() { d.Net.Close() }()
		if o.HealOnCut && s.Recovery != nil {
			d.onPowerCut = func() error {
				healed, err := s.Recovery(clock, uint64(s.Seed))
				if err != nil {
					return fmt.Errorf("emulator: build the recovery network: %w", err)
				}
				d.Net.Close()
				d.Net, d.netSeen = healed, 0
				return nil
			}
		}
	}
	out, err := d.Boot()
	r := &Run{Device: d, Outcome: out, Console: con.buf.Bytes(), LastConsole: con.buf.Bytes()[con.last:]}
	if d.Net != nil {
		r.Requests = d.Net.Requests()
	}
	return r, err
}

// World is the network side of a scenario as data, from which Network builds a fresh network
// for every run: an NTP server at pool.ntp.org (the world's time), the Wi-Fi access point,
// virtual hosts, a GitHub emulator (a fresh clone per run: its own rate-limit counters and
// request log) and faults (each built anew per run: faults keep per-run state).
type World struct {
	WiFi   netsim.AccessPoint
	Hosts  []WorldHost
	GitHub *netsim.GitHub
	Faults []WorldFault
}

// WorldHost is a virtual host serving the same handler over HTTP and HTTPS.
type WorldHost struct {
	Name    string
	Handler http.Handler
}

// WorldFault builds one fault of a run and says where it applies.
type WorldFault func() (netsim.Fault, netsim.Target, error)

// Network is the builder Scenario.Network takes.
func (w World) Network() func(clock *netsim.Clock, seed uint64) (*netsim.Network, error) {
	return func(clock *netsim.Clock, seed uint64) (*netsim.Network, error) {
		n := netsim.New(clock, netsim.Config{Seed: seed})
		fail := func(err error) (*netsim.Network, error) {
			n.Close()
			return nil, err
		}
		n.AddAccessPoint(w.WiFi)
		if _, err := n.AddNTPServer(""); err != nil {
			return fail(fmt.Errorf("emulator: ntp server: %w", err))
		}
		for _, h := range w.Hosts {
			if _, err := n.AddHost(h.Name, netsim.HostHandlers{HTTP: h.Handler, HTTPS: h.Handler}); err != nil {
				return fail(fmt.Errorf("emulator: serve %s: %w", h.Name, err))
			}
		}
		if w.GitHub != nil {
			if err := n.AddGitHub(w.GitHub.Clone()); err != nil {
				return fail(fmt.Errorf("emulator: github: %w", err))
			}
		}
		for _, mk := range w.Faults {
			f, t, err := mk()
			if err != nil {
				return fail(err)
			}
			n.AddFault(f, t)
		}
		return n, nil
	}
}
