package conformance

import (
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ota-emu/ota-emu/emulator"
)

// Statuses of a profile x case cell.
const (
	Pass  = "pass"
	Fail  = "fail"
	XFail = "xfail"
	XPass = "xpass"
	Skip  = "skip"
	// Hazard is a failing case that marks a platform hazard (Case.Hazard): shown, never a
	// failure of the suite.
	Hazard = "hazard"
)

// Suite runs cases against profiles. It owns a work directory for built releases.
type Suite struct {
	// Long runs long cases and the long samples of sweeps.
	Long bool

	work     string
	mu       sync.Mutex
	served   map[string]*served
	handlers map[string]http.Handler
}

// NewSuite makes a suite whose releases are built under work (a directory the caller
// removes afterwards).
func NewSuite(work string) *Suite {
	return &Suite{work: work, served: map[string]*served{}, handlers: map[string]http.Handler{}}
}

// Result is one profile x case.
type Result struct {
	Profile string `json:"profile"`
	Case    string `json:"case"`
	Status  string `json:"status"`
	// Verdict is the last run's verdict (the first failing one in a sweep).
	Verdict emulator.Verdict `json:"verdict"`
	// Reason says why the case failed, was skipped or is expected to fail.
	Reason string `json:"reason,omitempty"`
	// XFail is the profile's reason for expecting a failure ("" when none).
	XFail string `json:"xfail,omitempty"`
	// Runs is how many device runs the case took; Elapsed its host time.
	Runs    int           `json:"runs"`
	Elapsed time.Duration `json:"elapsed_ns"`
	// Replay is the command that runs this case alone.
	Replay string `json:"replay,omitempty"`

	world *world
	run   *emulator.Run
}

// Run runs one case against one profile.
func (s *Suite) Run(p *Profile, c *Case) *Result {
	start := time.Now()
	r := &Result{Profile: p.Name, Case: c.ID, XFail: p.XFailReason(c)}
	if p.File != "" {
		r.Replay = "ota-emu conformance --profile " + p.File + " --cases " + c.ID
		if s.Long {
			r.Replay += " --long"
		}
	}
	defer func() { r.Elapsed = time.Since(start) }()
	if why := c.Applies(p); why != "" {
		r.Status, r.Reason = Skip, why
		return r
	}
	if c.Disabled != "" {
		r.Status, r.Reason = Skip, "disabled: "+c.Disabled
		return r
	}
	if c.Long && !s.Long {
		r.Status, r.Reason = Skip, "long case (run with -long)"
		return r
	}
	failure := s.run(p, c, r)
	switch {
	case failure != "" && c.Hazard != "":
		r.Status, r.Reason = Hazard, failure+" (platform hazard: "+c.Hazard+")"
	case failure == "" && r.XFail == "":
		r.Status = Pass
	case failure == "":
		r.Status, r.Reason = XPass, "passes, but the profile lists it as xfail ("+r.XFail+"): remove it from the list"
	case r.XFail != "":
		r.Status, r.Reason = XFail, failure
	default:
		r.Status, r.Reason = Fail, failure
	}
	return r
}

// run runs the case and returns "" or why it fails.
func (s *Suite) run(p *Profile, c *Case, r *Result) string {
	w, err := s.world(p, c)
	if err != nil {
		return "setup: " + err.Error()
	}
	r.world = w
	base, err := w.healthy.Run(emulator.RunOptions{})
	r.Runs++
	if err != nil {
		return "reference run: " + err.Error()
	}
	old, nw := emulator.DefaultReleases(w.healthy, base, p.State)
	old.Version = p.InstalledVersion
	nw.Version = reported(w.judge, base)
	w.judge.Releases = []emulator.Release{old, nw}
	if c.Sweep != nil {
		return s.sweep(w, c, r)
	}
	run, err := w.scenario.Run(emulator.RunOptions{})
	r.Runs++
	if err != nil {
		return "run: " + err.Error()
	}
	r.run = run
	r.Verdict = w.judge.JudgeRun(run)
	var why []string
	for _, ch := range c.Checks {
		if r.Verdict.Pass || ch.Name != reportsNewVersion.Name {
			if w := ch.Fn(r); w != "" {
				why = append(why, ch.Name+": "+w)
			}
		}
	}
	if !r.Verdict.Pass {
		why = append(why, verdictReason(c, r.Verdict)+consoleTail(run))
	}
	return strings.Join(why, "; ")
}

// verdictReason is a failing verdict in one line; an update that was expected but not made
// says so (the judge's own wording is for refusals).
func verdictReason(c *Case, v emulator.Verdict) string {
	if c.Expect == ExpectNew && v.Outcome == emulator.OKOld {
		return "ok-old (FAIL): the update was not installed, the device still holds the old release"
	}
	return v.String()
}

// reported is the version a run's device reports ("" when the profile does not say how to
// read it).
func reported(j *emulator.Judge, run *emulator.Run) string {
	if j.VersionFile != "" {
		b, err := run.Device.Flash.ReadFile(j.VersionFile)
		if err != nil {
			return ""
		}
		return strings.TrimSpace(string(b))
	}
	if j.VersionPattern != nil {
		all := j.VersionPattern.FindAllSubmatch(run.LastConsole, -1)
		if len(all) == 0 {
			return ""
		}
		m := all[len(all)-1]
		if len(m) > 1 {
			return string(m[1])
		}
		return string(m[0])
	}
	return ""
}

// consoleTail is the end of a failing run's console, for the reason.
func consoleTail(run *emulator.Run) string {
	c := strings.TrimSpace(string(run.LastConsole))
	if c == "" {
		return ""
	}
	lines := strings.Split(c, "\n")
	if len(lines) > 3 {
		lines = lines[len(lines)-3:]
	}
	return " [console: " + strings.Join(lines, " | ") + "]"
}

// sweep cuts power at sampled operations of the faulted world's uninterrupted run.
func (s *Suite) sweep(w *world, c *Case, r *Result) string {
	base, err := w.scenario.Run(emulator.RunOptions{})
	r.Runs++
	if err != nil {
		return "uninterrupted run: " + err.Error()
	}
	v := w.judge.JudgeRun(base)
	r.Verdict, r.run = v, base
	if !v.Pass {
		return "uninterrupted run: " + verdictReason(c, v) + consoleTail(base)
	}
	ops := base.Device.FlashOps()
	points := phaseOps(ops, c.Sweep.Phase, w.judge.State)
	if len(points) == 0 {
		return "" // nothing to cut in this phase (e.g. no rollback happened)
	}
	n := c.Sweep.Sample
	if s.Long && c.Sweep.SampleLong > 0 {
		n = c.Sweep.SampleLong
	}
	points = sample(points, n, c.ID)
	for _, k := range points {
		for _, inside := range []bool{false, true} {
			if inside && !c.Sweep.Inside {
				continue
			}
			cut := emulator.PowerCut{Kind: emulator.CutAfterOp, Op: k, Inside: inside}
			why, err := s.cutCase(w, base, ops[k], cut, c.Sweep.Depth2, r)
			if err != nil {
				return fmt.Sprintf("%s: %v", cut, err)
			}
			if why != "" {
				return fmt.Sprintf("%s (op %d: %s %s, boot %d): %s", cut, k, ops[k].Kind, ops[k].Path, ops[k].Boot, why)
			}
		}
	}
	return ""
}

// cutCase boots the image a cut leaves (and, with depth2, second cuts during its recovery).
func (s *Suite) cutCase(w *world, base *emulator.Run, op emulator.FlashOp, cut emulator.PowerCut, depth2 int, r *Result) (string, error) {
	fs, raw, err := base.Device.ImagesAfter(cut.Op, cut.Inside)
	if err != nil {
		return "", err
	}
	at := time.Duration(op.TimeUS) * time.Microsecond
	run, err := w.scenario.Run(emulator.RunOptions{Flash: fs, Raw: raw, At: at, Cuts: []emulator.PowerCut{}, Recovery: true})
	r.Runs++
	if err != nil {
		return "", err
	}
	v := w.judge.JudgeRun(run)
	if !v.Pass {
		r.Verdict, r.run = v, run
		return v.String() + consoleTail(run), nil
	}
	if depth2 <= 0 {
		return "", nil
	}
	rops := run.Device.FlashOps()
	for _, j := range sample(seq(len(rops)), depth2, fmt.Sprint(cut)) {
		fs2, raw2, err := run.Device.ImagesAfter(j, false)
		if err != nil {
			return "", err
		}
		r2, err := w.scenario.Run(emulator.RunOptions{Flash: fs2, Raw: raw2, At: time.Duration(rops[j].TimeUS) * time.Microsecond, Cuts: []emulator.PowerCut{}, Recovery: true})
		r.Runs++
		if err != nil {
			return "", err
		}
		v := w.judge.JudgeRun(r2)
		if !v.Pass {
			r.Verdict, r.run = v, r2
			return fmt.Sprintf("second cut after op %d of the recovery (%s %s): %s%s", j, rops[j].Kind, rops[j].Path, v, consoleTail(r2)), nil
		}
	}
	return "", nil
}

// phaseOps lists the operations of a phase (see Sweep.Phase).
func phaseOps(ops []emulator.FlashOp, phase string, state []string) []int {
	firstApp := len(ops)
	for i, op := range ops {
		if op.Area != "fs" || op.Path == "" {
			if op.Area != "fs" && op.Boot == 1 { // a raw partition write is the apply
				firstApp = i
				break
			}
			continue
		}
		if !isState(op.Path, state) || (op.Path2 != "" && !isState(op.Path2, state)) {
			firstApp = i
			break
		}
	}
	var out []int
	for i, op := range ops {
		var in bool
		switch phase {
		case "download":
			in = i < firstApp && op.Boot == 1
		case "apply":
			in = i >= firstApp && op.Boot == 1
		case "late":
			in = op.Boot > 1
		default:
			in = true
		}
		if in {
			out = append(out, i)
		}
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// sample picks n of the points, seeded by the case id (always including the last).
func sample(points []int, n int, seed string) []int {
	if n <= 0 || n >= len(points) {
		return points
	}
	var h uint64 = 14695981039346656037
	for _, b := range []byte(seed) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	rng := rand.New(rand.NewPCG(h, 0x5eed))
	perm := rng.Perm(len(points) - 1)[:n-1]
	sort.Ints(perm)
	out := make([]int, 0, n)
	for _, i := range perm {
		out = append(out, points[i])
	}
	return append(out, points[len(points)-1])
}

// Table prints results as a table: one row per case, one column per profile, then the
// counts per profile.
func Table(out io.Writer, results []*Result) {
	var profiles, cases []string
	cell := map[[2]string]*Result{}
	for _, r := range results {
		if !contains(profiles, r.Profile) {
			profiles = append(profiles, r.Profile)
		}
		if !contains(cases, r.Case) {
			cases = append(cases, r.Case)
		}
		cell[[2]string{r.Profile, r.Case}] = r
	}
	width := len("case")
	for _, c := range cases {
		width = max(width, len(c))
	}
	colw := make([]int, len(profiles))
	fmt.Fprintf(out, "%-*s", width, "case")
	for i, p := range profiles {
		colw[i] = max(len(p), 5)
		fmt.Fprintf(out, "  %-*s", colw[i], p)
	}
	fmt.Fprintln(out)
	for _, c := range cases {
		fmt.Fprintf(out, "%-*s", width, c)
		for i, p := range profiles {
			st := ""
			if r := cell[[2]string{p, c}]; r != nil {
				st = r.Status
			}
			fmt.Fprintf(out, "  %-*s", colw[i], st)
		}
		fmt.Fprintln(out)
	}
	fmt.Fprintln(out)
	for _, p := range profiles {
		n := map[string]int{}
		for _, r := range results {
			if r.Profile == p {
				n[r.Status]++
			}
		}
		fmt.Fprintf(out, "%s: %d pass, %d fail, %d xfail, %d xpass, %d skip, %d hazard\n", p, n[Pass], n[Fail], n[XFail], n[XPass], n[Skip], n[Hazard])
	}
}

// Failures prints the reason of every fail and xpass (and, verbose, xfail and skip).
func Failures(out io.Writer, results []*Result, verbose bool) {
	for _, r := range results {
		if r.Status == Fail || r.Status == XPass || (verbose && (r.Status == XFail || r.Status == Skip || r.Status == Hazard)) {
			fmt.Fprintf(out, "%s %s/%s: %s\n", strings.ToUpper(r.Status), r.Profile, r.Case, r.Reason)
			if r.Replay != "" && (r.Status == Fail || r.Status == XPass) {
				fmt.Fprintf(out, "  replay: %s\n", r.Replay)
			}
		}
	}
}

// Unexpected counts fails and xpasses.
func Unexpected(results []*Result) int {
	n := 0
	for _, r := range results {
		if r.Status == Fail || r.Status == XPass {
			n++
		}
	}
	return n
}

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
}

// WriteJUnit writes the results as JUnit XML: one testsuite per profile. An xfail is a
// skipped test carrying its reason; an xpass is a failure.
func WriteJUnit(out io.Writer, results []*Result) error {
	var doc junitSuites
	idx := map[string]int{}
	for _, r := range results {
		i, ok := idx[r.Profile]
		if !ok {
			i = len(doc.Suites)
			idx[r.Profile] = i
			doc.Suites = append(doc.Suites, junitSuite{Name: "conformance/" + r.Profile})
		}
		s := &doc.Suites[i]
		jc := junitCase{Name: r.Case, Classname: "conformance." + r.Profile, Time: fmt.Sprintf("%.3f", r.Elapsed.Seconds())}
		switch r.Status {
		case Fail, XPass:
			jc.Failure = &junitMessage{Message: r.Reason, Type: r.Status}
			s.Failures++
		case XFail:
			jc.Skipped = &junitMessage{Message: "xfail: " + r.XFail + ": " + r.Reason}
			s.Skipped++
		case Skip:
			jc.Skipped = &junitMessage{Message: r.Reason}
			s.Skipped++
		case Hazard:
			jc.Skipped = &junitMessage{Message: "hazard: " + r.Reason}
			s.Skipped++
		}
		s.Tests++
		s.Cases = append(s.Cases, jc)
	}
	for i := range doc.Suites {
		var t float64
		for _, r := range results {
			if r.Profile == doc.Suites[i].Name[len("conformance/"):] {
				t += r.Elapsed.Seconds()
			}
		}
		doc.Suites[i].Time = fmt.Sprintf("%.3f", t)
	}
	if _, err := io.WriteString(out, xml.Header); err != nil {
		return fmt.Errorf("conformance: junit: %w", err)
	}
	enc := xml.NewEncoder(out)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("conformance: junit: %w", err)
	}
	_, err := io.WriteString(out, "\n")
	return err
}

// WriteJUnitFile writes the JUnit XML to a file.
func WriteJUnitFile(file string, results []*Result) error {
	f, err := os.Create(file)
	if err != nil {
		return fmt.Errorf("conformance: junit: %w", err)
	}
	if err := WriteJUnit(f, results); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// RunAll runs every case against every profile on workers goroutines (0: 2), in a stable
// order of results (profiles, then cases as given).
func (s *Suite) RunAll(profiles []*Profile, cases []*Case, workers int, progress func(*Result)) []*Result {
	if workers <= 0 {
		workers = 2
	}
	type job struct{ i, j int }
	results := make([]*Result, len(profiles)*len(cases))
	jobs := make(chan job)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for jb := range jobs {
				r := s.Run(profiles[jb.i], cases[jb.j])
				results[jb.i*len(cases)+jb.j] = r
				if progress != nil {
					mu.Lock()
					progress(r)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range profiles {
		for j := range cases {
			jobs <- job{i, j}
		}
	}
	close(jobs)
	wg.Wait()
	return results
}

// Select keeps the cases a comma-separated pattern names: ids, path.Match globs of ids
// ("tls-*") or tag:NAME ("" keeps all).
func Select(cases []*Case, pattern string) []*Case {
	if pattern == "" {
		return cases
	}
	var out []*Case
	for _, c := range cases {
		for _, p := range strings.Split(pattern, ",") {
			if m, _ := matchID(p, c); m {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func matchID(p string, c *Case) (bool, error) {
	if tag, ok := strings.CutPrefix(p, "tag:"); ok {
		return c.HasTag(tag), nil
	}
	if strings.ContainsAny(p, "*?[") {
		return path.Match(p, c.ID)
	}
	return c.ID == p, nil
}
