package netsim

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// world returns a clock (RTC set to 2026-01-01) and a network that closes with the test.
func world(t testing.TB, seed uint64) (*Clock, *Network) {
	t.Helper()
	clock := NewClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	n := New(clock, Config{Seed: seed, SettleTimeout: 10 * time.Second})
	t.Cleanup(func() { _ = n.Close() })
	return clock, n
}

// helloHandler answers every request with a fixed body of size bytes.
func bodyHandler(size int) http.Handler {
	body := make([]byte, size)
	for i := range body {
		body[i] = byte('a' + i%26)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})
}

type getOpts struct {
	timeout time.Duration // per-operation socket timeout; 0 means none
	verify  bool
	header  map[string]string
	proto   string // "HTTP/1.0" or "HTTP/1.1" (default)
	method  string
	noUA    bool // send no User-Agent
	tls12   bool // cap TLS at 1.2, as a board's mbedTLS does
}

type result struct {
	resp *http.Response
	body []byte
	conn *Conn
	tls  *tls.Conn
}

// get performs one HTTP exchange the way a device does: one goroutine, resolve, connect,
// optional TLS, write the request, read the response to the end.
func get(n *Network, rawURL string, o getOpts) (result, error) {
	var res result
	u, err := url.Parse(rawURL)
	if err != nil {
		return res, err
	}
	port := 80
	if u.Scheme == "https" {
		port = 443
	}
	if p := u.Port(); p != "" {
		port, _ = strconv.Atoi(p)
	}
	ip, err := n.Resolve(u.Hostname())
	if err != nil {
		return res, err
	}
	timeout := time.Duration(-1)
	if o.timeout > 0 {
		timeout = o.timeout
	}
	c, err := n.DialTimeout(ip, port, timeout)
	if err != nil {
		return res, err
	}
	res.conn = c
	defer c.Close()
	if o.timeout > 0 {
		c.SetTimeout(o.timeout)
	}
	var rw io.ReadWriter = c
	if u.Scheme == "https" {
		cfg := n.ClientTLSConfig(c, u.Hostname(), o.verify)
		if o.tls12 {
			cfg.MaxVersion = tls.VersionTLS12
		}
		tc := tls.Client(c, cfg)
		if err := tc.Handshake(); err != nil {
			return res, err
		}
		res.tls = tc
		rw = tc
	}
	proto := o.proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	method := o.method
	if method == "" {
		method = "GET"
	}
	req := fmt.Sprintf("%s %s %s\r\nHost: %s\r\nConnection: close\r\n", method, u.RequestURI(), proto, u.Hostname())
	if !o.noUA {
		req += "User-Agent: netsim-test\r\n"
	}
	for k, v := range o.header {
		req += k + ": " + v + "\r\n"
	}
	if _, err := io.WriteString(rw, req+"\r\n"); err != nil {
		return res, err
	}
	hreq, _ := http.NewRequest(method, rawURL, nil)
	resp, err := http.ReadResponse(bufio.NewReader(rw), hreq)
	if err != nil {
		return res, err
	}
	res.resp = resp
	res.body, err = io.ReadAll(resp.Body)
	return res, err
}

func mustGet(t testing.TB, n *Network, rawURL string, o getOpts) result {
	t.Helper()
	r, err := get(n, rawURL, o)
	require.NoError(t, err)
	return r
}
