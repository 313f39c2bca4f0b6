package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report for a terminal: the sweep, the counts per outcome, then every
// failing cut, smallest first (see Failures), each with its reason and replay command.
// Control characters in device-supplied text are escaped, never sent to the terminal.
func WriteText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(bw, format, a...) }
	title := "ota-emu sweep report"
	if r.Tool != "" {
		title += " (" + clean(r.Tool) + ")"
	}
	p("%s\n", title)
	if r.Command != "" {
		p("command:  %s\n", clean(r.Command))
	}
	p("device:   %s, firmware %s, %s, seed %d\n", orDash(r.Board), orDash(r.Firmware), orDash(r.FSModel), r.Seed)
	if len(r.Faults) > 0 {
		p("faults:   %s\n", clean(strings.Join(r.Faults, " ")))
	}
	if r.Shard != nil {
		p("shard:    %s (part of a sweep; merge the parts with `ota-emu report merge`)\n", r.Shard)
	}
	b := r.Baseline
	p("baseline: %s", orDash(b.Outcome))
	if b.Version != "" {
		p(" (version %s)", clean(b.Version))
	}
	p(", %s, %s, %d bytes written, %s virtual\n", plural(len(b.Boots), "boot"), plural(len(b.Ops), "flash op"), b.TotalBytes, seconds(b.DurationUS))
	if b.Reason != "" {
		p("          %s\n", clean(b.Reason))
	}
	p("cases:    %d\n", len(r.Cases))
	for _, c := range r.CountList() {
		p("  %-9s %6d\n", clean(c.Outcome), c.N)
	}
	fails := r.Failures()
	if len(fails) == 0 {
		p("failing:  none\n")
	} else {
		p("failing:  %d (smallest first)\n", len(fails))
		for i, c := range fails {
			p("%3d. %s: %s, %s", i+1, clean(c.Outcome), clean(c.Cut.Name()), plural(c.Boots, "boot"))
			if c.Version != "" {
				p(", version %s", clean(c.Version))
			}
			p("\n")
			if c.Reason != "" {
				p("     reason: %s\n", clean(c.Reason))
			}
			if c.Replay != "" {
				p("     replay: %s\n", clean(c.Replay))
			}
		}
	}
	if r.ElapsedMS > 0 {
		p("elapsed:  %d.%03d s (host)\n", r.ElapsedMS/1000, r.ElapsedMS%1000)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: text: %w", err)
	}
	return nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return clean(s)
}

// seconds formats virtual microseconds as seconds.
func seconds(us int64) string {
	sign := ""
	if us < 0 {
		sign, us = "-", -us
	}
	return fmt.Sprintf("%s%d.%06d s", sign, us/1e6, us%1e6)
}

// clean escapes control characters (newlines included) so that one value stays one line and
// cannot drive a terminal.
func clean(s string) string {
	if strings.IndexFunc(s, isCtl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case isCtl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isCtl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}
