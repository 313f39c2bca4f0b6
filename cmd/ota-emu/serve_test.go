package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serveRelease builds a release of a small app into a fresh directory.
func serveRelease(t *testing.T, version string) (string, *release.Release) {
	t.Helper()
	app := releaseApp(t, map[string]string{"main.py": "print('" + version + "')\n", "lib/u.py": "U = 1\n", "data/my file ✓.txt": "spaced"})
	r, err := release.Build(app, release.Options{Version: version})
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "rel")
	require.NoError(t, r.Write(out))
	return out, r
}

// loopbackClient sends every request to addr, whatever the URL's host (so the URL's host is
// the Host header and the TLS server name), with a bounded time.
func loopbackClient(addr string, roots bool) *http.Client {
	tr := &http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
		DisableKeepAlives: true,
	}
	if roots {
		tr.TLSClientConfig = &tls.Config{RootCAs: netsim.CAPool(), MinVersion: tls.VersionTLS12}
	}
	return &http.Client{Transport: tr, Timeout: 5 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func fetch(t *testing.T, c *http.Client, url string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	req.Header.Set("User-Agent", "serve-test")
	resp, err := c.Do(req)
	require.NoError(t, err, url)
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	require.NoError(t, err)
	return resp.StatusCode, body
}

func TestServeVirtualHostsOverHTTP(t *testing.T) {
	relA, ra := serveRelease(t, "1.0")
	relB, rb := serveRelease(t, "2.0")
	var logs bytes.Buffer
	relC, rc := serveRelease(t, "3.0")
	rs, err := startServe([]string{relA, "other.example=" + relB}, &serveOptions{addr: "127.0.0.1:0", host: "ota.example",
		serve: []string{"Third.Example=" + relC}}, &logs)
	require.NoError(t, err)
	addr := rs.Addr().String()
	c := loopbackClient(addr, false)
	code, body := fetch(t, c, "http://ota.example/latest")
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, ra.Latest, body)
	code, body = fetch(t, c, "http://ota.example/"+release.ArchiveName)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, ra.Archive, body)
	_, body = fetch(t, c, "http://other.example:1234/latest")
	assert.Equal(t, rb.Latest, body, "Host picks the site, port ignored")
	_, body = fetch(t, c, "http://third.example/latest")
	assert.Equal(t, rc.Latest, body, "--serve HOST=DIR")
	_, body = fetch(t, c, "http://"+addr+"/manifest.json")
	assert.Equal(t, ra.Manifest, body, "an unknown Host gets the first site")
	_, body = fetch(t, c, "http://ota.example/files/lib/u.py")
	assert.Equal(t, "U = 1\n", string(body))
	_, body = fetch(t, c, "http://ota.example/files/data/my%20file%20%E2%9C%93.txt")
	assert.Equal(t, "spaced", string(body), "percent-encoded names, as README.md says")
	code, _ = fetch(t, c, "http://ota.example/nope")
	assert.Equal(t, http.StatusNotFound, code)

	var banner bytes.Buffer
	rs.banner(&banner)
	assert.Contains(t, banner.String(), "http://ota.example:"+itoa(rs.Addr().Port)+"/  ->  "+relA)
	assert.Contains(t, banner.String(), "curl -H 'Host: ota.example' http://"+addr+"/latest")
	require.NoError(t, rs.stop())
	assert.Contains(t, logs.String(), "GET ota.example/latest 200")
	assert.Contains(t, logs.String(), "GET ota.example/nope 404")
	_, err = net.DialTimeout("tcp", addr, time.Second)
	assert.Error(t, err, "stopped")
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestServeTLSWithNetsimCA(t *testing.T) {
	rel, r := serveRelease(t, "3.0")
	gitRepo := ""
	if _, err := exec.LookPath("git"); err == nil {
		gitRepo = filepath.Join(t.TempDir(), "repo")
		require.NoError(t, r.WriteGitHubRepo(gitRepo))
	}
	o := &serveOptions{addr: "localhost:0", host: "ota.example", tls: true}
	if gitRepo != "" {
		o.github = []string{"me/app=" + gitRepo}
	}
	rs, err := startServe([]string{rel}, o, io.Discard)
	require.NoError(t, err)
	defer func() { assert.NoError(t, rs.stop()) }()
	assert.True(t, rs.Addr().IP.IsLoopback())
	c := loopbackClient(rs.Addr().String(), true)
	code, body := fetch(t, c, "https://ota.example/latest")
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, r.Latest, body)
	_, body = fetch(t, c, "https://ota.example/"+release.ArchiveName)
	assert.Equal(t, r.Archive, body)

	// Without the netsim CA the certificate is refused.
	plain := loopbackClient(rs.Addr().String(), false)
	_, err = plain.Get("https://ota.example/latest")
	assert.ErrorContains(t, err, "certificate")

	if gitRepo != "" {
		code, body = fetch(t, c, "https://api.github.com/repos/me/app/releases/latest")
		require.Equal(t, http.StatusOK, code, string(body))
		var rel struct {
			TagName string `json:"tag_name"`
		}
		require.NoError(t, json.Unmarshal(body, &rel))
		assert.Equal(t, "3.0", rel.TagName)
		code, _ = fetch(t, c, "https://github.com/me/app/releases/latest/download/"+release.ArchiveName)
		assert.Equal(t, http.StatusFound, code)
	}
	var banner bytes.Buffer
	rs.banner(&banner)
	assert.Contains(t, banner.String(), "ota-emu ca > netsim-ca.pem")
	assert.Contains(t, banner.String(), "--resolve ota.example:"+itoa(rs.Addr().Port)+":127.0.0.1 https://ota.example:")
}

// TestServeCommandRunsForDuration drives the whole command: banner, a request, stop.
func TestServeCommandRunsForDuration(t *testing.T) {
	rel, r := serveRelease(t, "4.0")
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		code := execute([]string{"serve", "--addr", "127.0.0.1:0", "--duration", "1s", "ota.example=" + rel}, pw, &stderr)
		pw.Close()
		done <- code
	}()
	lines := bufio.NewScanner(pr)
	require.True(t, lines.Scan())
	m := regexp.MustCompile(`^listening on http://(127\.0\.0\.1:\d+)/`).FindStringSubmatch(lines.Text())
	require.NotNil(t, m, lines.Text())
	rest := make(chan string, 1)
	go func() {
		var all []string
		for lines.Scan() {
			all = append(all, lines.Text())
		}
		rest <- strings.Join(all, "\n")
	}()
	_, body := fetch(t, loopbackClient(m[1], false), "http://ota.example/latest")
	assert.Equal(t, r.Latest, body)
	select {
	case code := <-done:
		assert.Equal(t, 0, code, stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after --duration")
	}
	assert.Contains(t, <-rest, "stopped")
	assert.Contains(t, stderr.String(), "GET ota.example/latest 200")
}

func TestServeRefusals(t *testing.T) {
	rel, _ := serveRelease(t, "1.0")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--addr", "0.0.0.0:0", rel}, "loopback addresses only"},
		{[]string{"serve", "--addr", "192.168.1.2:8080", rel}, "loopback addresses only"},
		{[]string{"serve", "--addr", "example.com:80", rel}, "loopback addresses only"},
		{[]string{"serve", "--addr", "8080", rel}, "want HOST:PORT"},
		{[]string{"serve", "--addr", "127.0.0.1:0"}, "nothing to serve"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "a.example=" + rel, "a.example=" + rel}, "given twice"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "bad_host!=" + rel}, "not a host name"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--serve", rel}, "want HOST=DIR"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--serve", "a.example=" + rel, "a.example=" + rel}, "given twice"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "x.example=" + filepath.Join(rel, "missing")}, "missing"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--github", "nonsense", rel}, "OWNER/REPO=DIR"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--duration", "-1s", rel}, "positive duration"},
	}
	for _, c := range cases {
		_, stderr, code := runCLI(t, c.args...)
		assert.Equal(t, exitUsage, code, "%v: %s", c.args, stderr)
		assert.Contains(t, stderr, c.want, "%v", c.args)
	}
}
