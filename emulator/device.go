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
	// Trace receives one JSON object per event (boot, reset, end), if set.
	Trace io.Writer

	boot       int
	netSeen    int // network events already written to the trace
	bootAt     time.Duration
	resetCause int
	resetKind  int // the reset requested by the running boot, 0 if none
}

// Outcome is how a device run ended.
type Outcome struct {
	// Boots is how many boots ran.
	Boots int `json:"boots"`
	// Result is "finished" (main.py returned; the board idles at the REPL), "exception"
	// (an uncaught exception in main.py), "stopped" (a runaway boot was stopped), "max-boots"
	// (the reboot loop did not end) or "emulator-fault".
	Result string `json:"result"`
	// Exception and Message describe an uncaught exception or why the run was stopped.
	Exception string `json:"exception,omitempty"`
	Message   string `json:"message,omitempty"`
	// ResetCauses lists the reset cause of every boot, in order.
	ResetCauses []string `json:"reset_causes"`
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
	if dur > 0 {
		d.Clock.Advance(dur)
	}
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
func (d *Device) Boot() (Outcome, error) {
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
	var out Outcome
	d.resetCause = PowerOnReset
	for d.boot = 1; d.boot <= maxBoots; d.boot++ {
		out.Boots = d.boot
		out.ResetCauses = append(out.ResetCauses, ResetCauseName(d.resetCause))
		if err := d.event("boot", ResetCauseName(d.resetCause)); err != nil {
			return out, fmt.Errorf("emulator: trace: %w", err)
		}
		reset, err := d.runBoot(&out)
		if err != nil {
			return out, err
		}
		if !reset {
			return out, d.event("end", out.Result)
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
	d.bootAt = d.Clock.Now()
	out.Result, out.Exception, out.Message = "", "", ""
	cfg := RuntimeConfig(d.Board, d.Firmware)
	cfg.Console, cfg.FS, cfg.Device, cfg.MaxSteps = d.Console, d.Flash, d, d.MaxSteps
	cfg.Seed = uint64(d.Seed)*1000003 + uint64(d.boot) // each boot draws new, reproducible numbers
	if d.Requests == "1.1" {
		cfg.ModuleAliases = map[string]string{"requests": "_requests_1_1", "urequests": "_requests_1_1"}
	}
	cfg.OnSteps = func(n int64) {
		d.Clock.Advance(time.Duration(n*bytecodeCycles) * time.Second / time.Duration(d.Board.CPUHz))
	}
	it, err := mpy.New(cfg)
	if err != nil {
		return false, fmt.Errorf("emulator: boot %d: %w", d.boot, err)
	}
	defer func() { out.Steps += it.Steps(); it.Close() }()
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
			if _, ok := ab.Cause.(resetRequest); ok {
				return true, nil
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
