// Package report is the data model of an `ota-emu sweep` and every format it is written in:
// text, JSON, JUnit XML and one self-contained HTML page.
//
// A sweep runs a device update once without interruption (the baseline), then cuts the power
// at every flash operation of that run, reboots each image and judges it with one verdict
// (ok-old, ok-new, bricked, stuck, crashed). The sweep engine only fills a Report; this
// package sorts, counts, merges shard parts and writes the formats.
//
// What it owns: the JSON schema of a sweep (snake_case tags, stable across versions; see
// SchemaVersion), the order of cases and of failures, the shard arithmetic of --shard I/N,
// and the rendering of every output.
//
// What it must never do: read the wall clock, the host environment or the network, or let Go
// map iteration order reach an output. Every writer is a pure function of the Report, so the
// same sweep gives byte-identical files (ElapsedMS, the host wall time of the sweep, is the one
// field that is not deterministic: it is shown in text and HTML only, and golden tests zero
// it). The HTML page loads nothing from anywhere: no external URL, no font, no CDN, and a
// Content-Security-Policy that forbids every fetch.
package report

import (
	"fmt"
	"sort"
)

// SchemaVersion is the version of the JSON schema WriteJSON writes. ReadJSON refuses a report
// with a newer version.
const SchemaVersion = 1

// The verdicts of a case (Case.Outcome) and of the baseline.
const (
	// OKOld: the device boots the complete old version (the update did not happen).
	OKOld = "ok-old"
	// OKNew: the device boots the complete new version.
	OKNew = "ok-new"
	// Bricked: the device does not boot a complete version (a mixed or missing tree, main.py
	// missing or unimportable).
	Bricked = "bricked"
	// Stuck: the device never settles (a reboot loop, a runaway boot).
	Stuck = "stuck"
	// Crashed: main.py ended with an uncaught exception.
	Crashed = "crashed"
)

// Outcomes lists the known verdicts in the order reports print them.
var Outcomes = []string{OKOld, OKNew, Bricked, Stuck, Crashed}

// Failing reports whether an outcome is a failure: everything except ok-old and ok-new,
// including an outcome this package does not know (never mistake an unknown for a pass).
func Failing(outcome string) bool {
	return outcome != OKOld && outcome != OKNew
}

// Report is one sweep, or one shard part of a sweep.
type Report struct {
	// Schema is the JSON schema version (SchemaVersion); WriteJSON fills it in.
	Schema int `json:"schema"`
	// Tool is "ota-emu vX"; Command the command line that made the report, as a shell string.
	Tool    string `json:"tool"`
	Command string `json:"command"`
	// Board, Firmware and FSModel are the device the sweep ran on.
	Board    string `json:"board"`
	Firmware string `json:"firmware"`
	FSModel  string `json:"fs_model"`
	// Seed is the device seed of every run.
	Seed int64 `json:"seed"`
	// Faults are extra fault specs applied to every case.
	Faults []string `json:"faults,omitempty"`
	// Baseline is the uninterrupted run.
	Baseline Baseline `json:"baseline"`
	// Cases has one entry per cut, in cut order (see SortCases).
	Cases []Case `json:"cases"`
	// Shard is set when --shard I/N made this a part of a sweep; nil for a whole sweep.
	Shard *Shard `json:"shard,omitempty"`
	// ElapsedMS is the host wall time of the sweep. It is shown in text and HTML only and is
	// never part of a determinism check (zero it to compare reports).
	ElapsedMS int64 `json:"elapsed_ms,omitempty"`
}

// Baseline is the uninterrupted run every cut is taken from.
type Baseline struct {
	// Outcome is the baseline's verdict (ok-new when the update works at all); Reason explains
	// any other outcome and Version is the version the device reported at the end.
	Outcome string `json:"outcome"`
	Reason  string `json:"reason,omitempty"`
	Version string `json:"version,omitempty"`
	// Boots are the boots of the run, in order.
	Boots []Boot `json:"boots"`
	// Ops are the flash operations (filesystem journal and partition writes), in order.
	Ops []Op `json:"ops"`
	// Net are the network events of the run, in time order.
	Net []NetEvent `json:"net"`
	// Files is the application tree at the end of the run (the new version); OldFiles the
	// tree it started from.
	Files    []File `json:"files"`
	OldFiles []File `json:"old_files"`
	// TotalBytes is how many bytes the run wrote to the flash.
	TotalBytes int64 `json:"total_bytes"`
	// DurationUS is the virtual time the run took.
	DurationUS int64 `json:"duration_us"`
}

// Boot is one boot of the baseline run.
type Boot struct {
	// N counts boots from 1.
	N int `json:"n"`
	// Cause is the reset cause that started the boot ("power-on", "soft-reset", "watchdog", ...).
	Cause string `json:"cause"`
	// StartUS and EndUS are the virtual time the boot began and ended.
	StartUS int64 `json:"start_us"`
	EndUS   int64 `json:"end_us"`
}

// Op is one flash operation of the baseline run (filesystem or partition).
type Op struct {
	// Index is the operation's position in the run, from 0 (the journal index).
	Index int `json:"index"`
	// Boot is the boot (from 1) the operation ran in; TimeUS its virtual time.
	Boot   int   `json:"boot"`
	TimeUS int64 `json:"time_us"`
	// Kind is the journal kind (create, write, sync, close, rename, remove, mkdir, ...) or a
	// partition operation (erase, partition-write, set-boot, ...).
	Kind string `json:"kind"`
	// Path is the device path or partition label; Path2 the new path of a rename.
	Path  string `json:"path"`
	Path2 string `json:"path2,omitempty"`
	// Bytes is how many bytes a write wrote.
	Bytes int64 `json:"bytes,omitempty"`
	// Commit is whether the operation is a commit point of the filesystem.
	Commit bool `json:"commit"`
	// Err is the errno name if the operation failed part-way (ENOSPC, ...).
	Err string `json:"err,omitempty"`
}

// NetEvent is one network event of the baseline run.
type NetEvent struct {
	TimeUS int64 `json:"time_us"`
	Boot   int   `json:"boot"`
	// Kind is dns, connect, tls, request, response, close, fault, error, ...
	Kind   string `json:"kind"`
	Host   string `json:"host"`
	Detail string `json:"detail,omitempty"`
}

// File is one file of an application tree.
type File struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Case is one cut of the sweep and its verdict.
type Case struct {
	Cut Cut `json:"cut"`
	// Outcome is the verdict (OKOld, OKNew, Bricked, Stuck, Crashed); Reason says why.
	Outcome string `json:"outcome"`
	Reason  string `json:"reason,omitempty"`
	// Boots is how many boots ran after the cut; Version the version the device reported.
	Boots   int    `json:"boots"`
	Version string `json:"version,omitempty"`
	// Replay is the command line that runs this case alone.
	Replay string `json:"replay"`
	// DurationUS is the virtual time the case ran after the cut.
	DurationUS int64 `json:"duration_us"`
}

// Cut is where the power was cut.
//
// Op is the baseline operation the cut hits, from 0: with Inside false the power fails right
// after operation Op completed (Op = -1: before the first one), with Inside true it fails in
// the middle of it (a torn write). Second, when set, makes a depth-2 case: after the first cut
// the device reboots and the power fails again right after operation *Second (from 0) of that
// recovery run.
type Cut struct {
	Op     int  `json:"op"`
	Inside bool `json:"inside,omitempty"`
	Second *int `json:"second,omitempty"`
	// Label names the cut for people: "op 123 (write /app/main.py)".
	Label string `json:"label"`
}

// Name is the cut's Label, or one built from its position when the label is empty.
func (c Cut) Name() string {
	if c.Label != "" {
		return c.Label
	}
	var s string
	switch {
	case c.Op < 0:
		s = "before op 0"
	case c.Inside:
		s = fmt.Sprintf("inside op %d", c.Op)
	default:
		s = fmt.Sprintf("op %d", c.Op)
	}
	if c.Second != nil {
		s += fmt.Sprintf(", then recovery op %d", *c.Second)
	}
	return s
}

// OpsBefore is how many flash operations completed before the power failed, over both runs of
// a depth-2 case: operations 0..Op of the baseline (0..Op-1 for a cut inside Op), plus
// operations 0..Second of the recovery run.
func (c Cut) OpsBefore() int {
	n := c.Op + 1
	if c.Inside {
		n = c.Op
	}
	if c.Second != nil {
		n += *c.Second + 1
	}
	return n
}

// Less orders cuts in time: by Op; a cut inside an operation before the cut after it; then a
// depth-1 cut before the depth-2 cuts that follow it, those by Second.
func (c Cut) Less(d Cut) bool {
	if c.Op != d.Op {
		return c.Op < d.Op
	}
	if c.Inside != d.Inside {
		return c.Inside
	}
	if (c.Second == nil) != (d.Second == nil) {
		return c.Second == nil
	}
	if c.Second != nil && *c.Second != *d.Second {
		return *c.Second < *d.Second
	}
	return false
}

// key identifies a cut regardless of its label.
type cutKey struct {
	op     int
	inside bool
	depth2 bool
	second int
}

func (c Cut) key() cutKey {
	k := cutKey{op: c.Op, inside: c.Inside}
	if c.Second != nil {
		k.depth2, k.second = true, *c.Second
	}
	return k
}

// SortCases sorts cases in cut order (Cut.Less), stably.
func SortCases(cases []Case) {
	sort.SliceStable(cases, func(i, j int) bool { return cases[i].Cut.Less(cases[j].Cut) })
}

// Count is the number of cases with one outcome.
type Count struct {
	Outcome string `json:"outcome"`
	N       int    `json:"n"`
}

// Counts returns the number of cases per outcome; every known outcome is present, zero or not.
func (r *Report) Counts() map[string]int {
	m := make(map[string]int, len(Outcomes))
	for _, o := range Outcomes {
		m[o] = 0
	}
	for _, c := range r.Cases {
		m[c.Outcome]++
	}
	return m
}

// CountList returns Counts in printing order: the known outcomes in Outcomes order (zeros
// included), then any unknown outcome by name.
func (r *Report) CountList() []Count {
	m := r.Counts()
	out := make([]Count, 0, len(m))
	for _, o := range Outcomes {
		out = append(out, Count{o, m[o]})
	}
	var extra []string
	for o := range m {
		if !isKnown(o) {
			extra = append(extra, o)
		}
	}
	sort.Strings(extra)
	for _, o := range extra {
		out = append(out, Count{o, m[o]})
	}
	return out
}

func isKnown(o string) bool {
	for _, k := range Outcomes {
		if o == k {
			return true
		}
	}
	return false
}

// Failures returns the failing cases, smallest first: the smallest case is the one with the
// fewest flash operations completed before the power failed (Cut.OpsBefore, both runs of a
// depth-2 case counted), then the fewest boots after the cut, then the earliest cut
// (Cut.Less). The first failure is the one to debug first.
func (r *Report) Failures() []Case {
	var out []Case
	for _, c := range r.Cases {
		if Failing(c.Outcome) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if x, y := a.Cut.OpsBefore(), b.Cut.OpsBefore(); x != y {
			return x < y
		}
		if a.Boots != b.Boots {
			return a.Boots < b.Boots
		}
		return a.Cut.Less(b.Cut)
	})
	return out
}
