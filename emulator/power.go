package emulator

import (
	"fmt"
	"time"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/vfs"
)

// FlashOp is one operation on the board's flash, in run order: a filesystem operation (an
// entry of the vfs journal) or a raw erase or write of a partition (esp32.Partition). The
// run's flash-operation log is what power cuts are placed on: `powercut@op:N` cuts right
// after FlashOp N, and a sweep cuts after every one of them.
type FlashOp struct {
	// Index is the operation's position in the run's log, from 0.
	Index int `json:"index"`
	// Boot is the boot it happened in (from 1); BootOp its position within that boot.
	Boot   int   `json:"boot"`
	BootOp int   `json:"boot_op"`
	TimeUS int64 `json:"t_us"`
	// Area is "fs" for the filesystem, else the partition's label ("ota_0", "otadata").
	Area  string `json:"area"`
	Kind  string `json:"kind"`
	Path  string `json:"path,omitempty"`
	Path2 string `json:"path2,omitempty"`
	// Bytes is how many bytes a write wrote; Offset how many the run's filesystem writes had
	// written before it (the scale of powercut@byte:N).
	Bytes  int64 `json:"bytes,omitempty"`
	Offset int64 `json:"offset"`
	// Commit is whether a filesystem operation is a commit point; raw writes always are.
	Commit bool   `json:"commit"`
	Err    string `json:"err,omitempty"`

	// fsIndex is the index of the filesystem's journal entry (in the flash that was live when
	// it happened) the image after this operation is built from; -1 before any.
	fsIndex int
	// raw is the raw flash image after this operation (nil: the board has none).
	raw RawFlash
}

// RawFlash is the board's flash outside the filesystem: the partition table's app and data
// partitions on an ESP32. Its writes are durable as they happen (no cache), so the live state
// at any moment is what a power cut leaves.
type RawFlash interface {
	// Snapshot returns the state a power cut would leave now, as an independent RawFlash that
	// later writes to the receiver do not change. It must be cheap (copy on write): the
	// device takes one after every raw operation.
	Snapshot() RawFlash
	// PowerOn is the bootloader's step at every boot, before boot.py: it chooses the app
	// partition to run (rolling back a pending image that was not confirmed) and returns a
	// line for the trace ("" for none).
	PowerOn(resetCause int) string
}

// CutKind says what a power cut is placed on.
type CutKind int

// Ways of placing a power cut.
const (
	// CutAfterOp cuts right after flash operation Op of the run's log (or, with Inside, in the
	// middle of it).
	CutAfterOp CutKind = iota + 1
	// CutAtByte cuts once Byte bytes of the run's filesystem writes have reached the flash.
	CutAtByte
	// CutAtTime cuts when the virtual clock reaches Time (since power-on).
	CutAtTime
	// CutAtBootOp cuts right after operation Op of boot Boot (counted within the boot).
	CutAtBootOp
)

// PowerCut schedules one power cut during a run. A cut stops the program at once (no except
// or finally runs), the flash keeps what its durability model says survives, and the device
// powers on again from that image (reset cause PWRON_RESET).
type PowerCut struct {
	Kind   CutKind
	Op     int
	Boot   int
	Byte   int64
	Time   time.Duration
	Inside bool
}

// String is the fault spec of the cut (as `--fault` takes it).
func (c PowerCut) String() string {
	switch c.Kind {
	case CutAfterOp:
		if c.Inside {
			return fmt.Sprintf("powercut@op:%d:inside", c.Op)
		}
		return fmt.Sprintf("powercut@op:%d", c.Op)
	case CutAtByte:
		return fmt.Sprintf("powercut@byte:%d", c.Byte)
	case CutAtTime:
		return fmt.Sprintf("powercut@t=%s", c.Time)
	case CutAtBootOp:
		if c.Inside {
			return fmt.Sprintf("powercut@boot:%d,op:%d:inside", c.Boot, c.Op)
		}
		return fmt.Sprintf("powercut@boot:%d,op:%d", c.Boot, c.Op)
	}
	return "powercut@?"
}

// powerCut is the abort cause of a power cut.
type powerCut struct {
	cut PowerCut
	op  *FlashOp // the operation it falls after (nil for a cut at a time)
	// rawBefore is the raw flash before a raw operation cut inside (nil otherwise)
	rawBefore RawFlash
}

// Watchdog is machine.WDT's state on the virtual clock.
type watchdog struct {
	timeout  time.Duration
	deadline time.Duration
}

// StartWatchdog starts (or restarts with a new timeout) the hardware watchdog: if it is not
// fed within timeout of virtual time the board resets with WDT_RESET. As on boards, it
// cannot be stopped, and it stays armed until the next reset.
func (d *Device) StartWatchdog(timeout time.Duration) {
	d.wdt = &watchdog{timeout: timeout, deadline: d.Clock.Now() + timeout}
}

// FeedWatchdog is WDT.feed().
func (d *Device) FeedWatchdog() {
	if d.wdt != nil {
		d.wdt.deadline = d.Clock.Now() + d.wdt.timeout
	}
}

// FlashOps is the run's flash-operation log so far.
func (d *Device) FlashOps() []FlashOp { return d.ops }

// RawOp records a raw operation on a partition (erase or write of Bytes bytes) in the run's
// flash-operation log, once it has reached the RawFlash. A power cut scheduled after it stops
// the program there (it does not return then).
func (d *Device) RawOp(it *mpy.Interp, area, kind string, bytes int64) {
	op := FlashOp{Area: area, Kind: kind, Bytes: bytes, Commit: true, fsIndex: d.Flash.Ops() - 1}
	d.recordOp(it, op)
}

// fsOp is the filesystem's hook (vfs.Flash.SetOnOp): it runs with the flash locked, so it
// must not call back into the flash.
func (d *Device) fsOp(it *mpy.Interp, op vfs.Op) {
	fo := FlashOp{Area: "fs", Kind: op.Kind, Path: op.Path, Path2: op.Path2, Bytes: op.Bytes,
		Offset: d.bytesBefore + op.Offset, Commit: op.Commit, Err: op.Err, fsIndex: op.Index}
	d.recordOp(it, fo)
}

func (d *Device) recordOp(it *mpy.Interp, op FlashOp) {
	op.Index = len(d.ops)
	op.Boot = d.boot
	op.BootOp = d.bootOps
	op.TimeUS = d.Clock.Now().Microseconds()
	rawBefore := d.rawLast
	if d.Raw != nil {
		if op.Area != "fs" || d.rawLast == nil {
			d.rawLast = d.Raw.Snapshot()
		}
		op.raw = d.rawLast
	}
	d.bootOps++
	d.ops = append(d.ops, op)
	if d.Trace != nil {
		detail := op.Area + " " + op.Kind
		if op.Path != "" {
			detail += " " + op.Path
		}
		if op.Path2 != "" {
			detail += " -> " + op.Path2
		}
		if op.Bytes != 0 {
			detail += fmt.Sprintf(" %dB", op.Bytes)
		}
		if op.Err != "" {
			detail += " " + op.Err
		}
		_ = d.event("flash", fmt.Sprintf("#%d %s", op.Index, detail))
	}
	for i, c := range d.Cuts {
		if d.cutDone[i] {
			continue
		}
		hit := false
		switch c.Kind {
		case CutAfterOp:
			hit = op.Index == c.Op
		case CutAtBootOp:
			hit = op.Boot == c.Boot && op.BootOp == c.Op
		case CutAtByte:
			hit = op.Area == "fs" && op.Bytes > 0 && op.Offset+op.Bytes >= c.Byte
		}
		if hit {
			d.cutDone[i] = true
			o := op
			pc := powerCut{cut: c, op: &o}
			if c.Inside && op.Area != "fs" && rawBefore != nil {
				pc.rawBefore = rawBefore
			}
			it.Cut("power cut ("+c.String()+")", pc)
		}
	}
}

// checkTime runs on the interpreter's goroutine whenever virtual time may have moved (every
// step quantum, after a sleep): it fires a power cut at a time, the watchdog and the
// virtual-time limit.
func (d *Device) checkTime(it *mpy.Interp) {
	now := d.Clock.Now()
	for i, c := range d.Cuts {
		if !d.cutDone[i] && c.Kind == CutAtTime && now >= c.Time {
			d.cutDone[i] = true
			it.Stop("power cut ("+c.String()+")", powerCut{cut: c})
			return
		}
	}
	if d.wdt != nil && now >= d.wdt.deadline {
		d.resetKind = WatchdogReset
		it.Stop("watchdog timeout", resetRequest{WatchdogReset})
		return
	}
	if d.MaxTime > 0 && now >= d.MaxTime {
		it.Stop(fmt.Sprintf("virtual time limit: the device was still running after %s", d.MaxTime), timeLimit{})
	}
}

// timeLimit is the abort cause of Device.MaxTime.
type timeLimit struct{}

// nextDeadline is the earliest virtual time at which checkTime has something to do.
func (d *Device) nextDeadline() (time.Duration, bool) {
	var t time.Duration
	ok := false
	consider := func(x time.Duration) {
		if !ok || x < t {
			t, ok = x, true
		}
	}
	for i, c := range d.Cuts {
		if !d.cutDone[i] && c.Kind == CutAtTime {
			consider(c.Time)
		}
	}
	if d.wdt != nil {
		consider(d.wdt.deadline)
	}
	if d.MaxTime > 0 {
		consider(d.MaxTime)
	}
	return t, ok
}

// imageAfterCut is the filesystem a cut leaves.
func (d *Device) imageAfterCut(pc powerCut) (*vfs.Flash, error) {
	switch {
	case pc.op == nil:
		return d.Flash.Snapshot(), nil
	case pc.cut.Kind == CutAtByte:
		return d.Flash.ImageAtByte(pc.cut.Byte - d.bytesBefore)
	case pc.op.Area != "fs":
		// a raw operation: the filesystem is as it is now
		return d.Flash.Snapshot(), nil
	case pc.cut.Inside:
		return d.Flash.ImageInside(pc.op.fsIndex)
	default:
		return d.Flash.ImageAt(pc.op.fsIndex)
	}
}

// ImagesAfter returns the filesystem and raw flash a power cut right after operation k of
// the run's log leaves (k = -1: before the first), or in its middle with inside. It is how a
// sweep rebuilds every cut image from one uninterrupted run, without re-running anything.
// It is valid only for a run in which no cut fired (one flash for the whole run).
func (d *Device) ImagesAfter(k int, inside bool) (*vfs.Flash, RawFlash, error) {
	if k < -1 || k >= len(d.ops) {
		return nil, nil, fmt.Errorf("emulator: no flash operation %d (the run has %d)", k, len(d.ops))
	}
	if d.cutsFired() > 0 {
		return nil, nil, fmt.Errorf("emulator: images of a run in which power was cut cannot be rebuilt from its log")
	}
	if k == -1 {
		fs, err := d.Flash.ImageAt(-1)
		return fs, snapshotOf(d.rawStart), err
	}
	op := d.ops[k]
	var fs *vfs.Flash
	var err error
	switch {
	case op.Area == "fs" && inside:
		fs, err = d.Flash.ImageInside(op.fsIndex)
	case op.Area != "fs" && inside:
		// a raw write cut in its middle: the partition is as before it (the bootloader's
		// image check then finds it incomplete), the filesystem as after the operation before
		fs, err = d.Flash.ImageAt(op.fsIndex)
		if k > 0 {
			return fs, snapshotOf(d.ops[k-1].raw), err
		}
		return fs, snapshotOf(d.rawStart), err
	default:
		fs, err = d.Flash.ImageAt(op.fsIndex)
	}
	return fs, snapshotOf(op.raw), err
}

// snapshotOf is an independent copy of a logged raw image (nil stays nil).
func snapshotOf(r RawFlash) RawFlash {
	if r == nil {
		return nil
	}
	return r.Snapshot()
}

// StartFirmware is the version of the app a board with raw flash r boots first ("" without
// one): what "old" runs. r itself is not changed.
func StartFirmware(r RawFlash) string {
	if r == nil {
		return ""
	}
	s := r.Snapshot()
	s.PowerOn(PowerOnReset)
	if v, ok := s.(interface{ RunningVersion() string }); ok {
		return v.RunningVersion()
	}
	return ""
}

func (d *Device) cutsFired() int {
	n := 0
	for _, done := range d.cutDone {
		if done {
			n++
		}
	}
	return n
}
