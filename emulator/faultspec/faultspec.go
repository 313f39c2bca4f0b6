// Package faultspec is the language of `ota-emu run --fault=SPEC`: it parses fault specs such
// as powercut@50%, lowspace=48K or net.reset@30%:host=ota.example into a typed Plan that the
// device and the sweep apply, and writes every fault back in one canonical spelling (the one
// replay commands print), so that Parse(f.String()) gives f again.
//
// The grammar is KIND[=VALUE][@WHEN][:key=value,...]. KIND is powercut, lowspace, flash, heap
// or a network fault (every fault netsim registers, under a dotted name such as net.reset,
// dns.fail, tls.mitm, http.status, wifi.down; its netsim name is accepted too). =VALUE is the
// fault's main parameter, @WHEN its position or trigger (comma-separated items: P%, op:N,
// byte:N, t=T, boot:N, conn:N), and :key=value the targets (host, path, conn, dir, from,
// until, boot) and other parameters. Values holding , : @ = quotes or spaces are written as Go
// double-quoted strings. Help returns the full reference, generated from the parser's tables.
//
// The package only reads text: it never touches a device, a flash or a network. A bad spec is
// a *SyntaxError pointing at the offending column, never a panic.
package faultspec

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Fault is one parsed --fault value: a PowerCut, LowSpace, FlashSize, HeapSize or NetFault.
// String returns its canonical spec.
type Fault interface {
	String() string
	fault()
}

// CutKind says what a power cut is placed on.
type CutKind int

// Ways of placing a power cut (the emulator's CutKind, plus Percent, which a run resolves
// against the uninterrupted run's byte count with PowerCut.Resolve).
const (
	// CutPercent cuts once Percent % of the bytes the uninterrupted run writes have been
	// written: powercut@50%.
	CutPercent CutKind = iota + 1
	// CutOp cuts right after flash operation Op of the run's log (0-based), or in its middle
	// with Inside: powercut@op:123, powercut@op:123:inside.
	CutOp
	// CutByte cuts once Byte bytes of filesystem writes have reached the flash (a write that
	// crosses Byte is torn there): powercut@byte:4096.
	CutByte
	// CutTime cuts when the virtual clock, counted from the first power-on, reaches Time:
	// powercut@t=2.5s.
	CutTime
	// CutBootOp cuts right after operation Op of boot Boot (Boot from 1, Op counted from 0
	// within that boot), or in its middle with Inside: powercut@boot:2,op:10.
	CutBootOp
)

// PowerCut is a parsed powercut spec. Its fields mirror emulator.PowerCut.
type PowerCut struct {
	Kind    CutKind
	Percent float64
	Op      int
	Boot    int
	Byte    int64
	Time    time.Duration
	Inside  bool
}

func (PowerCut) fault() {}

// String is the canonical spec, e.g. powercut@op:123 or powercut@boot:2,op:10:inside.
func (c PowerCut) String() string {
	inside := ""
	if c.Inside {
		inside = ":inside"
	}
	switch c.Kind {
	case CutPercent:
		return "powercut@" + formatFloat(c.Percent) + "%"
	case CutOp:
		return "powercut@op:" + strconv.Itoa(c.Op) + inside
	case CutByte:
		return "powercut@byte:" + strconv.FormatInt(c.Byte, 10)
	case CutTime:
		return "powercut@t=" + formatDuration(c.Time)
	case CutBootOp:
		return "powercut@boot:" + strconv.Itoa(c.Boot) + ",op:" + strconv.Itoa(c.Op) + inside
	}
	return "powercut@?"
}

// Resolve turns a percentage cut into the byte cut it means for a run whose uninterrupted
// version writes total bytes: floor(total × Percent / 100), so 0% cuts as the first write
// begins and 100% right after the last one completes. Other cuts are returned unchanged.
func (c PowerCut) Resolve(total int64) PowerCut {
	if c.Kind != CutPercent {
		return c
	}
	return PowerCut{Kind: CutByte, Byte: int64(math.Floor(float64(total) * c.Percent / 100))}
}

// LowSpace fills the flash before the first boot so that only this many bytes stay free.
type LowSpace int64

func (LowSpace) fault() {}

// String is the canonical spec, e.g. lowspace=48K.
func (s LowSpace) String() string { return "lowspace=" + formatSize(int64(s)) }

// FlashSize replaces the board's filesystem size.
type FlashSize int64

func (FlashSize) fault() {}

// String is the canonical spec, e.g. flash=256K.
func (s FlashSize) String() string { return "flash=" + formatSize(int64(s)) }

// HeapSize replaces the board's MicroPython heap size.
type HeapSize int64

func (HeapSize) fault() {}

// String is the canonical spec, e.g. heap=64K.
func (s HeapSize) String() string { return "heap=" + formatSize(int64(s)) }

// Plan is every --fault of a run, sorted by what applies them.
type Plan struct {
	// PowerCuts are the cuts in the order given.
	PowerCuts []PowerCut
	// LowSpace is the free space left on the flash before the first boot; -1 for none.
	LowSpace int64
	// FlashSize and HeapSize replace the board's; 0 keeps the board's.
	FlashSize, HeapSize int64
	// Net are the network faults in the order given (the order netsim applies them in).
	Net []NetFault
	// Specs are the canonical specs, in the order given: what a replay command passes.
	Specs []string
}

// ParsePlan parses several --fault values into one plan. Two flash, heap or lowspace specs,
// the same power cut twice, or a lowspace not below the flash size are errors.
func ParsePlan(specs []string) (Plan, error) {
	p := Plan{LowSpace: -1}
	first := map[string]string{} // what → the spec that set it
	once := func(what, spec string) error {
		if prev, ok := first[what]; ok {
			return fmt.Errorf("faultspec: --fault=%s conflicts with --fault=%s: give one %s", spec, prev, what)
		}
		first[what] = spec
		return nil
	}
	for _, s := range specs {
		f, err := Parse(s)
		if err != nil {
			return Plan{}, err
		}
		canon := f.String()
		switch f := f.(type) {
		case PowerCut:
			if err := once(canon, canon); err != nil {
				return Plan{}, fmt.Errorf("faultspec: --fault=%s is given twice", canon)
			}
			p.PowerCuts = append(p.PowerCuts, f)
		case LowSpace:
			if err := once("lowspace", canon); err != nil {
				return Plan{}, err
			}
			p.LowSpace = int64(f)
		case FlashSize:
			if err := once("flash size", canon); err != nil {
				return Plan{}, err
			}
			p.FlashSize = int64(f)
		case HeapSize:
			if err := once("heap size", canon); err != nil {
				return Plan{}, err
			}
			p.HeapSize = int64(f)
		case NetFault:
			p.Net = append(p.Net, f)
		}
		p.Specs = append(p.Specs, canon)
	}
	if p.FlashSize > 0 && p.LowSpace >= p.FlashSize {
		return Plan{}, fmt.Errorf("faultspec: --fault=%s leaves at least the whole flash (--fault=%s) free: give a lowspace below the flash size",
			first["lowspace"], first["flash size"])
	}
	return p, nil
}

// Flags returns the plan as command-line flags (--fault=SPEC, one per fault).
func (p Plan) Flags() []string {
	out := make([]string, len(p.Specs))
	for i, s := range p.Specs {
		out[i] = "--fault=" + s
	}
	return out
}

// String is the plan as it goes into a replay command: the flags, quoted for a POSIX shell
// where needed, separated by spaces.
func (p Plan) String() string {
	flags := p.Flags()
	for i, f := range flags {
		flags[i] = shellQuote(f)
	}
	return strings.Join(flags, " ")
}

func shellQuote(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !isDigit(c) && strings.IndexByte("@%:,=._/+-", c) < 0 {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}
