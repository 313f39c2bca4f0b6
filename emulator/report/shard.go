package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Shard names one part of a sweep split over several machines (--shard I/N).
//
// The cases of the whole sweep, in cut order (Cut.Less) and counted from 0, are dealt round
// robin: case i belongs to shard i%Count + 1. Dealing round robin rather than in blocks gives
// every part a similar mix of early cuts (cheap) and late ones, so the parts take similar
// times.
type Shard struct {
	// Index is the part, from 1 to Count.
	Index int `json:"index"`
	Count int `json:"count"`
}

// ParseShard parses "I/N" (1 <= I <= N).
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Shard{}, fmt.Errorf("shard %q: want I/N, e.g. 2/4", s)
	}
	idx, err1 := strconv.Atoi(i)
	cnt, err2 := strconv.Atoi(n)
	if err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("shard %q: want two whole numbers I/N, e.g. 2/4", s)
	}
	sh := Shard{Index: idx, Count: cnt}
	if err := sh.validate(); err != nil {
		return Shard{}, fmt.Errorf("shard %q: %w", s, err)
	}
	return sh, nil
}

func (s Shard) validate() error {
	if s.Count < 1 {
		return fmt.Errorf("the number of shards must be at least 1, not %d", s.Count)
	}
	if s.Index < 1 || s.Index > s.Count {
		return fmt.Errorf("the shard index must be 1..%d, not %d", s.Count, s.Index)
	}
	return nil
}

// String is "I/N".
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Contains reports whether case caseIndex (its position, from 0, in the cut-ordered cases of
// the whole sweep) belongs to this shard: caseIndex % Count == Index-1.
func (s Shard) Contains(caseIndex int) bool {
	if s.Count < 1 || caseIndex < 0 {
		return false
	}
	return caseIndex%s.Count == s.Index-1
}

// Part returns the part of a whole report that shard s would have produced: the cases s
// contains, Shard set to s and " --shard I/N" added to the command. The receiver is not
// modified.
func (r *Report) Part(s Shard) (*Report, error) {
	if err := s.validate(); err != nil {
		return nil, fmt.Errorf("report: part %s: %w", s, err)
	}
	if r.Shard != nil {
		return nil, fmt.Errorf("report: part %s of a report that is already part %s", s, r.Shard)
	}
	p := *r
	cases := slices.Clone(r.Cases)
	SortCases(cases)
	p.Cases = nil
	for i, c := range cases {
		if s.Contains(i) {
			p.Cases = append(p.Cases, c)
		}
	}
	sh := s
	p.Shard = &sh
	p.Command = strings.TrimSpace(r.Command + " --shard " + s.String())
	return &p, nil
}

// StripShard removes a --shard flag ("--shard I/N" or "--shard=I/N") from a command line, so
// that the command lines of the parts of one sweep compare equal.
func StripShard(command string) string {
	f := strings.Fields(command)
	out := f[:0:0]
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == "--shard" || f[i] == "-shard":
			i++ // skip its value too
		case strings.HasPrefix(f[i], "--shard=") || strings.HasPrefix(f[i], "-shard="):
		default:
			out = append(out, f[i])
		}
	}
	return strings.Join(out, " ")
}

// Merge joins the parts of one sweep into the whole report.
//
// The parts must come from the same sweep: the same tool, command line (apart from --shard),
// board, firmware, filesystem model, seed, faults and baseline; otherwise Merge says which part
// differs and in what. Sharded parts must have the same shard count and together cover every
// index 1..N (a part without a shard is a whole sweep and covers everything). Cases found in
// several parts are kept once if they agree and are an error if they do not. The result's
// cases are in cut order, its Shard is nil, its ElapsedMS the sum of the parts' (machine time
// spent) and its command has no --shard flag. The parts are not modified.
func Merge(parts ...*Report) (*Report, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("report: merge: no parts given")
	}
	for i, p := range parts {
		if p == nil {
			return nil, fmt.Errorf("report: merge: part %d is nil", i+1)
		}
	}
	first := parts[0]
	for i, p := range parts[1:] {
		if err := sameSweep(first, p); err != nil {
			return nil, fmt.Errorf("report: merge: part %d is not from the same sweep as part 1: %w", i+2, err)
		}
	}
	if err := coverage(parts); err != nil {
		return nil, fmt.Errorf("report: merge: %w", err)
	}
	out := *first
	out.Shard = nil
	out.Command = StripShard(first.Command)
	out.Faults = slices.Clone(first.Faults)
	out.Cases = nil
	out.ElapsedMS = 0
	seen := map[cutKey]int{} // cut -> index in out.Cases
	from := map[cutKey]int{} // cut -> part number it first came from
	for pi, p := range parts {
		out.ElapsedMS += p.ElapsedMS
		for _, c := range p.Cases {
			k := c.Cut.key()
			if j, ok := seen[k]; ok {
				if !sameCase(out.Cases[j], c) {
					return nil, fmt.Errorf("report: merge: %s: part %d says %s, part %d says %s",
						c.Cut.Name(), from[k], describe(out.Cases[j]), pi+1, describe(c))
				}
				continue
			}
			seen[k] = len(out.Cases)
			from[k] = pi + 1
			out.Cases = append(out.Cases, c)
		}
	}
	SortCases(out.Cases)
	return &out, nil
}

func describe(c Case) string {
	if c.Reason == "" {
		return c.Outcome
	}
	return c.Outcome + " (" + c.Reason + ")"
}

func sameCase(a, b Case) bool {
	return a.Cut.key() == b.Cut.key() && a.Cut.Label == b.Cut.Label && a.Outcome == b.Outcome &&
		a.Reason == b.Reason && a.Boots == b.Boots && a.Version == b.Version &&
		a.Replay == b.Replay && a.DurationUS == b.DurationUS
}

func coverage(parts []*Report) error {
	count := 0
	whole := false
	have := map[int]bool{}
	for i, p := range parts {
		if p.Shard == nil {
			whole = true
			continue
		}
		if err := p.Shard.validate(); err != nil {
			return fmt.Errorf("part %d: shard %s: %w", i+1, p.Shard, err)
		}
		if count != 0 && p.Shard.Count != count {
			return fmt.Errorf("part %d is shard %s but an earlier part was split in %d: all parts must use the same N in --shard I/N", i+1, p.Shard, count)
		}
		count = p.Shard.Count
		have[p.Shard.Index] = true
	}
	if whole || count == 0 {
		return nil
	}
	var missing []string
	for i := 1; i <= count; i++ {
		if !have[i] {
			missing = append(missing, fmt.Sprintf("%d/%d", i, count))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("shard %s missing: give every part of the sweep", strings.Join(missing, ", "))
	}
	return nil
}

// sameSweep says how b differs from a in what every part of one sweep shares, or nil.
func sameSweep(a, b *Report) error {
	diff := func(what string, x, y any) error {
		return fmt.Errorf("%s %q vs %q", what, fmt.Sprint(x), fmt.Sprint(y))
	}
	switch {
	case a.Tool != b.Tool:
		return diff("tool", a.Tool, b.Tool)
	case StripShard(a.Command) != StripShard(b.Command):
		return diff("command (apart from --shard)", StripShard(a.Command), StripShard(b.Command))
	case a.Board != b.Board:
		return diff("board", a.Board, b.Board)
	case a.Firmware != b.Firmware:
		return diff("firmware", a.Firmware, b.Firmware)
	case a.FSModel != b.FSModel:
		return diff("fs model", a.FSModel, b.FSModel)
	case a.Seed != b.Seed:
		return diff("seed", a.Seed, b.Seed)
	case !slices.Equal(a.Faults, b.Faults):
		return diff("faults", strings.Join(a.Faults, " "), strings.Join(b.Faults, " "))
	}
	x, y := a.Baseline, b.Baseline
	switch {
	case x.Outcome != y.Outcome || x.Reason != y.Reason || x.Version != y.Version:
		return diff("baseline outcome", describe(Case{Outcome: x.Outcome, Reason: x.Reason}), describe(Case{Outcome: y.Outcome, Reason: y.Reason}))
	case !slices.Equal(x.Boots, y.Boots):
		return diff("baseline boots", len(x.Boots), len(y.Boots))
	case !slices.Equal(x.Ops, y.Ops):
		return fmt.Errorf("baseline flash operations differ (%d vs %d operations%s)", len(x.Ops), len(y.Ops), firstOpDiff(x.Ops, y.Ops))
	case !slices.Equal(x.Net, y.Net):
		return diff("baseline network events", len(x.Net), len(y.Net))
	case !slices.Equal(x.Files, y.Files):
		return fmt.Errorf("baseline final files differ")
	case !slices.Equal(x.OldFiles, y.OldFiles):
		return fmt.Errorf("baseline old files differ")
	case x.TotalBytes != y.TotalBytes:
		return diff("baseline bytes written", x.TotalBytes, y.TotalBytes)
	case x.DurationUS != y.DurationUS:
		return diff("baseline duration (us)", x.DurationUS, y.DurationUS)
	}
	return nil
}

func firstOpDiff(a, b []Op) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Sprintf(", first at op %d: %s %s vs %s %s", i, a[i].Kind, a[i].Path, b[i].Kind, b[i].Path)
		}
	}
	return ""
}
