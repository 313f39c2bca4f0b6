package report

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

//go:embed html/report.tmpl
var htmlTemplateSource string

//go:embed html/report.css
var htmlCSS string

//go:embed html/report.js
var htmlJS string

// htmlCSP is the page's Content-Security-Policy: nothing may be fetched from anywhere, and
// only our own stylesheet and script (pinned by hash) run, so that even a device-supplied
// string that slipped past escaping could neither load nor execute anything.
var htmlCSP = "default-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; " +
	"base-uri 'none'; form-action 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS)

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"seconds": seconds,
}).Parse(strings.Replace(htmlTemplateSource, "@@CSP@@", htmlCSP, 1)))

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// Timeline geometry, in SVG user units (pixels).
const (
	maxFileRows = 40   // file rows drawn one per path; the rest share one row
	maxStack    = 16   // strip cells stacked under one operation; the rest share one cell
	timelineW   = 1100 // width the timeline aims at before it scrolls
	labelW      = 230  // the fixed label column on the left
	laneGap     = 6
)

// outcomeClass maps an outcome to its CSS class; unknown outcomes share one.
func outcomeClass(o string) string {
	switch o {
	case OKOld:
		return "o-okold"
	case OKNew:
		return "o-oknew"
	case Bricked:
		return "o-bricked"
	case Stuck:
		return "o-stuck"
	case Crashed:
		return "o-crashed"
	}
	return "o-other"
}

// severity orders outcomes for the one cell that stands for several cases: the worst shows.
func severity(o string) int {
	switch o {
	case Bricked:
		return 5
	case Crashed:
		return 4
	case Stuck:
		return 3
	case OKOld:
		return 1
	case OKNew:
		return 0
	}
	return 2
}

// Colours of flash-operation kinds (Op.Kind is "fs write", "ota_0 erase": an area, then the
// kind) and of network-event kinds.
var (
	fsColors = map[string]string{
		"create": "#6e7781", "truncate-open": "#e36209", "write": "#0969da", "sync": "#1a7f37",
		"close": "#2da44e", "mkdir": "#8250df", "remove": "#cf222e", "rmdir": "#a475f9",
		"rename": "#bf8700", "truncate": "#fb8f44", "chtimes": "#afb8c1",
	}
	partitionColors = map[string]string{"erase": "#bc4c00", "write": "#0550ae"}
	netColors       = map[string]string{
		"dns": "#8c959f", "connect": "#0a3069", "send": "#218bff", "recv": "#1b7c83",
		"close": "#6e7781", "reset": "#cf222e", "timeout": "#bc4c00", "fault": "#a40e26",
		"request": "#8250df", "response": "#1f883d", "wifi": "#bf8700", "tls": "#6639ba", "error": "#a40e26",
	}
)

// otherColors colour kinds without a colour of their own, in name order.
var otherColors = []string{"#953800", "#116329", "#7d4e00", "#3e1f79", "#0e4429", "#732c00", "#57606a", "#1b1f24"}

// opColor is the colour of a flash-operation kind, or "" for one without its own.
func opColor(kind string) string {
	area, k, ok := strings.Cut(kind, " ")
	if !ok {
		return fsColors[kind] // a bare kind is a filesystem one
	}
	if area == "fs" {
		return fsColors[k]
	}
	return partitionColors[k]
}

func netColor(kind string) string { return netColors[kind] }

type palette map[string]string

func newPalette(kinds []string, known func(string) string) palette {
	p := palette{}
	var extra []string
	for _, k := range kinds {
		if _, seen := p[k]; seen || slices.Contains(extra, k) {
			continue
		}
		if c := known(k); c != "" {
			p[k] = c
		} else {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for i, k := range extra {
		p[k] = otherColors[i%len(otherColors)]
	}
	return p
}

// legendItem is one colour in a legend.
type legendItem struct {
	Name, Color string
	N           int
}

func (p palette) legend(kinds []string) []legendItem {
	n := map[string]int{}
	var order []string
	for _, k := range kinds {
		if n[k] == 0 {
			order = append(order, k)
		}
		n[k]++
	}
	sort.Strings(order)
	out := make([]legendItem, 0, len(order))
	for _, k := range order {
		out = append(out, legendItem{Name: k, Color: p[k], N: n[k]})
	}
	return out
}

// Views of the page, everything positioned and formatted in Go so the template only places
// values (and html/template escapes every one of them).
type (
	htmlPage struct {
		Title     string
		CSS       template.CSS
		JS        template.JS
		R         *Report
		Meta      []metaRow
		Counts    []countView
		Total     int
		NFail     int
		Failures  []failView
		Timeline  timelineView
		OpLegend  []legendItem
		NetLegend []legendItem
		Files     []fileView
		OldFiles  []fileView
		Elapsed   string
	}
	metaRow   struct{ Key, Value string }
	countView struct {
		Outcome, Class, Pct string
		X, W                string // the count's share of a 1000-unit bar
		N                   int
		Failing             bool
	}
	failView struct {
		N                                        int
		Outcome, Class, Label, Reason, Replay, V string
		Boots                                    int
		Ops                                      int
	}
	fileView struct {
		Path, Size, Short, SHA string
	}
	timelineView struct {
		W, H, LabelW     string
		Lanes            []laneView
		Ticks            []tickView
		Boots            []bootView
		Ops              []opView
		Commits          string // one path of commit markers
		FileRows         []fileRowView
		Net              []netView
		Cells            []cellView
		StripY, StripH   string
		Overview         []binView
		OverviewW        string
		AxisY, AxisTimeY string
	}
	laneView struct {
		Y, TextY, H, W string
		Text, Title    string
		Band, Small    bool
	}
	tickView struct{ X, Op, Time string }
	bootView struct {
		X, Y, W, H, TX, TY string
		Text, Title        string
		Class              string
	}
	opView struct {
		X, Y, W, H, Fill, Title string
		Err                     bool
	}
	fileRowView struct {
		Y, H  string
		Ticks []tickPath
		Title string
	}
	tickPath struct{ D, Fill string }
	netView  struct{ X, Y, W, H, Fill, Title string }
	binView  struct{ X, Class, Title, Target string }
	cellView struct {
		X, Y, W, H, Class, Title string
		Op                       int
	}
)

// WriteHTML writes the report as one self-contained HTML page: inline CSS, JS and SVG, no
// external URL of any kind, and a Content-Security-Policy that forbids every fetch. It shows
// the counts per outcome, an SVG timeline of the baseline run (boots, flash operations by
// kind, files touched, network events, on an axis with one column per operation or network
// event in time order), a strip with one cell per case under the operation its power cut hits,
// and the failing cases with their replay commands. The page works without JavaScript; the
// script adds copy buttons, a details panel and outcome filters.
func WriteHTML(w io.Writer, r *Report) error {
	page := buildPage(r)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := htmlTemplate.Execute(bw, page); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}

func buildPage(r *Report) *htmlPage {
	p := &htmlPage{
		Title: "ota-emu sweep: " + r.Board,
		CSS:   template.CSS(htmlCSS),
		JS:    template.JS(htmlJS),
		R:     r,
		Total: len(r.Cases),
	}
	add := func(k, v string) {
		if v != "" {
			p.Meta = append(p.Meta, metaRow{k, v})
		}
	}
	add("tool", r.Tool)
	add("command", r.Command)
	add("board", r.Board)
	add("firmware", r.Firmware)
	add("filesystem", r.FSModel)
	add("seed", strconv.FormatInt(r.Seed, 10))
	add("faults", strings.Join(r.Faults, " "))
	if r.Shard != nil {
		add("shard", r.Shard.String()+" (a part: merge the parts with `ota-emu report merge`)")
	}
	b := r.Baseline
	base := b.Outcome
	if b.Version != "" {
		base += " (version " + b.Version + ")"
	}
	if b.Reason != "" {
		base += ": " + b.Reason
	}
	add("baseline", base)
	add("baseline run", fmt.Sprintf("%d boots, %d flash operations, %d network events, %d bytes written, %s virtual",
		len(b.Boots), len(b.Ops), len(b.Net), b.TotalBytes, seconds(b.DurationUS)))
	if r.ElapsedMS > 0 {
		p.Elapsed = fmt.Sprintf("%d.%03d s", r.ElapsedMS/1000, r.ElapsedMS%1000)
		add("host time", p.Elapsed)
	}
	bar := 0.0
	for _, c := range r.CountList() {
		pct := 0.0
		if len(r.Cases) > 0 {
			pct = 100 * float64(c.N) / float64(len(r.Cases))
		}
		p.Counts = append(p.Counts, countView{Outcome: c.Outcome, Class: outcomeClass(c.Outcome),
			N: c.N, Pct: strconv.FormatFloat(pct, 'f', 1, 64), Failing: Failing(c.Outcome),
			X: num(bar), W: num(pct * 10)})
		bar += pct * 10
	}
	for i, c := range r.Failures() {
		p.Failures = append(p.Failures, failView{N: i + 1, Outcome: c.Outcome, Class: outcomeClass(c.Outcome),
			Label: c.Cut.Name(), Reason: c.Reason, Replay: c.Replay, V: c.Version, Boots: c.Boots, Ops: c.Cut.OpsBefore()})
	}
	p.NFail = len(p.Failures)
	p.Files = fileViews(b.Files)
	p.OldFiles = fileViews(b.OldFiles)
	p.Timeline, p.OpLegend, p.NetLegend = buildTimeline(r)
	return p
}

func fileViews(fs []File) []fileView {
	out := make([]fileView, 0, len(fs))
	for _, f := range fs {
		short := f.SHA256
		if len(short) > 12 {
			short = short[:12]
		}
		out = append(out, fileView{Path: f.Path, Size: strconv.FormatInt(f.Size, 10), Short: short, SHA: f.SHA256})
	}
	return out
}

// num formats a coordinate with at most one decimal.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// column is one position on the timeline's x axis: the start, a flash operation or a network
// event, in time order.
type column struct {
	time int64
	op   int // index into Ops, or -1
	net  int // index into Net of the first event of the column, or -1
	n    int // network events in the column
}

func sameRun(a, b NetEvent) bool { return a.Kind == b.Kind && a.Host == b.Host && a.Boot == b.Boot }

func buildTimeline(r *Report) (timelineView, []legendItem, []legendItem) {
	b := r.Baseline
	// Columns: a start column (cuts before the first operation land there), then operations
	// and network events merged by time (an operation first on a tie).
	cols := []column{{time: 0, op: -1, net: -1}}
	if len(b.Ops) > 0 && b.Ops[0].TimeUS < 0 {
		cols[0].time = b.Ops[0].TimeUS
	}
	opCol := make([]int, len(b.Ops))
	i, j := 0, 0
	for i < len(b.Ops) || j < len(b.Net) {
		if j >= len(b.Net) || (i < len(b.Ops) && b.Ops[i].TimeUS <= b.Net[j].TimeUS) {
			opCol[i] = len(cols)
			cols = append(cols, column{time: b.Ops[i].TimeUS, op: i, net: -1})
			i++
		} else {
			// a run of events of one kind, host and boot with no operation between them
			// shares one column (a download is hundreds of recv events)
			last := &cols[len(cols)-1]
			if last.net >= 0 && sameRun(b.Net[last.net], b.Net[j]) {
				last.n++
			} else {
				cols = append(cols, column{time: b.Net[j].TimeUS, op: -1, net: j, n: 1})
			}
			j++
		}
	}
	n := len(cols)
	cw := math.Max(3, math.Min(16, float64(timelineW)/float64(n)))
	x := func(col int) float64 { return float64(col) * cw }
	width := float64(n)*cw + 40

	var tv timelineView
	tv.LabelW = num(labelW)
	y := 0.0
	lane := func(h, gap float64, text, title string, band bool) float64 {
		top := y
		tv.Lanes = append(tv.Lanes, laneView{Y: num(top), H: num(h), TextY: num(top + math.Min(h, 16) - 4),
			W: num(labelW), Text: text, Title: title, Band: band, Small: h < 12})
		y += h + gap
		return top
	}

	// Axis: an operation number and a virtual time every few columns.
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000} {
		step = s
		if float64(s)*cw >= 70 {
			break
		}
	}
	axisTop := lane(30, laneGap, "operation / virtual time", "x axis: one column per flash operation or network event, in time order", false)
	tv.AxisY, tv.AxisTimeY = num(axisTop+12), num(axisTop+26)
	for op := 0; op < len(b.Ops); op += step {
		c := opCol[op]
		tv.Ticks = append(tv.Ticks, tickView{X: num(x(c)), Op: "op " + strconv.Itoa(b.Ops[op].Index), Time: seconds(b.Ops[op].TimeUS)})
	}

	// Boots: the columns whose operation or network event ran in the boot (the start column
	// belongs to the first boot); a boot without any is placed by its virtual time.
	bootTop := lane(20, laneGap, "boots", "each boot and the reset cause that started it", true)
	colBoot := func(c int) int {
		switch col := cols[c]; {
		case col.op >= 0:
			return b.Ops[col.op].Boot
		case col.net >= 0:
			return b.Net[col.net].Boot
		case len(b.Boots) > 0:
			return b.Boots[0].N
		}
		return 0
	}
	for k, bt := range b.Boots {
		first, last := -1, -1
		for c := range cols {
			if colBoot(c) == bt.N {
				if first < 0 {
					first = c
				}
				last = c
			}
		}
		if first < 0 {
			for c := range cols {
				if cols[c].time >= bt.StartUS {
					first = c
					break
				}
			}
			if first < 0 {
				first = n - 1
			}
			last = first
		}
		x0, x1 := x(first), x(last)+cw
		text := fmt.Sprintf("boot %d: %s", bt.N, bt.Cause)
		title := fmt.Sprintf("boot %d, cause %s, %s .. %s", bt.N, bt.Cause, seconds(bt.StartUS), seconds(bt.EndUS))
		if float64(len(text))*6.5 > x1-x0-6 {
			text = strconv.Itoa(bt.N)
			if float64(len(text))*6.5 > x1-x0-2 {
				text = ""
			}
		}
		tv.Boots = append(tv.Boots, bootView{X: num(x0), Y: num(bootTop), W: num(math.Max(2, x1-x0-1)), H: "20",
			TX: num(x0 + 4), TY: num(bootTop + 14), Text: text, Title: title, Class: "boot" + strconv.Itoa(k%2)})
	}

	// Flash operations: a bar per operation, its height growing with the bytes it wrote,
	// commit points marked above.
	opKinds := make([]string, len(b.Ops))
	for k, op := range b.Ops {
		opKinds[k] = op.Kind
	}
	opPal := newPalette(opKinds, opColor)
	var maxBytes int64 = 1
	for _, op := range b.Ops {
		maxBytes = max(maxBytes, op.Bytes)
	}
	commitTop := lane(8, laneGap, "commit points", "operations that are a filesystem commit", false)
	opsTop := lane(40, laneGap, "flash operations", "one bar per operation, coloured by kind; writes grow with their bytes", true)
	var commits strings.Builder
	bw := math.Max(1, cw-1)
	for k, op := range b.Ops {
		c := opCol[k]
		h := 14.0
		if op.Bytes > 0 {
			h = 14 + 26*math.Log1p(float64(op.Bytes))/math.Log1p(float64(maxBytes))
		}
		tv.Ops = append(tv.Ops, opView{X: num(x(c)), Y: num(opsTop + 40 - h), W: num(bw), H: num(h),
			Fill: opPal[op.Kind], Title: opTitle(op), Err: op.Err != ""})
		if op.Commit {
			fmt.Fprintf(&commits, "M%s %sh%sv6h-%sz", num(x(c)), num(commitTop+1), num(bw), num(bw))
		}
	}
	tv.Commits = commits.String()

	// Files touched: one row per path in order of first touch, ticks coloured by kind.
	type fileRow struct {
		path  string
		ticks map[string]*strings.Builder
		kinds []string
		n     int
	}
	var rows []*fileRow
	byPath := map[string]*fileRow{}
	other := &fileRow{ticks: map[string]*strings.Builder{}}
	touch := func(path string, op Op, col int) {
		if path == "" {
			return
		}
		fr := byPath[path]
		if fr == nil {
			if len(rows) < maxFileRows {
				fr = &fileRow{path: path, ticks: map[string]*strings.Builder{}}
				rows = append(rows, fr)
			} else {
				fr = other
				other.n++ // counts paths folded into the last row
			}
			byPath[path] = fr
		}
		sb := fr.ticks[op.Kind]
		if sb == nil {
			sb = &strings.Builder{}
			fr.ticks[op.Kind] = sb
			fr.kinds = append(fr.kinds, op.Kind)
		}
		fmt.Fprintf(sb, "M%s 0h%sv1h-%sz", num(x(col)), num(bw), num(bw))
	}
	for k, op := range b.Ops {
		if area, _, ok := strings.Cut(op.Kind, " "); ok && area != "fs" && op.Path == "" {
			touch("partition "+area, op, opCol[k])
			continue
		}
		touch(op.Path, op, opCol[k])
		if op.Path2 != op.Path {
			touch(op.Path2, op, opCol[k])
		}
	}
	if len(other.kinds) > 0 {
		other.path = fmt.Sprintf("(%d more files)", other.n)
		rows = append(rows, other)
	}
	const rowH = 10.0
	if len(rows) > 0 {
		lane(14, 1, "files touched", "one row per path, in the order the run first touched it; marks coloured by operation kind", false)
	}
	for k, fr := range rows {
		gap := 1.0
		if k == len(rows)-1 {
			gap = laneGap
		}
		top := lane(rowH, gap, fr.path, fr.path, true)
		view := fileRowView{Y: num(top), H: num(rowH), Title: fr.path}
		kinds := slices.Clone(fr.kinds)
		sort.Strings(kinds)
		for _, k := range kinds {
			// Ticks are drawn 0..1 high and scaled by the row's transform.
			view.Ticks = append(view.Ticks, tickPath{D: fr.ticks[k].String(), Fill: opPal[k]})
		}
		tv.FileRows = append(tv.FileRows, view)
	}

	// Network events.
	netKinds := make([]string, len(b.Net))
	for k, ev := range b.Net {
		netKinds[k] = ev.Kind
	}
	netPal := newPalette(netKinds, netColor)
	netTop := lane(18, laneGap, "network", "one mark per network event (a run of one kind shares a mark), coloured by kind", true)
	for c, col := range cols {
		if col.net < 0 {
			continue
		}
		ev := b.Net[col.net]
		title := netTitle(ev)
		if col.n > 1 {
			lastEv := b.Net[col.net+col.n-1]
			title = fmt.Sprintf("%d %s events, %s\nboot %d, t=%s .. %s\nfirst: %s", col.n, ev.Kind, ev.Host, ev.Boot,
				seconds(ev.TimeUS), seconds(lastEv.TimeUS), ev.Detail)
		}
		tv.Net = append(tv.Net, netView{X: num(x(c)), Y: num(netTop + 2), W: num(bw), H: "14",
			Fill: netPal[ev.Kind], Title: title})
	}

	// Outcome strip: the cases of each operation stacked under its column.
	cs := math.Max(3, cw)
	ch := math.Max(10, cs) // cells are at least 10 high, so that a 3-wide one is seen
	byCol := map[int][]Case{}
	var colOrder []int
	for _, c := range r.Cases {
		col := 0
		switch {
		case c.Cut.Op < 0 || len(opCol) == 0:
			col = 0
		case c.Cut.Op >= len(opCol):
			col = opCol[len(opCol)-1]
		default:
			col = opCol[c.Cut.Op]
		}
		if _, ok := byCol[col]; !ok {
			colOrder = append(colOrder, col)
		}
		byCol[col] = append(byCol[col], c)
	}
	sort.Ints(colOrder)
	height := 0
	for _, col := range colOrder {
		height = max(height, min(len(byCol[col]), maxStack))
	}
	stripH := math.Max(ch, float64(height)*ch)
	stripTop := lane(stripH, laneGap, "cases (one cell per cut)", "one cell per case under the operation its power cut hits; colour = outcome", true)
	tv.StripY, tv.StripH = num(stripTop), num(stripH)
	for _, col := range colOrder {
		list := byCol[col]
		SortCases(list)
		for k, c := range list {
			if k == maxStack-1 && len(list) > maxStack {
				rest := list[k:]
				worst := rest[0].Outcome
				counts := map[string]int{}
				for _, rc := range rest {
					counts[rc.Outcome]++
					if severity(rc.Outcome) > severity(worst) {
						worst = rc.Outcome
					}
				}
				var parts []string
				for _, o := range sortedKeys(counts) {
					parts = append(parts, fmt.Sprintf("%d %s", counts[o], o))
				}
				tv.Cells = append(tv.Cells, cellView{X: num(x(col)), Y: num(stripTop + float64(k)*ch), W: num(math.Max(1, cs-1)), H: num(ch - 1),
					Class: outcomeClass(worst) + " more", Op: c.Cut.Op,
					Title: fmt.Sprintf("%d more cases here: %s\n(the failing ones are listed below)", len(rest), strings.Join(parts, ", "))})
				break
			}
			tv.Cells = append(tv.Cells, cellView{X: num(x(col)), Y: num(stripTop + float64(k)*ch), W: num(math.Max(1, cs-1)), H: num(ch - 1),
				Class: outcomeClass(c.Outcome), Op: c.Cut.Op, Title: caseTitle(c)})
		}
	}
	tv.Overview, tv.OverviewW = overview(r.Cases, colOrder, byCol, n, cw, opCol, b.Ops)
	tv.W = num(width)
	tv.H = num(y)
	return tv, opPal.legend(opKinds), netPal.legend(netKinds)
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if severity(out[i]) != severity(out[j]) {
			return severity(out[i]) > severity(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

func opTitle(op Op) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "op %d: %s %s", op.Index, op.Kind, op.Path)
	if op.Path2 != "" {
		sb.WriteString(" -> " + op.Path2)
	}
	if op.Bytes > 0 {
		fmt.Fprintf(&sb, ", %d B", op.Bytes)
	}
	if op.Commit {
		sb.WriteString(", commit")
	}
	if op.Err != "" {
		sb.WriteString(", failed: " + op.Err)
	}
	fmt.Fprintf(&sb, "\nboot %d, t=%s", op.Boot, seconds(op.TimeUS))
	return sb.String()
}

func netTitle(ev NetEvent) string {
	s := fmt.Sprintf("%s %s", ev.Kind, ev.Host)
	if ev.Detail != "" {
		s += ": " + ev.Detail
	}
	return s + fmt.Sprintf("\nboot %d, t=%s", ev.Boot, seconds(ev.TimeUS))
}

func caseTitle(c Case) string {
	var sb strings.Builder
	sb.WriteString(c.Cut.Name())
	sb.WriteString("\n" + c.Outcome)
	if c.Reason != "" {
		sb.WriteString(": " + c.Reason)
	}
	sb.WriteString("\n" + plural(c.Boots, "boot"))
	if c.Version != "" {
		sb.WriteString(", version " + c.Version)
	}
	if c.Replay != "" {
		sb.WriteString("\nreplay: " + c.Replay)
	}
	return sb.String()
}

// overviewBins is how many bins the overview of outcomes has at most.
const overviewBins = 250

// overview folds the case strip into at most overviewBins bins that fit the page's width, each
// coloured by the worst outcome in it, so that failures far along the timeline are seen at
// once (the script scrolls the timeline to a bin that is clicked).
func overview(cases []Case, colOrder []int, byCol map[int][]Case, n int, cw float64, opCol []int, ops []Op) ([]binView, string) {
	if len(cases) == 0 || n == 0 {
		return nil, "0"
	}
	nb := min(n, overviewBins)
	type bin struct {
		counts   map[string]int
		worst    string
		from, to int // columns
	}
	bins := make([]*bin, nb)
	for _, col := range colOrder {
		k := col * nb / n
		if bins[k] == nil {
			bins[k] = &bin{counts: map[string]int{}, from: col}
		}
		bn := bins[k]
		bn.to = col
		for _, c := range byCol[col] {
			if bn.worst == "" || severity(c.Outcome) > severity(bn.worst) {
				bn.worst = c.Outcome
			}
			bn.counts[c.Outcome]++
		}
	}
	// Column -> operation index, to name a bin by the operations it covers.
	colOp := map[int]int{}
	for i, c := range opCol {
		colOp[c] = ops[i].Index
	}
	name := func(col int) string {
		if op, ok := colOp[col]; ok {
			return "op " + strconv.Itoa(op)
		}
		return "start"
	}
	var out []binView
	for k, bn := range bins {
		if bn == nil {
			continue
		}
		var parts []string
		for _, o := range sortedKeys(bn.counts) {
			parts = append(parts, fmt.Sprintf("%d %s", bn.counts[o], o))
		}
		where := name(bn.from)
		if bn.to != bn.from {
			where += " .. " + name(bn.to)
		}
		out = append(out, binView{X: strconv.Itoa(k * 4), Class: outcomeClass(bn.worst),
			Title: where + ": " + strings.Join(parts, ", "), Target: num(float64(bn.from) * cw)})
	}
	return out, strconv.Itoa(nb * 4)
}
