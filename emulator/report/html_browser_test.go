package report

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// installChromium is what `make browser` runs.
const installChromium = "apt-get update && apt-get install -y --no-install-recommends chromium"

// chromium finds the browser the HTML tests load the report in. A missing browser fails the
// test: the report page is only known to work once a browser has rendered it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatalf("chromium is not installed: run `make browser` (%s)", installChromium)
	return ""
}

// render loads url in headless Chromium and returns the DOM once the page's scripts ran.
// With offline set, every network request fails: all hosts resolve to nothing and all
// traffic, loopback included, goes to a proxy port where nothing listens.
func render(t *testing.T, url string, offline bool) (string, time.Duration) {
	t.Helper()
	bin := chromium(t)
	home := t.TempDir()
	args := []string{
		"--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--disable-extensions", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--metrics-recording-only", "--mute-audio",
		"--user-data-dir=" + filepath.Join(home, "profile"),
		"--virtual-time-budget=2000", "--window-size=1400,1000",
	}
	if offline {
		args = append(args, "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
			"--host-resolver-rules=MAP * ~NOTFOUND")
	}
	args = append(args, "--dump-dom", url)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
	cmd.WaitDelay = 5 * time.Second
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	require.NoError(t, err, "chromium: %s", tail(stderr.String(), 2000))
	return string(out), took
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// TestHTMLRendersInHeadlessChromium loads a report of about 1,000 operations and 1,000 cases
// in headless Chromium with no network at all, and checks what the page's script builds at
// load: the ready marker, the details panel and cursor, a copy button per failing case, and
// the status line counting the cells it found.
func TestHTMLRendersInHeadlessChromium(t *testing.T) {
	r := synth(40, 22)
	page := htmlOf(t, r)
	path := writeTemp(t, "sweep.html", page)
	dom, took := render(t, "file://"+path, true)
	t.Logf("HTML %d bytes for %d operations and %d cases; chromium load+render+dump %v", len(page), len(r.Baseline.Ops), len(r.Cases), took)

	has(t, dom, `data-report-ready="1"`, "the page's script ran to its end")
	has(t, dom, `<div id="detail" role="status"`)
	has(t, dom, `<line id="cursor"`)
	has(t, dom, `<svg id="timeline"`)
	fails := r.Failures()
	assert.Equal(t, len(fails), strings.Count(dom, `<button type="button" class="copy"`), "a copy button per failing case")
	has(t, dom, fmt.Sprintf("%d case cells drawn, %d failing; %d replay commands ready to copy", len(r.Cases), len(fails), len(fails)))
	for _, c := range r.CountList() {
		has(t, dom, fmt.Sprintf(`<span class="n">%d</span><span class="o">%s</span>`, c.N, c.Outcome))
	}
	assert.Equal(t, len(r.Cases), strings.Count(dom, `<rect class="c o-`), "every strip cell is in the DOM")
}

// TestHTMLMakesNoRequestsEvenWithHostileInput serves a canary on loopback and names it in
// every string of a report, as markup that would fetch it if it were not escaped; Chromium,
// with the network open this time, must never call it. A control page that does reference
// the canary proves that the canary would have seen a request.
func TestHTMLMakesNoRequestsEvenWithHostileInput(t *testing.T) {
	var hits atomic.Int64
	var paths atomic.Value
	paths.Store("")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		hits.Add(1)
		paths.Store(paths.Load().(string) + " " + req.URL.Path)
		w.WriteHeader(http.StatusNoContent)
	}), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	canary := "http://" + ln.Addr().String()

	control := writeTemp(t, "control.html", `<!DOCTYPE html><html><body><img src="`+canary+`/control"></body></html>`)
	render(t, "file://"+control, false)
	require.Positive(t, hits.Load(), "the control page's image must reach the canary, or this test proves nothing")
	hits.Store(0)
	paths.Store("")

	r := hostileReport()
	bad := []string{
		`<img src="` + canary + `/img">`,
		`<script src="` + canary + `/script"></script>`,
		`"><link rel="stylesheet" href="` + canary + `/css">`,
		`<style>@import "` + canary + `/import";</style>`,
		`<iframe src="` + canary + `/frame"></iframe>`,
		`</title></rect></g></svg><image href="` + canary + `/svg"/>`,
		`<script>fetch("` + canary + `/fetch")</script>`,
	}
	all := strings.Join(bad, "")
	r.Baseline.Ops[4].Path = all
	r.Baseline.Files[2].Path = all
	r.Baseline.Net[3].Detail = all
	r.Baseline.Boots[1].Cause = all
	for i := range r.Cases {
		if Failing(r.Cases[i].Outcome) {
			r.Cases[i].Reason, r.Cases[i].Replay = all, all
		}
	}
	r.Cases[5].Cut.Label = all
	r.Command = all
	page := htmlOf(t, r)
	path := writeTemp(t, "hostile.html", page)
	dom, _ := render(t, "file://"+path, false)
	assert.Zero(t, hits.Load(), "the page made requests:%s", paths.Load())
	has(t, dom, `data-report-ready="1"`, "the page's own script still ran")
	// what the script shows is the text, not markup
	assert.Regexp(t, regexp.MustCompile(regexp.QuoteMeta(`&lt;img src="`+canary+`/img"&gt;`)), dom)
}

// TestHTMLScriptInteractions clicks through the page as a reader would (a strip cell, a row of
// the failures table, an outcome in the legend, a bin of the overview) and checks what the
// page's script did. The probe script is added to a copy of the page without its
// Content-Security-Policy, which would (rightly) refuse it.
func TestHTMLScriptInteractions(t *testing.T) {
	r := synth(40, 22)
	page := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`).ReplaceAllString(htmlOf(t, r), "")
	probe := `<script>
var d = document, out = {};
d.querySelector('#strip rect.o-bricked').dispatchEvent(new MouseEvent('click', {bubbles: true}));
out.cell = d.getElementById('detail').textContent;
out.cursor = d.getElementById('cursor').getAttribute('x1');
d.querySelectorAll('.fail tbody tr')[2].click();
out.row = d.getElementById('detail').textContent;
out.rowClass = d.getElementById('detail').className;
out.scrolled = d.querySelector('.tl .scroll').scrollLeft > 0;
d.querySelector('.lg-o').click();
out.body = d.body.className;
d.querySelector('#overview rect.o-bricked').dispatchEvent(new MouseEvent('click', {bubbles: true}));
out.bin = d.getElementById('detail').textContent;
var pre = d.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(out); d.body.appendChild(pre);
</script></body>`
	page = strings.Replace(page, "</body>", probe, 1)
	dom, _ := render(t, "file://"+writeTemp(t, "probe.html", page), true)
	m := regexp.MustCompile(`<pre id="probe">(.*?)</pre>`).FindStringSubmatch(dom)
	require.NotNil(t, m, "the probe ran")
	var got struct {
		Cell, Cursor, Row, RowClass, Body, Bin string
		Scrolled                               bool
	}
	require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(m[1])), &got))
	fails := r.Failures()
	firstBricked := ""
	for _, c := range r.Cases {
		if c.Outcome == Bricked {
			firstBricked = c.Cut.Name()
			break
		}
	}
	assert.True(t, strings.HasPrefix(got.Cell, firstBricked+"\nbricked: "), "a strip cell shows its case: %q", got.Cell)
	assert.Contains(t, got.Cell, "replay: ")
	assert.NotEqual(t, "-10", got.Cursor, "the cursor moved to the cell")
	assert.True(t, strings.HasPrefix(got.Row, fails[2].Cut.Name()+"\n"+fails[2].Outcome), "a failures row finds its cell: %q", got.Row)
	assert.Equal(t, outcomeClass(fails[2].Outcome), got.RowClass)
	assert.True(t, got.Scrolled, "the timeline scrolled to the row's cell")
	assert.Equal(t, "hide-o-okold", got.Body, "the legend fades an outcome")
	assert.Contains(t, got.Bin, "bricked", "an overview bin tells what it holds")
}
