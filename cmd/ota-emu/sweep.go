package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/emulator/report"
	"github.com/ota-emu/ota-emu/vfs"
)

// sweepOptions are the flags of `ota-emu sweep`.
type sweepOptions struct {
	worldOptions
	every      int
	sample     int
	inside     bool
	depth      int
	depthCuts  int
	all        bool
	workers    int
	shard      string
	jsonFile   string
	junitFile  string
	htmlFile   string
	noProgress bool
}

func init() {
	subcommands = append(subcommands, sweepCommand)
}

func sweepCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o sweepOptions
	cmd := &cobra.Command{
		Use:   "sweep [flags] SCRIPT",
		Short: "Cut power at every flash operation of an update and judge every cut",
		Long: "sweep runs the device once without faults, then, for every flash operation of that run\n" +
			"(or every Nth, or a seeded sample), rebuilds the image a power cut right after it leaves,\n" +
			"boots it on a fresh, healthy world until it is idle or --max-boots, and judges it: ok-old,\n" +
			"ok-new, bricked, stuck or crashed. Failing cuts are listed smallest first, each with the\n" +
			"`ota-emu run` command that replays it. Exit code 4 when any cut fails.",
		Example: "  ota-emu sweep examples/naive/main.py --serve ota.example=examples/naive/release\n" +
			"  ota-emu sweep main.py --serve ota.example=rel/ --html report.html --junit sweep.xml\n" +
			"  ota-emu sweep main.py --shard 2/4 --json part2.json   # then: ota-emu report merge part*.json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runSweep(args[0], &o, stdout, stderr)
			*code = c
			return err
		},
	}
	o.register(cmd)
	f := cmd.Flags()
	f.IntVar(&o.every, "every", 1, "cut after every Nth flash operation (the last one is always cut after)")
	f.IntVar(&o.sample, "sample", 0, "cut at a sample of this many operations, drawn with --seed (0: all)")
	f.BoolVar(&o.inside, "inside", false, "also cut in the middle of every chosen operation (torn writes; on FAT, erased directory blocks)")
	f.IntVar(&o.depth, "depth", 1, "1: one cut per case; 2: also a second cut during the recovery boot")
	f.IntVar(&o.depthCuts, "depth2-cuts", 3, "with --depth 2: how many second cuts per case, sampled with --seed")
	f.BoolVar(&o.all, "all", false, "boot every cut image, even one equal to the image before it")
	f.IntVar(&o.workers, "workers", 0, "cases run in parallel (0: one per core)")
	f.StringVar(&o.shard, "shard", "", "I/N: run only the cases of shard I of N (join the parts with `ota-emu report merge`)")
	f.StringVar(&o.jsonFile, "json", "", "write the report as JSON to this file")
	f.StringVar(&o.junitFile, "junit", "", "write the report as JUnit XML to this file")
	f.StringVar(&o.htmlFile, "html", "", "write the report as a self-contained HTML page to this file")
	f.BoolVar(&o.noProgress, "no-progress", false, "do not draw the progress bar on stderr")
	return cmd
}

func runSweep(script string, o *sweepOptions, stdout, stderr io.Writer) (int, error) {
	w, err := buildWorld(script, &o.worldOptions)
	if err != nil {
		return exitUsage, err
	}
	for _, c := range w.plan.PowerCuts {
		return exitUsage, usageError{fmt.Errorf("--fault=%s: a sweep places its own power cuts; give other faults only", c)}
	}
	if o.depth < 1 || o.depth > 2 {
		return exitUsage, usageError{fmt.Errorf("--depth %d: want 1 or 2", o.depth)}
	}
	so := emulator.SweepOptions{Every: o.every, Sample: o.sample, SampleSeed: o.seed, Inside: o.inside,
		All: o.all, Workers: o.workers}
	if o.depth == 2 {
		so.Depth2 = o.depthCuts
	}
	var shard *report.Shard
	if o.shard != "" {
		sh, err := report.ParseShard(o.shard)
		if err != nil {
			return exitUsage, usageError{fmt.Errorf("--shard: %w", err)}
		}
		shard = &sh
		so.Shard, so.Shards = sh.Index, sh.Count
	}
	var bar *progressbar.ProgressBar
	if !o.noProgress {
		so.Progress = func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("sweep"), progressbar.OptionShowCount(),
					progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100_000_000),
					progressbar.OptionClearOnFinish())
			}
			_ = bar.Set(done)
		}
	}
	var judge *emulator.Judge
	if len(w.judge.Releases) > 0 {
		judge = w.judge
	}
	// the sweep runs the world with its non-cut faults; a world with network faults is swept
	// as the user gave it, so its uninterrupted run is the faulted one
	res, err := w.scenario.Sweep(judge, o.state, so)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		fmt.Fprintf(stderr, "ota-emu: %v\n", err)
		if res != nil && res.Baseline != nil {
			fmt.Fprintf(stderr, "ota-emu: the uninterrupted run's console:\n%s", res.Baseline.Console)
		}
		return exitFault, nil
	}
	rep := buildReport(w, o, res, shard)
	if err := report.WriteText(stdout, rep); err != nil {
		return exitFault, err
	}
	fmt.Fprintf(stdout, "\n%d cuts judged (%d booted, the others shared an equal image's boot) in %.1fs\n",
		len(res.Cases), res.Booted, res.Elapsed.Seconds())
	for _, out := range []struct {
		file  string
		write func(io.Writer, *report.Report) error
	}{{o.jsonFile, report.WriteJSON}, {o.junitFile, report.WriteJUnit}, {o.htmlFile, report.WriteHTML}} {
		if out.file == "" {
			continue
		}
		if err := writeFileWith(out.file, rep, out.write); err != nil {
			fmt.Fprintf(stderr, "ota-emu: %v\n", err)
			return exitFault, nil
		}
	}
	for _, c := range rep.Cases {
		if report.Failing(c.Outcome) {
			return exitVerdict, nil
		}
	}
	return exitOK, nil
}

func writeFileWith(name string, r *report.Report, write func(io.Writer, *report.Report) error) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := write(f, r); err != nil {
		f.Close()
		return fmt.Errorf("write report %s: %w", name, err)
	}
	return f.Close()
}

// buildReport turns a sweep into the report every output format renders.
func buildReport(w *world, o *sweepOptions, res *emulator.SweepResult, shard *report.Shard) *report.Report {
	base := res.Baseline
	rep := &report.Report{
		Schema:   report.SchemaVersion,
		Tool:     "ota-emu " + version,
		Command:  sweepCommandLine(w, o),
		Board:    w.scenario.Board.Name,
		Firmware: w.scenario.Firmware.Version,
		FSModel:  w.model.String(),
		Seed:     o.seed,
		Faults:   w.plan.Specs,
		Shard:    shard,
		// the wall time is shown, never compared
		ElapsedMS: res.Elapsed.Milliseconds(),
	}
	b := &rep.Baseline
	b.Outcome, b.Reason, b.Version = res.BaselineVerdict.Outcome, res.BaselineVerdict.Reason, res.BaselineVerdict.Version
	b.TotalBytes = base.Device.Flash.TotalWritten()
	b.DurationUS = base.Outcome.TimeUS
	ops := base.Device.FlashOps()
	for _, op := range ops {
		b.Ops = append(b.Ops, report.Op{Index: op.Index, Boot: op.Boot, TimeUS: op.TimeUS, Kind: op.Area + " " + op.Kind,
			Path: op.Path, Path2: op.Path2, Bytes: op.Bytes, Commit: op.Commit, Err: op.Err})
	}
	b.Boots = bootsOf(base)
	if base.Device.Net != nil {
		for _, ev := range base.Device.Net.Trace() {
			b.Net = append(b.Net, report.NetEvent{TimeUS: ev.At.Microseconds(), Boot: bootAt(b.Boots, ev.At.Microseconds()),
				Kind: ev.Kind, Host: ev.Host, Detail: ev.Detail})
		}
	}
	b.Files = filesOf(base.Device.Flash)
	b.OldFiles = filesOf(w.scenario.Flash)
	for _, c := range res.Cases {
		rc := report.Case{Outcome: c.Verdict.Outcome, Reason: c.Verdict.Reason, Boots: c.Outcome.Boots,
			Version: c.Verdict.Version, DurationUS: c.Duration.Microseconds()}
		rc.Cut = report.Cut{Op: c.Cut.Op, Inside: c.Cut.Inside, Label: cutLabel(c)}
		if c.Second != nil {
			j := c.Second.Op
			rc.Cut.Second = &j
		}
		if !c.Verdict.Pass {
			var specs []string
			for _, pc := range c.Cuts() {
				specs = append(specs, pc.String())
			}
			rc.Replay = w.replayCommand(&o.worldOptions, specs)
			if c.Verdict.Outcome == emulator.OKOld || c.Verdict.Outcome == emulator.OKNew {
				// an expectation failed (an update that had to be refused): report it as bricked
				rc.Outcome = report.Bricked
			}
		}
		rep.Cases = append(rep.Cases, rc)
	}
	return rep
}

func cutLabel(c emulator.SweepCase) string {
	where := "after"
	if c.Cut.Inside {
		where = "inside"
	}
	s := fmt.Sprintf("%s op %d (boot %d: %s %s", where, c.Op.Index, c.Op.Boot, c.Op.Area, c.Op.Kind)
	if c.Op.Path != "" {
		s += " " + c.Op.Path
	}
	if c.Op.Path2 != "" {
		s += " -> " + c.Op.Path2
	}
	s += ")"
	if c.Second != nil {
		s += fmt.Sprintf(", then op %d of the recovery", c.Second.Op)
	}
	return s
}

// bootsOf lists a run's boots with their virtual times (from its flash operations and end).
func bootsOf(r *emulator.Run) []report.Boot {
	var boots []report.Boot
	for i, cause := range r.Outcome.ResetCauses {
		boots = append(boots, report.Boot{N: i + 1, Cause: cause, StartUS: -1})
	}
	for _, op := range r.Device.FlashOps() {
		if op.Boot >= 1 && op.Boot <= len(boots) {
			bt := &boots[op.Boot-1]
			if bt.StartUS < 0 || op.TimeUS < bt.StartUS {
				bt.StartUS = op.TimeUS
			}
			if op.TimeUS > bt.EndUS {
				bt.EndUS = op.TimeUS
			}
		}
	}
	for i := range boots {
		if boots[i].StartUS < 0 {
			boots[i].StartUS = 0
			if i > 0 {
				boots[i].StartUS = boots[i-1].EndUS
			}
		}
	}
	if n := len(boots); n > 0 {
		boots[n-1].EndUS = r.Outcome.TimeUS
	}
	return boots
}

func bootAt(boots []report.Boot, t int64) int {
	n := 1
	for _, b := range boots {
		if t >= b.StartUS {
			n = b.N
		}
	}
	return n
}

func filesOf(f *vfs.Flash) []report.File {
	var out []report.File
	tree := f.Tree()
	paths := make([]string, 0, len(tree))
	for p := range tree {
		if !strings.HasSuffix(p, "/") {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		sum := sha256.Sum256(tree[p])
		out = append(out, report.File{Path: p, Size: int64(len(tree[p])), SHA256: hex.EncodeToString(sum[:])})
	}
	return out
}

// sweepCommandLine is the sweep's own command line (for the report).
func sweepCommandLine(w *world, o *sweepOptions) string {
	replay := w.replayCommand(&o.worldOptions, nil)
	s := strings.Replace(replay, "ota-emu run", "ota-emu sweep", 1)
	if o.every > 1 {
		s += fmt.Sprintf(" --every %d", o.every)
	}
	if o.sample > 0 {
		s += fmt.Sprintf(" --sample %d", o.sample)
	}
	if o.inside {
		s += " --inside"
	}
	if o.depth == 2 {
		s += fmt.Sprintf(" --depth 2 --depth2-cuts %d", o.depthCuts)
	}
	if o.all {
		s += " --all"
	}
	return s
}

// version is the tool's version as reports name it.
const version = "0.1.0-dev"
