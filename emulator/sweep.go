package emulator

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/ota-emu/ota-emu/vfs"
)

// SweepOptions choose the cut points of a sweep and how it runs.
type SweepOptions struct {
	// Every cuts after every Nth flash operation (0 or 1: every one).
	Every int
	// Sample, if > 0, cuts at a seeded sample of that many operations instead (SampleSeed).
	Sample     int
	SampleSeed int64
	// Inside also cuts in the middle of every chosen operation (a torn write on FAT, a
	// half-written partition sector).
	Inside bool
	// Depth2, if > 0, adds for every first cut a seeded sample of that many second cuts
	// during the recovery boot's own flash operations.
	Depth2 int
	// All boots every cut image even when it equals the one before (by default a run of
	// equal images, which only differ by the clock at the cut, shares one boot's verdict).
	All bool
	// Workers run cases in parallel (0: one per core).
	Workers int
	// Shard and Shards split the cases across jobs: case i runs in shard i % Shards + 1
	// (Shards 0: the whole sweep).
	Shard, Shards int
	// Progress, if set, is told after every case (from one goroutine at a time).
	Progress func(done, total int)
}

// SweepCase is one cut of a sweep and its verdict.
type SweepCase struct {
	// Index is the case's position in the whole sweep (shards keep whole-sweep indices).
	Index int
	// Cut is the first cut: after (or inside) operation Cut.Op of the uninterrupted run.
	Cut PowerCut
	// Op is the operation the cut falls after.
	Op FlashOp
	// Second is the depth-2 cut, as an operation index of the run with the first cut.
	Second *PowerCut
	// Outcome is the run after the cut; Verdict the checker's answer.
	Outcome Outcome
	Verdict Verdict
	// Duration is the virtual time from the cut to the end of the run after it.
	Duration time.Duration
	// SharedWith is the index of the case whose boot this one shares (equal images), -1 if
	// it booted its own.
	SharedWith int
}

// Cuts are the case's power cuts as a replayable run takes them (`--fault` specs).
func (c SweepCase) Cuts() []PowerCut {
	cuts := []PowerCut{c.Cut}
	if c.Second != nil {
		cuts = append(cuts, *c.Second)
	}
	return cuts
}

// SweepResult is a whole sweep.
type SweepResult struct {
	// Baseline is the uninterrupted run and its verdict.
	Baseline        *Run
	BaselineVerdict Verdict
	// Judge is the checker the cases were judged with (old = the starting flash, new = the
	// uninterrupted run's final flash, unless the caller gave releases).
	Judge *Judge
	Cases []SweepCase
	// Total is how many cases the whole sweep has (all shards).
	Total int
	// Booted is how many cases booted their own image (the rest shared a verdict).
	Booted  int
	Elapsed time.Duration
}

// Sweep runs the scenario once uninterrupted, then cuts power after every chosen flash
// operation, rebuilds each cut's image from the uninterrupted run's journal, boots it on a
// fresh world (the clock at the cut, fresh servers) until it is idle or MaxBoots, and judges
// it. judge may be nil: old is then the starting flash and new the uninterrupted run's end.
func (s *Scenario) Sweep(judge *Judge, state []string, o SweepOptions) (*SweepResult, error) {
	start := time.Now()
	base, err := s.Run(RunOptions{})
	if err != nil {
		return nil, fmt.Errorf("emulator: sweep: uninterrupted run: %w", err)
	}
	if judge == nil {
		old, nw := DefaultReleases(s, base, state)
		judge = &Judge{State: state, Releases: []Release{old, nw}}
	}
	res := &SweepResult{Baseline: base, Judge: judge}
	res.BaselineVerdict = judge.JudgeRun(base)
	if !res.BaselineVerdict.Pass {
		return res, fmt.Errorf("emulator: sweep: the uninterrupted run does not pass (%s): fix it before sweeping power cuts", res.BaselineVerdict)
	}

	ops := base.Device.FlashOps()
	points := cutPoints(len(ops), o)
	type job struct {
		c     SweepCase
		fs    *vfs.Flash
		raw   RawFlash
		share int
	}
	var jobs []job
	lastBooted := -1
	for _, k := range points {
		for _, inside := range insideModes(o.Inside) {
			idx := len(jobs)
			c := SweepCase{Index: idx, Cut: PowerCut{Kind: CutAfterOp, Op: k, Inside: inside}, Op: ops[k], SharedWith: -1}
			j := job{c: c, share: -1}
			if !o.All && !inside && lastBooted >= 0 && sameImage(base.Device, ops, jobs[lastBooted].c.Op.Index, k) {
				j.share = lastBooted
			}
			jobs = append(jobs, j)
			if j.share < 0 && !inside {
				lastBooted = idx
			}
		}
	}
	res.Total = len(jobs)
	// shards keep whole-sweep indices; a shared case needs its source in the same shard, so
	// it boots its own image when the source is elsewhere
	var mine []int
	for i := range jobs {
		if o.Shards > 0 && i%o.Shards != o.Shard-1 {
			continue
		}
		if j := &jobs[i]; j.share >= 0 && o.Shards > 0 && j.share%o.Shards != o.Shard-1 {
			j.share = -1
		}
		mine = append(mine, i)
	}
	// images are rebuilt on this goroutine, then boots run in parallel
	for _, i := range mine {
		j := &jobs[i]
		if j.share >= 0 {
			continue
		}
		fs, raw, err := base.Device.ImagesAfter(j.c.Cut.Op, j.c.Cut.Inside)
		if err != nil {
			return nil, fmt.Errorf("emulator: sweep: image after op %d: %w", j.c.Cut.Op, err)
		}
		j.fs, j.raw = fs, raw
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]SweepCase, len(jobs))
	var mu sync.Mutex
	done := 0
	var firstErr error
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				c, err := s.runCase(jobs[i].c, jobs[i].fs, jobs[i].raw, judge, o.Depth2)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				results[i] = c
				done++
				if o.Progress != nil {
					o.Progress(done, len(mine))
				}
				mu.Unlock()
			}
		}()
	}
	for _, i := range mine {
		if jobs[i].share < 0 {
			work <- i
		}
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	for _, i := range mine {
		j := jobs[i]
		if j.share >= 0 {
			c := results[j.share]
			c.Index, c.Cut, c.Op, c.SharedWith = i, j.c.Cut, j.c.Op, j.share
			results[i] = c
			if o.Progress != nil {
				done++
				o.Progress(done, len(mine))
			}
		} else {
			res.Booted++
		}
		res.Cases = append(res.Cases, results[i])
	}
	// depth-2 cases are appended after their first cut's case
	sort.SliceStable(res.Cases, func(a, b int) bool { return res.Cases[a].Index < res.Cases[b].Index })
	res.Elapsed = time.Since(start)
	return res, nil
}

// runCase boots one cut image and judges it; with depth2 it also returns second-cut cases
// folded into the first's verdict (the worst outcome wins).
func (s *Scenario) runCase(c SweepCase, fs *vfs.Flash, raw RawFlash, judge *Judge, depth2 int) (SweepCase, error) {
	at := time.Duration(c.Op.TimeUS) * time.Microsecond
	r, err := s.Run(RunOptions{Flash: fs, Raw: raw, At: at, Cuts: []PowerCut{}, Recovery: true})
	if err != nil {
		return c, fmt.Errorf("emulator: sweep: case %s: %w", c.Cut, err)
	}
	c.Outcome = r.Outcome
	c.Duration = time.Duration(r.Outcome.TimeUS)*time.Microsecond - at
	c.Verdict = judge.JudgeRun(r)
	if depth2 <= 0 || !c.Verdict.Pass {
		return c, nil
	}
	// second cuts during the recovery: sampled from the recovery run's own operations
	rops := r.Device.FlashOps()
	if len(rops) == 0 {
		return c, nil
	}
	rng := rand.New(rand.NewPCG(uint64(s.Seed), uint64(c.Cut.Op)*2+1))
	picks := rng.Perm(len(rops))
	if len(picks) > depth2 {
		picks = picks[:depth2]
	}
	sort.Ints(picks)
	for _, j := range picks {
		fs2, raw2, err := r.Device.ImagesAfter(j, false)
		if err != nil {
			return c, fmt.Errorf("emulator: sweep: case %s, second cut %d: %w", c.Cut, j, err)
		}
		r2, err := s.Run(RunOptions{Flash: fs2, Raw: raw2, At: time.Duration(rops[j].TimeUS) * time.Microsecond, Cuts: []PowerCut{}, Recovery: true})
		if err != nil {
			return c, fmt.Errorf("emulator: sweep: case %s, second cut %d: %w", c.Cut, j, err)
		}
		v := judge.JudgeRun(r2)
		if !v.Pass {
			// in a live replay the first cut's run numbers its operations after the cut op
			second := PowerCut{Kind: CutAfterOp, Op: c.Cut.Op + 1 + j}
			c.Second = &second
			c.Outcome, c.Verdict = r2.Outcome, v
			return c, nil
		}
	}
	return c, nil
}

// cutPoints lists the operations a sweep cuts after.
func cutPoints(n int, o SweepOptions) []int {
	every := o.Every
	if every <= 0 {
		every = 1
	}
	var pts []int
	for k := 0; k < n; k += every {
		pts = append(pts, k)
	}
	if n > 0 && pts[len(pts)-1] != n-1 {
		pts = append(pts, n-1) // the last operation is always cut after
	}
	if o.Sample > 0 && o.Sample < len(pts) {
		rng := rand.New(rand.NewPCG(uint64(o.SampleSeed), 0x5eed))
		perm := rng.Perm(len(pts))[:o.Sample]
		sort.Ints(perm)
		sample := make([]int, len(perm))
		for i, p := range perm {
			sample[i] = pts[p]
		}
		pts = sample
	}
	return pts
}

func insideModes(inside bool) []bool {
	if inside {
		return []bool{false, true}
	}
	return []bool{false}
}

// sameImage reports whether cuts after operations j and k leave the same flash.
func sameImage(d *Device, ops []FlashOp, j, k int) bool {
	a, b := ops[j], ops[k]
	return a.raw == b.raw && d.Flash.SameFiles(a.fsIndex, b.fsIndex)
}
