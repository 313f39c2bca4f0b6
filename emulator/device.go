package emulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
)

// Reset causes, as machine.reset_cause() returns them (the ESP32 port's numbers).
const (
	PowerOnReset   = 1
	HardReset      = 2
	WatchdogReset  = 3
	DeepSleepReset = 4
	SoftReset      = 5
)

// ResetCauseName names a reset cause as the machine module's constant does.
func ResetCauseName(c int) string {
	switch c {
	case PowerOnReset:
		return "PWRON_RESET"
	case HardReset:
		return "HARD_RESET"
	case WatchdogReset:
		return "WDT_RESET"
	case DeepSleepReset:
		return "DEEPSLEEP_RESET"
	case SoftReset:
		return "SOFT_RESET"
	}
	return fmt.Sprintf("RESET_%d", c)
}

// bytecodeCycles is the nominal cost of one bytecode in CPU cycles: busy-wait loops and
// ticks_ms() see time pass as on a board.
const bytecodeCycles = 120

// Device is one emulated board: its profile, flash, clock and console. Boot runs it.
type Device struct {
	Board    Board
	Firmware Firmware
	Flash    *vfs.Flash
	Clock    *netsim.Clock
	// Net is the device's network (nil: no network interface works).
	Net     *netsim.Network
	Console io.Writer
	// Seed makes everything random on the device reproducible (unique_id, random).
	Seed int64
	// MaxBoots ends a reboot loop (0 means 10).
	MaxBoots int
	// MaxSteps bounds the bytecodes of one boot (0 means mpy's default).
	MaxSteps int64
	// Requests selects the requests/urequests behaviour: "" or "0.10" for the version firmware
	// 1.20-1.28 bundles, "1.1" for the newer micropython-lib release.
	Requests string
	// Trace receives one JSON object per event (boot, flash, console, reset, powercut, end),
	// if set.
	Trace io.Writer
	// Cuts are the power cuts scheduled for this run (each fires at most once).
	Cuts []PowerCut
	// MaxTime ends a run whose virtual clock passes it (0: no limit): a reboot loop that
	// sleeps between boots, an updater that waits forever.
	MaxTime time.Duration
	// StrictLib makes importing a micropython-lib package the flash does not hold (logging,
	// hmac, tarfile...) an ImportError, as on a board; by default ota-emu supplies its own and
	// lists it in Outcome.Supplied.
	StrictLib bool
	// Raw is the flash outside the filesystem (ESP32 partitions), nil if the board has none.
	Raw RawFlash

	boot        int
	bootOps     int // flash operations of the running boot
	ops         []FlashOp
	cutDone     []bool
	rawStart    RawFlash // Raw at power-on
	rawLast     RawFlash // Raw after the last raw operation
	bytesBefore int64    // bytes written by flashes the run replaced after a cut
	wdt         *watchdog
	cut         any          // the abort cause that ended the running boot, if a power cut
	onBoot      func()       // called as every boot starts (Scenario splits the console by boot)
	onPowerCut  func() error // called after a power cut, before the next boot (Scenario heals the network)
	netSeen     int          // network events already written to the trace
	bootAt      time.Duration
	resetCause  int
	resetKind   int // the reset requested by the running boot, 0 if none
}

// Outcome is how a device run ended.
type Outcome struct {
	// Boots is how many boots ran.
	Boots int `json:"boots"`
	// Result is "finished" (main.py returned; the board idles at the REPL), "exception"
	// (an uncaught exception in main.py), "stopped" (a runaway boot was stopped), "max-boots"
	// (the reboot loop did not end), "max-time" (the virtual time limit passed), "no-app"
	// (an ESP32's bootloader found no bootable app) or "emulator-fault".
	Result string `json:"result"`
	// Exception and Message describe an uncaught exception or why the run was stopped.
	Exception string `json:"exception,omitempty"`
	Message   string `json:"message,omitempty"`
	// ResetCauses lists the reset cause of every boot, in order.
	ResetCauses []string `json:"reset_causes"`
	// PowerCuts lists the power cuts that fired, as fault specs.
	PowerCuts []string `json:"power_cuts,omitempty"`
	// Supplied lists the micropython-lib packages the device imported without having them on
	// its flash, which ota-emu supplied (a board would raise ImportError; see StrictLib).
	Supplied []string `json:"supplied_libraries,omitempty"`
	// FlashOps is how many flash operations the run made; TimeUS its virtual duration.
	FlashOps int   `json:"flash_ops"`
	TimeUS   int64 `json:"t_us"`
	// Steps is the bytecodes run over all boots.
	Steps int64 `json:"steps"`
}

// Event is one line of the run trace: a device event (boot, reset, end) or, with Net set, a
// network event of netsim (dns, connect, send, recv, close, reset, timeout, fault, wifi...).
type Event struct {
	TimeUS int64         `json:"t_us"`
	Kind   string        `json:"kind"`
	Boot   int           `json:"boot"`
	Detail string        `json:"detail,omitempty"`
	Net    *netsim.Event `json:"net,omitempty"`
}

// resetRequest is the abort cause of machine.reset() / soft_reset().
type resetRequest struct{ cause int }

// Reset ends the running boot at once and reboots with cause (called by the machine module
// from inside the interpreter; it does not return).
func (d *Device) Reset(it *mpy.Interp, cause int) {
	d.resetKind = cause
	it.Cut("machine reset ("+ResetCauseName(cause)+")", resetRequest{cause})
}

// ResetCause is machine.reset_cause() for the running boot.
func (d *Device) ResetCause() int { return d.resetCause }

// Freq is machine.freq(): the CPU frequency in Hz.
func (d *Device) Freq() int64 { return d.Board.CPUHz }

// UniqueID is machine.unique_id(): derived from the seed, the same on every run.
func (d *Device) UniqueID() []byte {
	id := make([]byte, 6)
	s := uint64(d.Seed)*6364136223846793005 + 1442695040888963407
	for i := range id {
		s = s*6364136223846793005 + 1442695040888963407
		id[i] = byte(s >> 56)
	}
	return id
}

// HashAlgorithms are the hashlib algorithms of the board's firmware.
func (d *Device) HashAlgorithms() []string { return d.Board.Hashes }

// Network is the device's network, for the network and socket modules.
func (d *Device) Network() *netsim.Network { return d.Net }

// SinceBoot is the time since the running boot started (what ticks_ms counts).
func (d *Device) SinceBoot() time.Duration { return d.Clock.Now() - d.bootAt }

// Sleep lets virtual time pass (time.sleep and friends). A Stop is honoured at once.
func (d *Device) Sleep(it *mpy.Interp, dur time.Duration) {
	it.CheckStop()
	if dur <= 0 {
		return
	}
	end := d.Clock.Now() + dur
	if t, ok := d.nextDeadline(); ok && t < end {
		// a power cut, the watchdog or the time limit falls inside the sleep: it ends there
		if t > d.Clock.Now() {
			d.Clock.AdvanceTo(t)
		}
		d.checkTime(it)
		it.CheckStop()
	}
	d.Clock.AdvanceTo(end)
}

// RTC is the board's real-time clock.
func (d *Device) RTC() time.Time { return d.Clock.Time() }

// Epoch1970 says which epoch time.time() counts from on this board.
func (d *Device) Epoch1970() bool { return d.Board.Epoch1970 }

func (d *Device) event(kind, detail string) error {
	if d.Trace == nil {
		return nil
	}
	// the network's events up to now come first, so the trace stays in time order
	if d.Net != nil {
		events := d.Net.Trace()
		for i := d.netSeen; i < len(events); i++ {
			ev := events[i]
			if err := d.writeEvent(Event{TimeUS: ev.At.Microseconds(), Kind: "net", Boot: d.boot, Net: &ev}); err != nil {
				return err
			}
		}
		d.netSeen = len(events)
	}
	return d.writeEvent(Event{TimeUS: d.Clock.Now().Microseconds(), Kind: kind, Boot: d.boot, Detail: detail})
}

// consoleTap copies the console into the trace.
type consoleTap struct{ d *Device }

func (c consoleTap) Write(p []byte) (int, error) {
	n, err := c.d.Console.Write(p)
	if e := c.d.event("console", string(p[:n])); err == nil {
		err = e
	}
	return n, err
}

func (d *Device) writeEvent(e Event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = d.Trace.Write(append(b, '\n'))
	return err
}

// Boot powers the device on and runs it: boot.py then main.py, again after every reset,
// until main.py ends, an uncaught exception drops the board to the REPL, or MaxBoots.
func (d *Device) Boot() (out Outcome, err error) {
	if d.Clock == nil {
		d.Clock = netsim.NewClock(netsim.RTCUnset)
	}
	if d.Console == nil {
		d.Console = io.Discard
	}
	maxBoots := d.MaxBoots
	if maxBoots <= 0 {
		maxBoots = 10
	}
	defer func() { out.FlashOps, out.TimeUS = len(d.ops), d.Clock.Now().Microseconds() }()
	d.cutDone = make([]bool, len(d.Cuts))
	if d.Raw != nil {
		d.rawStart = d.Raw.Snapshot()
		d.rawLast = d.rawStart
	}
	d.resetCause = PowerOnReset
	for d.boot = 1; d.boot <= maxBoots; d.boot++ {
		out.Boots = d.boot
		if d.onBoot != nil {
			d.onBoot()
		}
		out.ResetCauses = append(out.ResetCauses, ResetCauseName(d.resetCause))
		if err := d.event("boot", ResetCauseName(d.resetCause)); err != nil {
			return out, fmt.Errorf("emulator: trace: %w", err)
		}
		if d.Raw != nil {
			if line := d.Raw.PowerOn(d.resetCause); line != "" {
				if err := d.event("bootloader", line); err != nil {
					return out, fmt.Errorf("emulator: trace: %w", err)
				}
			}
			if r, ok := d.Raw.(interface{ Running() int }); ok && r.Running() < 0 {
				// the bootloader found no bootable app: the board prints its error and stops
				out.Result, out.Message = "no-app", "the bootloader found no bootable app partition"
				return out, d.event("end", out.Result)
			}
		}
		reset, err := d.runBoot(&out)
		if err != nil {
			return out, err
		}
		if !reset {
			return out, d.event("end", out.Result)
		}
		if pc, ok := d.cut.(powerCut); ok {
			img, err := d.imageAfterCut(pc)
			if err != nil {
				return out, fmt.Errorf("emulator: image after %s: %w", pc.cut, err)
			}
			d.bytesBefore += d.Flash.TotalWritten()
			d.Flash = img
			if pc.rawBefore != nil {
				// a cut inside a raw write: the partition is as before it
				d.Raw = pc.rawBefore.Snapshot()
				d.rawLast = nil
			}
			out.PowerCuts = append(out.PowerCuts, pc.cut.String())
			d.resetCause = PowerOnReset
			if err := d.event("powercut", pc.cut.String()); err != nil {
				return out, fmt.Errorf("emulator: trace: %w", err)
			}
			if d.onPowerCut != nil {
				if err := d.onPowerCut(); err != nil {
					return out, err
				}
			}
			continue
		}
		d.resetCause = d.resetKind
		if err := d.event("reset", ResetCauseName(d.resetKind)); err != nil {
			return out, fmt.Errorf("emulator: trace: %w", err)
		}
	}
	out.Result = "max-boots"
	out.Message = fmt.Sprintf("the device was still rebooting after %d boots", maxBoots)
	return out, d.event("end", out.Result)
}

// runBoot runs one boot and reports whether it ended in a reset.
func (d *Device) runBoot(out *Outcome) (bool, error) {
	d.resetKind = 0
	d.cut = nil
	d.bootOps = 0
	d.wdt = nil
	d.bootAt = d.Clock.Now()
	out.Result, out.Exception, out.Message = "", "", ""
	cfg := RuntimeConfig(d.Board, d.Firmware)
	cfg.Console, cfg.FS, cfg.Device, cfg.MaxSteps = d.Console, d.Flash, d, d.MaxSteps
	if d.Trace != nil {
		cfg.Console = consoleTap{d}
	}
	cfg.OnLibrary = func(name string) bool {
		seen := false
		for _, n := range out.Supplied {
			seen = seen || n == name
		}
		if !seen {
			if !d.StrictLib {
				out.Supplied = append(out.Supplied, name)
			}
			_ = d.event("library", name+" is not on the flash: "+map[bool]string{true: "ImportError (strict)", false: "supplied by ota-emu"}[d.StrictLib])
		}
		return !d.StrictLib
	}
	cfg.Seed = uint64(d.Seed)*1000003 + uint64(d.boot) // each boot draws new, reproducible numbers
	if d.Requests == "1.1" {
		cfg.ModuleAliases = map[string]string{"requests": "_requests_1_1", "urequests": "_requests_1_1"}
	}
	var it *mpy.Interp
	cfg.OnSteps = func(n int64) {
		d.Clock.Advance(time.Duration(n*bytecodeCycles) * time.Second / time.Duration(d.Board.CPUHz))
		if it != nil {
			d.checkTime(it)
		}
	}
	it, err := mpy.New(cfg)
	if err != nil {
		return false, fmt.Errorf("emulator: boot %d: %w", d.boot, err)
	}
	d.Flash.SetOnOp(func(op vfs.Op) { d.fsOp(it, op) })
	defer func() { d.Flash.SetOnOp(nil); out.Steps += it.Steps(); it.Close() }()
	for _, file := range []string{"/boot.py", "/main.py"} {
		if _, err := d.Flash.Stat(file); err != nil {
			continue
		}
		err := it.RunFile(file)
		var u *mpy.Uncaught
		var ab *mpy.Abort
		var ex *mpy.Exit
		var ft *mpy.Fault
		switch {
		case err == nil, errors.As(err, &ex):
			out.Result = "finished"
			continue
		case errors.As(err, &ab):
			switch c := ab.Cause.(type) {
			case resetRequest:
				d.resetKind = c.cause
				return true, nil
			case powerCut:
				d.cut = c
				return true, nil
			case timeLimit:
				out.Result, out.Message = "max-time", ab.Reason
				return false, nil
			}
			out.Result, out.Message = "stopped", ab.Reason
			return false, nil
		case errors.As(err, &u):
			if file == "/boot.py" {
				// a failing boot.py prints its traceback and the board still runs main.py
				continue
			}
			out.Result, out.Exception, out.Message = "exception", u.Type, u.Message
			return false, nil
		case errors.As(err, &ft):
			out.Result, out.Message = "emulator-fault", fmt.Sprint(ft.Panic)
			return false, nil
		default:
			return false, fmt.Errorf("emulator: boot %d: run %s: %w", d.boot, file, err)
		}
	}
	if out.Result == "" {
		out.Result = "finished"
	}
	return false, nil
}
