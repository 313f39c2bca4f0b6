package netsim

import (
	"errors"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recvBytes sums what the device received on a connection.
func recvBytes(n *Network, conn int) int {
	total := 0
	for _, e := range n.Trace() {
		if e.Conn == conn && e.Kind == "recv" && e.Dir == "down" {
			total += e.Bytes
		}
	}
	return total
}

func addFault(t *testing.T, n *Network, name string, params map[string]string) {
	t.Helper()
	f, err := NewFault(name, params)
	require.NoError(t, err)
	tg, err := ParseTarget(params)
	require.NoError(t, err)
	n.AddFault(f, tg)
}

// headerLen is the size of the plain response head bodyHandler produces for a 5000-byte body.
func headerLen(t *testing.T) int {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(5000)})
	require.NoError(t, err)
	mustGet(t, n, "http://example.com/f", getOpts{})
	return recvBytes(n, 1) - 5000
}

func TestByteFaults(t *testing.T) {
	head := headerLen(t)
	cases := []struct {
		name   string
		fault  string
		params map[string]string
		opts   getOpts
		check  func(t *testing.T, n *Network, r result, err error)
	}{
		{"latency delays handshake, request and response", "latency", map[string]string{"value": "100ms"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 5000)
				// connect 200ms (both ways), request 100ms, response 100ms.
				assert.Equal(t, 400*time.Millisecond, n.Clock().Now())
			}},
		{"jitter adds a bounded seeded delay", "jitter", map[string]string{"delay": "10ms", "jitter": "50ms"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				now := n.Clock().Now()
				assert.GreaterOrEqual(t, now, 40*time.Millisecond)
				assert.LessOrEqual(t, now, 4*60*time.Millisecond)
			}},
		{"bandwidth paces the download", "bandwidth", map[string]string{"rate": "1K", "dir": "down"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 5000)
				want := time.Duration(5000+head) * time.Second / 1024
				assert.InDelta(t, float64(want), float64(n.Clock().Now()), float64(10*time.Millisecond))
			}},
		{"slicer gives short reads", "slicer", map[string]string{"size": "10", "delay": "1ms"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 5000)
				for _, e := range n.Trace() {
					if e.Kind == "recv" && e.Dir == "down" {
						assert.LessOrEqual(t, e.Bytes, 10)
					}
				}
			}},
		{"reset at byte N", "reset", map[string]string{"at": "700"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrConnReset)
				assert.Equal(t, 700, recvBytes(n, 1))
			}},
		{"reset at percent of the body", "reset", map[string]string{"percent": "50"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				assert.ErrorIs(t, err, ErrConnReset)
				assert.Equal(t, 2500, recvBytes(n, 1))
			}},
		{"truncate gives a clean EOF early", "truncate", map[string]string{"at": "1000"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
				assert.Len(t, r.body, 1000-head)
				assert.Equal(t, 1000, recvBytes(n, 1))
			}},
		{"stall forever hits the read timeout", "stall", map[string]string{"after": "1000"}, getOpts{timeout: 30 * time.Second},
			func(t *testing.T, n *Network, r result, err error) {
				assert.ErrorIs(t, err, ErrTimeout)
				assert.Equal(t, 30*time.Second, n.Clock().Now())
				assert.Equal(t, 1000, recvBytes(n, 1))
			}},
		{"short stall is survived", "stall", map[string]string{"after": "1000", "for": "2s"}, getOpts{timeout: 5 * time.Second},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 5000)
				assert.Equal(t, 2*time.Second, n.Clock().Now())
			}},
		{"limit_data closes both ways", "limit_data", map[string]string{"bytes": "2000"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
				assert.Equal(t, 2000, recvBytes(n, 1))
			}},
		{"corrupt flips one byte of a plain body", "corrupt", map[string]string{"at": "3000"}, getOpts{},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				require.Len(t, r.body, 5000)
				diff := 0
				for i, b := range r.body {
					if b != byte('a'+i%26) {
						diff++
						assert.Equal(t, 3000-head, i)
					}
				}
				assert.Equal(t, 1, diff)
			}},
		{"slow drip takes a second per 100 bytes", "slow_drip", map[string]string{"size": "100", "interval": "1s"}, getOpts{timeout: 2 * time.Second},
			func(t *testing.T, n *Network, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 5000)
				pieces := (5000 + head + 99) / 100
				assert.Equal(t, time.Duration(pieces)*time.Second, n.Clock().Now())
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, n := world(t, 7)
			_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(5000)})
			require.NoError(t, err)
			addFault(t, n, tc.fault, tc.params)
			r, err := get(n, "http://example.com/f", tc.opts)
			tc.check(t, n, r, err)
		})
	}
}

func TestCorruptBreaksTLS(t *testing.T) {
	_, n := world(t, 3)
	_, err := n.AddHost("example.com", HostHandlers{HTTPS: bodyHandler(5000)})
	require.NoError(t, err)
	addFault(t, n, "corrupt", map[string]string{"at": "3000"})
	_, err = get(n, "https://example.com/f", getOpts{verify: true})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad record MAC")
}

func TestDNSFail(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(10)})
	require.NoError(t, err)
	addFault(t, n, "dns_fail", map[string]string{"times": "2", "host": "example.com"})
	for i := 0; i < 2; i++ {
		_, err = get(n, "http://example.com/", getOpts{})
		assert.ErrorIs(t, err, ErrDNS)
	}
	r := mustGet(t, n, "http://example.com/", getOpts{})
	assert.Equal(t, 200, r.resp.StatusCode)
	_, err = n.Resolve("nowhere.example")
	assert.ErrorIs(t, err, ErrDNS)
}

func TestRefuse(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(10)})
	require.NoError(t, err)
	addFault(t, n, "refuse", map[string]string{"conn": "1"})
	_, err = get(n, "http://example.com/", getOpts{})
	assert.ErrorIs(t, err, ErrConnRefused)
	r := mustGet(t, n, "http://example.com/", getOpts{})
	assert.Equal(t, 200, r.resp.StatusCode)
	_, err = get(n, "https://example.com/", getOpts{})
	assert.ErrorIs(t, err, ErrConnRefused, "nothing listens on 443")
}

func TestHTTPFaults(t *testing.T) {
	cases := []struct {
		name   string
		fault  string
		params map[string]string
		url    string
		opts   getOpts
		check  func(t *testing.T, r result, err error)
	}{
		{"status injection", "http_status", map[string]string{"code": "503", "times": "1"}, "http://example.com/f", getOpts{},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, 503, r.resp.StatusCode)
				assert.Equal(t, "60", r.resp.Header.Get("Retry-After"))
			}},
		{"chunked even for HTTP/1.0", "chunked", map[string]string{"size": "1000"}, "http://example.com/f", getOpts{proto: "HTTP/1.0"},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, []string{"chunked"}, r.resp.TransferEncoding)
				assert.Len(t, r.body, 5000)
			}},
		{"chunked over TLS", "chunked", nil, "https://example.com/f", getOpts{verify: true},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, []string{"chunked"}, r.resp.TransferEncoding)
				assert.Len(t, r.body, 5000)
			}},
		{"redirect loop", "redirect_loop", nil, "http://example.com/f", getOpts{},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, 302, r.resp.StatusCode)
				assert.Equal(t, "http://example.com/f?loop=1", r.resp.Header.Get("Location"))
			}},
		{"redirect loop closes", "redirect_loop", nil, "http://example.com/f?loop=1", getOpts{},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, "http://example.com/f", r.resp.Header.Get("Location"))
			}},
		{"https to http", "https_to_http", nil, "https://example.com/f?x=1", getOpts{verify: true},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Equal(t, 301, r.resp.StatusCode)
				assert.Equal(t, "http://example.com/f?x=1", r.resp.Header.Get("Location"))
			}},
		{"wrong content length (short body)", "wrong_length", map[string]string{"delta": "100"}, "http://example.com/f", getOpts{},
			func(t *testing.T, r result, err error) {
				assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
				assert.Equal(t, int64(5100), r.resp.ContentLength)
				assert.Len(t, r.body, 5000)
			}},
		{"wrong content length (long body)", "wrong_length", map[string]string{"delta": "-1000"}, "http://example.com/f", getOpts{},
			func(t *testing.T, r result, err error) {
				require.NoError(t, err)
				assert.Len(t, r.body, 4000)
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, n := world(t, 7)
			_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(5000), HTTPS: bodyHandler(5000)})
			require.NoError(t, err)
			addFault(t, n, tc.fault, tc.params)
			r, err := get(n, tc.url, tc.opts)
			tc.check(t, r, err)
		})
	}
}

func TestHTTPFaultTargetsPath(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(50)})
	require.NoError(t, err)
	addFault(t, n, "http_status", map[string]string{"code": "404", "path": "/fw/*"})
	assert.Equal(t, 404, mustGet(t, n, "http://example.com/fw/a.bin", getOpts{}).resp.StatusCode)
	assert.Equal(t, 200, mustGet(t, n, "http://example.com/version.json", getOpts{}).resp.StatusCode)
}

func TestEndlessBody(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(50)})
	require.NoError(t, err)
	addFault(t, n, "endless_body", nil)
	ip, err := n.Resolve("example.com")
	require.NoError(t, err)
	c, err := n.Dial(ip, 80)
	require.NoError(t, err)
	_, err = io.WriteString(c, "GET / HTTP/1.0\r\nHost: example.com\r\n\r\n")
	require.NoError(t, err)
	got, err := io.CopyN(io.Discard, c, 1<<20)
	require.NoError(t, err, "a megabyte and still no end")
	assert.Equal(t, int64(1<<20), got)
	require.NoError(t, c.Close())
	// The server notices the close and stops: the network settles.
	assert.NotEmpty(t, n.Trace())
}

func TestWiFi(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(50)})
	require.NoError(t, err)
	n.AddAccessPoint(AccessPoint{SSID: "lab", Password: "secret", AssocDelay: 3 * time.Second, RSSI: -60})
	addFault(t, n, "wifi_down", map[string]string{"at": "60s", "for": "10s"})

	assert.Equal(t, WiFiIdle, n.WiFiStatus())
	_, err = n.Resolve("example.com")
	assert.ErrorIs(t, err, ErrHostUnreachable, "no link before Wi-Fi")

	n.WiFiConnect("lab", "wrong")
	clock.Sleep(time.Second)
	assert.Equal(t, WiFiConnecting, n.WiFiStatus())
	clock.Sleep(3 * time.Second)
	assert.Equal(t, WiFiWrongPassword, n.WiFiStatus())
	assert.Equal(t, -3, RP2WiFiCodes[n.WiFiStatus()])
	assert.Equal(t, 202, ESP32WiFiCodes[n.WiFiStatus()])

	n.WiFiConnect("lab", "secret")
	for !n.WiFiConnected() { // a busy-wait loop as boot.py writes it
		clock.Sleep(100 * time.Millisecond)
	}
	assert.Equal(t, 7*time.Second, clock.Now())
	assert.Equal(t, -60, n.WiFiRSSI())

	// A connection open when the AP vanishes is reset at that instant.
	ip, err := n.Resolve("example.com")
	require.NoError(t, err)
	c, err := n.Dial(ip, 80)
	require.NoError(t, err)
	c.SetTimeout(5 * time.Minute)
	_, err = c.Read(make([]byte, 10))
	assert.ErrorIs(t, err, ErrConnReset)
	assert.Equal(t, 60*time.Second, clock.Now())
	assert.Equal(t, WiFiConnectFail, n.WiFiStatus())
	_, err = n.Dial(ip, 80)
	assert.ErrorIs(t, err, ErrHostUnreachable)
	clock.AdvanceTo(71 * time.Second)
	assert.Equal(t, WiFiConnecting, n.WiFiStatus(), "re-associating after the outage")
	clock.AdvanceTo(73 * time.Second)
	assert.Equal(t, WiFiGotIP, n.WiFiStatus())
	assert.Equal(t, 200, mustGet(t, n, "http://example.com/", getOpts{}).resp.StatusCode)

	n.WiFiConnect("nope", "x")
	clock.Sleep(3 * time.Second)
	assert.Equal(t, WiFiNoAPFound, n.WiFiStatus())
}

func TestWiFiDrop(t *testing.T) {
	clock, n := world(t, 1)
	n.AddAccessPoint(AccessPoint{SSID: "lab", Password: "pw", AssocDelay: time.Second})
	addFault(t, n, "wifi_drop", map[string]string{"start": "10s", "every": "20s", "for": "2s"})
	n.WiFiConnect("lab", "pw")
	var got []WiFiStatus
	for i := 0; i < 8; i++ {
		clock.AdvanceTo(time.Duration(i) * 5 * time.Second)
		got = append(got, n.WiFiStatus())
	}
	// t=0 connecting, 5 up, 10 drop, 15 up, 20 up, 25 up, 30 drop, 35 up
	assert.Equal(t, []WiFiStatus{WiFiConnecting, WiFiGotIP, WiFiConnectFail, WiFiGotIP, WiFiGotIP, WiFiGotIP, WiFiConnectFail, WiFiGotIP}, got)
}

func TestFaultRegistry(t *testing.T) {
	want := []string{"bandwidth", "chunked", "corrupt", "dns_fail", "endless_body", "http_status", "https_to_http", "jitter",
		"latency", "limit_data", "mitm", "redirect_loop", "refuse", "reset", "slicer", "slow_drip", "stall", "substitute",
		"truncate", "wifi_down", "wifi_drop", "wrong_length"}
	assert.Equal(t, want, Faults())
	for _, name := range want {
		f, err := NewFault(name, map[string]string{"host": "x", "conn": "2"})
		require.NoError(t, err, name)
		assert.Equal(t, name, FaultName(f))
	}
	bad := []struct {
		name   string
		params map[string]string
		msg    string
	}{
		{"latency", map[string]string{"delay": "soon"}, "want a duration"},
		{"latency", map[string]string{"dealy": "1s"}, "unknown parameter dealy"},
		{"bandwidth", map[string]string{"rate": "0"}, "at least 1"},
		{"reset", map[string]string{"at": "1", "percent": "2"}, "not both"},
		{"mitm", map[string]string{"cert": "bogus"}, "unknown forgery"},
		{"http_status", map[string]string{"code": "42"}, "not an HTTP status"},
		{"nonesuch", nil, "unknown fault"},
	}
	for _, b := range bad {
		_, err := NewFault(b.name, b.params)
		require.Error(t, err, b.name)
		assert.Contains(t, err.Error(), b.msg)
	}
	_, err := ParseTarget(map[string]string{"dir": "sideways"})
	assert.Error(t, err)
	_, err = ParseTarget(map[string]string{"conn": "0"})
	assert.Error(t, err)
	assert.True(t, errors.Is(ErrTimeout, ErrTimeout))
	_ = http.StatusOK
}

func TestTargetTimeWindow(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(10)})
	require.NoError(t, err)
	addFault(t, n, "http_status", map[string]string{"code": "500", "from": "10s", "until": "20s"})
	assert.Equal(t, 200, mustGet(t, n, "http://example.com/", getOpts{}).resp.StatusCode)
	clock.AdvanceTo(10 * time.Second)
	assert.Equal(t, 500, mustGet(t, n, "http://example.com/", getOpts{}).resp.StatusCode)
	clock.AdvanceTo(20 * time.Second)
	assert.Equal(t, 200, mustGet(t, n, "http://example.com/", getOpts{}).resp.StatusCode)
	_, err = ParseTarget(map[string]string{"from": "5s", "until": "2s"})
	assert.Error(t, err)
	_, err = ParseTarget(map[string]string{"from": "later"})
	assert.Error(t, err)
}

func TestWiFiDropResetsADownload(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(50000)})
	require.NoError(t, err)
	n.AddAccessPoint(AccessPoint{SSID: "lab", Password: "pw", AssocDelay: time.Second})
	addFault(t, n, "wifi_drop", map[string]string{"start": "5s", "every": "60s", "for": "2s"})
	addFault(t, n, "bandwidth", map[string]string{"rate": "10K", "dir": "down"})
	n.WiFiConnect("lab", "pw")
	_, err = n.WaitFor(-1, n.WiFiConnected)
	require.NoError(t, err)
	_, err = get(n, "http://example.com/fw.bin", getOpts{timeout: 10 * time.Second})
	assert.ErrorIs(t, err, ErrConnReset, "the link drops 4s into a 5s download")
	assert.Equal(t, 5*time.Second, clock.Now())
	_, err = n.WaitFor(-1, n.WiFiConnected)
	require.NoError(t, err)
	assert.Equal(t, 8*time.Second, clock.Now(), "2s outage, then 1s to re-associate")
	r := mustGet(t, n, "http://example.com/fw.bin", getOpts{timeout: 10 * time.Second})
	assert.Len(t, r.body, 50000)
}

func TestReadsAtOneInstantAreOneTraceEvent(t *testing.T) {
	_, n := world(t, 3)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(3000)})
	require.NoError(t, err)
	c, err := n.Dial("example.com", 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET /f HTTP/1.0\r\nHost: example.com\r\n\r\n"))
	require.NoError(t, err)
	total := 0
	b := make([]byte, 1)
	for {
		k, err := c.Read(b) // a byte at a time, as DeflateIO reads a socket
		total += k
		if err != nil {
			break
		}
	}
	require.NoError(t, c.Close())
	recvs, bytes := 0, 0
	for _, e := range n.Trace() {
		if e.Kind == "recv" && e.Dir == "down" {
			recvs++
			bytes += e.Bytes
		}
	}
	assert.Equal(t, total, bytes, "no byte is lost from the trace")
	assert.Greater(t, total, 3000)
	assert.Less(t, recvs, 10, "reads at one virtual instant are merged")
}

func TestMITMRelaysAtTheServerWorldsTime(t *testing.T) {
	// a board whose RTC is unset (2000-01-01) that does not verify: the impostor still
	// relays the genuine answer, since the attacker verifies the real server with a real clock
	clock := NewClock(RTCUnset)
	n := New(clock, Config{Seed: 5, SettleTimeout: 10 * time.Second})
	t.Cleanup(func() { _ = n.Close() })
	h := bodyHandler(300)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: h, HTTPS: h})
	require.NoError(t, err)
	f, err := NewFault("mitm", map[string]string{"cert": "self-signed"})
	require.NoError(t, err)
	n.AddFault(f, Target{Host: "example.com"})
	r, err := get(n, "https://example.com/f", getOpts{})
	require.NoError(t, err)
	assert.Equal(t, 200, r.resp.StatusCode)
	assert.Len(t, r.body, 300)
}
