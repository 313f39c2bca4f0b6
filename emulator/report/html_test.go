package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func htmlOf(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, r))
	return buf.String()
}

const hostile = "<script>alert(1)</script>"

// hostileReport puts hostile text in every string a device or a user can influence.
func hostileReport() *Report {
	r := synth(4, 2)
	r.Tool, r.Board, r.Firmware, r.FSModel = hostile, hostile, hostile, hostile
	r.Command = "ota-emu sweep " + hostile
	r.Faults = []string{hostile}
	b := &r.Baseline
	b.Reason, b.Version = hostile, hostile
	b.Boots[0].Cause = hostile
	b.Ops[2].Path = "/app/" + hostile
	b.Ops[3].Kind = "fs " + hostile
	b.Ops[17].Path2 = hostile
	b.Net[0].Host, b.Net[1].Detail, b.Net[2].Kind = hostile, hostile, hostile
	b.Files[0].Path, b.Files[1].SHA256 = hostile, hostile
	b.OldFiles[0].Path = hostile
	for i := range r.Cases {
		c := &r.Cases[i]
		c.Cut.Label = "op (write /app/" + hostile + `" onload="x)`
		if Failing(c.Outcome) {
			c.Reason, c.Replay, c.Version = hostile, "ota-emu sweep --fs '"+hostile+"'", hostile
		}
	}
	r.Cases[0].Outcome = "<b>" + hostile + "</b>"
	return r
}

func TestHTMLEscapesHostilePaths(t *testing.T) {
	out := htmlOf(t, hostileReport())
	assert.Equal(t, 1, strings.Count(out, "<script"), "only the page's own script")
	hasNot(t, out, "alert(1)</script>")
	hasNot(t, out, "<b>")
	hasNot(t, out, `" onload="`)
	has(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	// the hostile outcome is counted (and failing), under a class of our own
	has(t, out, `class="count o-other failing"`)
}

var urlRe = regexp.MustCompile(`(?i)[a-z][a-z0-9+.-]*://[^\s"'<>)]*`)

func TestHTMLLoadsNothingFromAnywhere(t *testing.T) {
	out := htmlOf(t, synth(40, 22))
	for _, u := range urlRe.FindAllString(out, -1) {
		assert.Equal(t, "http://www.w3.org/2000/svg", u, "the only URL is the SVG namespace name (an identifier, never fetched)")
	}
	lower := strings.ToLower(out)
	for _, bad := range []string{" src=", " href=", "<link", "<img", "<iframe", "<object", "<embed", "url(", "@import", "@font-face", "//cdn", "fetch(", "xmlhttprequest", "import("} {
		hasNot(t, lower, bad)
	}
}

// between returns the text between the first open and the close after it.
func between(t *testing.T, s, open, close string) string {
	t.Helper()
	i := strings.Index(s, open)
	require.GreaterOrEqual(t, i, 0, open)
	rest := s[i+len(open):]
	j := strings.Index(rest, close)
	require.GreaterOrEqual(t, j, 0, close)
	return rest[:j]
}

func TestHTMLContentSecurityPolicyPinsTheInlineStyleAndScript(t *testing.T) {
	out := htmlOf(t, synth(3, 2))
	csp := between(t, out, `<meta http-equiv="Content-Security-Policy" content="`, `"`)
	csp = strings.ReplaceAll(csp, "&#39;", "'")
	assert.Contains(t, csp, "default-src 'none'")
	assert.Contains(t, csp, "connect-src 'none'")
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	assert.Contains(t, csp, "style-src "+hash(between(t, out, "<style>", "</style>"))+";")
	assert.True(t, strings.HasSuffix(csp, "script-src "+hash(between(t, out, "<script>", "</script>"))), csp)
	assert.Equal(t, 1, strings.Count(out, "<style"))
	hasNot(t, out, " style=", "inline style attributes would be refused by the policy")
}

func TestHTMLShowsCountsTimelineStripAndFailures(t *testing.T) {
	r := synth(10, 4)
	out := htmlOf(t, r)
	for _, c := range r.CountList() {
		has(t, out, `data-o="`+c.Outcome+`"><span class="n">`+itoa(c.N)+`</span>`)
	}
	assert.Equal(t, len(r.Cases), strings.Count(out, `<rect class="c o-`), "one strip cell per case")
	assert.Equal(t, len(r.Baseline.Ops), strings.Count(between(t, out, `<g id="ops">`, "</g>"), "<rect "), "one bar per operation")
	has(t, out, "boot 2, cause soft-reset")
	has(t, out, "/next/app/mod09.py</text>", "a files row")
	has(t, out, "partition ota_1</text>", "partition writes have a row")
	has(t, out, "6 recv events", "runs of network events share a mark")
	fails := r.Failures()
	require.NotEmpty(t, fails)
	assert.Equal(t, len(fails), strings.Count(out, `<code class="replay">`))
	// the table lists failures smallest first
	last := -1
	for _, f := range fails {
		i := strings.Index(out, `<code class="replay">`+f.Replay+`</code>`)
		require.Greater(t, i, last, f.Cut.Name())
		last = i
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// has and hasNot check a page for a string without printing the whole page when they fail.
func has(t *testing.T, page, s string, msg ...any) {
	t.Helper()
	if !strings.Contains(page, s) {
		t.Errorf("the page (%d bytes) lacks %q %v", len(page), s, msg)
	}
}

func hasNot(t *testing.T, page, s string, msg ...any) {
	t.Helper()
	if i := strings.Index(page, s); i >= 0 {
		t.Errorf("the page has %q at %d: ...%s... %v", s, i, page[max(0, i-80):min(len(page), i+80)], msg)
	}
}

func TestHTMLIsDeterministic(t *testing.T) {
	a, b := htmlOf(t, synth(8, 3)), htmlOf(t, synth(8, 3))
	assert.True(t, a == b, "two renders of one report differ")
}

func TestHTMLStaysSmallForThousandsOfCases(t *testing.T) {
	r1 := synth(40, 22) // ~1,000 operations and cases
	r2 := synth(80, 22) // ~2,000
	s1, s2 := len(htmlOf(t, r1)), len(htmlOf(t, r2))
	t.Logf("HTML: %d cases %d bytes; %d cases %d bytes", len(r1.Cases), s1, len(r2.Cases), s2)
	assert.Less(t, s2, 2<<20, "2,000 cases under 2 MB")
}

func TestHTMLOfAnEmptyReport(t *testing.T) {
	out := htmlOf(t, &Report{})
	has(t, out, "No failing case")
	has(t, out, `<svg id="timeline"`)
}

func TestHTMLStacksTheCasesOfOneOperationAndFoldsTheOverflow(t *testing.T) {
	r := synth(2, 1)
	r.Cases = []Case{{Cut: Cut{Op: -1}, Outcome: OKOld}, {Cut: Cut{Op: 0, Inside: true}, Outcome: OKOld}, {Cut: Cut{Op: 0}, Outcome: OKOld}}
	for s := 0; s < maxStack+4; s++ {
		o := OKOld
		if s == maxStack+2 {
			o = Crashed // hidden in the folded cell, which must show it
		}
		r.Cases = append(r.Cases, Case{Cut: Cut{Op: 3, Second: intp(s)}, Outcome: o, Replay: "r"})
	}
	r.Cases = append(r.Cases, Case{Cut: Cut{Op: 999}, Outcome: Stuck}) // past the last operation
	out := htmlOf(t, r)
	strip := between(t, out, `<g id="strip">`, "</g>")
	// op -1, op 0 (2 cases), op 3 (maxStack-1 cells and one folded cell), the last operation
	assert.Equal(t, 1+2+maxStack+1, strings.Count(strip, "<rect "))
	has(t, strip, `class="c o-crashed more"`)
	has(t, strip, "5 more cases here: 1 crashed, 4 ok-old")
	has(t, strip, "<title>before op 0\nok-old")
	has(t, strip, "<title>inside op 0\nok-old")
	has(t, strip, "<title>op 999\nstuck")
}
