package emulator

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// faultScript is device code as an updater writes it: Wi-Fi, then urequests, then a check of
// what arrived. It prints one line: "ok STATUS LENGTH INTACT MS" or "error TYPE DETAIL MS".
const faultScript = `import network, time, urequests
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("lab", "secret")
while not wlan.isconnected():
    time.sleep_ms(100)
t0 = time.ticks_ms()
try:
    r = urequests.get(URL, timeout=30)
    body = r.content
    print("ok", r.status_code, len(body), body == b"0123456789" * 500, time.ticks_diff(time.ticks_ms(), t0) // 100 * 100)
except Exception as e:
    print("error", type(e).__name__, e, time.ticks_diff(time.ticks_ms(), t0) // 100 * 100)
`

// runFault boots a device fetching a 5000-byte file with one fault in place.
func runFault(t *testing.T, url, fault string, params map[string]string, target map[string]string, also ...string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fw.bin"), bytes.Repeat([]byte("0123456789"), 500), 0o644))
	d, out := device(t, "ESP32_GENERIC", strings.Replace(faultScript, "URL", `"`+url+`"`, 1))
	d.Clock = netsim.NewClock(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	serveOTA(t, d, 3, time.Second, dir, netsim.StaticOptions{})
	if fault != "" {
		f, err := netsim.NewFault(fault, params)
		require.NoError(t, err)
		if target == nil {
			target = map[string]string{"host": "ota.example"}
		}
		tg, err := netsim.ParseTarget(target)
		require.NoError(t, err)
		d.Net.AddFault(f, tg)
	}
	if len(also) == 2 { // a second fault, "name", "key=value"
		k, v, _ := strings.Cut(also[1], "=")
		f, err := netsim.NewFault(also[0], map[string]string{k: v})
		require.NoError(t, err)
		tg, err := netsim.ParseTarget(map[string]string{"host": "ota.example"})
		require.NoError(t, err)
		d.Net.AddFault(f, tg)
	}
	d.MaxSteps = 20_000_000
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, "%s: %s %s", fault, o.Message, out.String())
	return strings.TrimSpace(out.String())
}

// TestEveryFaultThroughTheDeviceSocket shows each netsim fault's effect on an HTTP download
// made by device code through the device's socket API (network, socket, urequests), as a
// MicroPython developer would see it on the console.
func TestEveryFaultThroughTheDeviceSocket(t *testing.T) {
	const url = "http://ota.example/fw.bin"
	cases := []struct {
		fault  string
		params map[string]string
		target map[string]string
		url    string
		want   string
		also   []string
	}{
		{"", nil, nil, url, "ok 200 5000 True 0", nil},
		{"latency", map[string]string{"value": "100ms"}, nil, url, "ok 200 5000 True 400", nil},
		{"jitter", map[string]string{"delay": "10ms", "jitter": "50ms"}, nil, url, "ok 200 5000 True 100", nil},
		{"bandwidth", map[string]string{"rate": "1K", "dir": "down"}, nil, url, "ok 200 5000 True 5000", nil},
		{"slicer", map[string]string{"size": "10", "delay": "1ms"}, nil, url, "ok 200 5000 True 500", nil},
		{"slow_drip", map[string]string{"size": "100", "interval": "10ms"}, nil, url, "ok 200 5000 True 500", nil},
		{"reset", map[string]string{"at": "700"}, nil, url, "error OSError [Errno 104] ECONNRESET 0", nil},
		{"truncate", map[string]string{"at": "1000"}, nil, url, "ok 200 860 False 0", nil},       // silently short
		{"limit_data", map[string]string{"bytes": "2000"}, nil, url, "ok 200 1860 False 0", nil}, // silently short
		{"corrupt", map[string]string{"at": "3000"}, nil, url, "ok 200 5000 False 0", nil},       // same length, bad data
		{"stall", map[string]string{"after": "1000"}, nil, url, "error OSError [Errno 116] ETIMEDOUT 30000", nil},
		{"endless_body", map[string]string{}, nil, url, "error MemoryError memory allocation failed, allocating 114688 bytes 0", nil},
		{"dns_fail", map[string]string{}, nil, url, "error OSError -202 0", nil},
		{"refuse", map[string]string{}, nil, url, "error OSError [Errno 111] ECONNREFUSED 0", nil},
		{"wifi_down", map[string]string{"at": "3s", "for": "60s"}, nil, url, "error OSError [Errno 104] ECONNRESET 2000", []string{"slow_drip", "interval=100ms"}},
		{"wifi_drop", map[string]string{"start": "3s", "every": "60s", "for": "5s"}, nil, url, "error OSError [Errno 104] ECONNRESET 2000", []string{"slow_drip", "interval=100ms"}},
		{"http_status", map[string]string{"code": "503"}, nil, url, "ok 503 24 False 0", nil},
		{"chunked", map[string]string{}, nil, url, "error ValueError Unsupported Transfer-Encoding: chunked", nil},
		// urequests follows redirects by recursing, each level holding its socket and
		// response: the 110 KB heap runs out after about 200 levels
		{"redirect_loop", map[string]string{}, nil, url, "error MemoryError memory allocation failed, allocating 38 bytes 0", nil},
		{"https_to_http", map[string]string{}, nil, "https://ota.example/fw.bin", "ok 200 5000 True 0", nil},
		{"wrong_length", map[string]string{"delta": "-100"}, nil, url, "ok 200 5000 True 0", nil}, // Content-Length ignored
		{"mitm", map[string]string{"cert": "self-signed"}, nil, "https://ota.example/fw.bin", "ok 200 5000 True 0", nil},
		{"substitute", map[string]string{"body": "evil"}, nil, "https://ota.example/fw.bin", "ok 200 4 False 0", nil},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		name := c.fault
		if name == "" {
			name = "no fault"
		}
		seen[c.fault] = true
		t.Run(name, func(t *testing.T) {
			got := runFault(t, c.url, c.fault, c.params, c.target, c.also...)
			// chunked prints the header line's CRLF too: compare the first line
			assert.Equal(t, c.want, strings.TrimRight(strings.SplitN(got, "\n", 2)[0], "\r"), name)
		})
	}
	for _, f := range netsim.Faults() {
		assert.True(t, seen[f], "fault %s has no device-side case", f)
	}
}

// TestNetworkEventsInTheTrace: the run trace carries every connection's events and byte
// counts, in time order with the boots, and is byte-identical for the same seed.
func TestNetworkEventsInTheTrace(t *testing.T) {
	trace := func() string {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "fw.bin"), bytes.Repeat([]byte("0123456789"), 500), 0o644))
		d, _ := device(t, "ESP32_GENERIC", strings.Replace(faultScript, "URL", `"http://ota.example/fw.bin"`, 1))
		serveOTA(t, d, 3, 0, dir, netsim.StaticOptions{})
		var tr bytes.Buffer
		d.Trace = &tr
		_, err := d.Boot()
		require.NoError(t, err)
		return tr.String()
	}
	first := trace()
	assert.Contains(t, first, `"kind":"connect","host":"ota.example","port":80`)
	assert.Contains(t, first, `"dir":"down","bytes":`)
	lines := strings.Split(strings.TrimSpace(first), "\n")
	assert.Contains(t, lines[len(lines)-1], `"kind":"end"`)
	for i := 0; i < 20; i++ {
		assert.Equal(t, first, trace())
	}
}

// TestSelectPollWaitsOnVirtualTime: a non-blocking socket polled with a timeout, as async
// updaters do: the poll returns when the (latency-delayed) response arrives, in virtual time.
func TestSelectPollWaitsOnVirtualTime(t *testing.T) {
	src := `import network, socket, select, time
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("lab", "secret")
while not wlan.isconnected():
    time.sleep_ms(100)
s = socket.socket()
s.connect(socket.getaddrinfo("ota.example", 80)[0][-1])
s.setblocking(False)
p = select.poll()
p.register(s, select.POLLIN)
t0 = time.ticks_ms()
print("before request", p.poll(0))
s.write(b"GET /fw.bin HTTP/1.0\r\n\r\n")
ev = p.poll(5000)
print("ready", ev[0][1] == select.POLLIN, time.ticks_diff(time.ticks_ms(), t0) // 100 * 100)
print(s.recv(15))
`
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fw.bin"), []byte("firmware"), 0o644))
	d, out := device(t, "ESP32_GENERIC", src)
	serveOTA(t, d, 3, 0, dir, netsim.StaticOptions{})
	f, err := netsim.NewFault("latency", map[string]string{"value": "300ms"})
	require.NoError(t, err)
	tg, err := netsim.ParseTarget(map[string]string{"host": "ota.example"})
	require.NoError(t, err)
	d.Net.AddFault(f, tg)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "before request []\nready True 600\nb'HTTP/1.0 200 OK'\n", out.String())
}

// TestNewerRequestsIsSelectable: with Device.Requests = "1.1" the same updater code decodes a
// chunked body and detects a download cut short, where the bundled version fails or is fooled.
func TestNewerRequestsIsSelectable(t *testing.T) {
	run := func(version, fault string, params map[string]string) string {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "fw.bin"), bytes.Repeat([]byte("0123456789"), 500), 0o644))
		d, out := device(t, "ESP32_GENERIC", strings.Replace(faultScript, "URL", `"http://ota.example/fw.bin"`, 1))
		d.Requests = version
		serveOTA(t, d, 3, 0, dir, netsim.StaticOptions{})
		f, err := netsim.NewFault(fault, params)
		require.NoError(t, err)
		tg, err := netsim.ParseTarget(map[string]string{"host": "ota.example"})
		require.NoError(t, err)
		d.Net.AddFault(f, tg)
		_, err = d.Boot()
		require.NoError(t, err)
		return strings.TrimRight(strings.SplitN(out.String(), "\n", 2)[0], "\r")
	}
	assert.Equal(t, "error ValueError Unsupported Transfer-Encoding: chunked", run("", "chunked", map[string]string{}))
	assert.Equal(t, "ok 200 5000 True 0", run("1.1", "chunked", map[string]string{}))
	assert.Equal(t, "ok 200 860 False 0", run("", "truncate", map[string]string{"at": "1000"}))
	assert.Equal(t, "error ValueError Connection closed before body complete 0", run("1.1", "truncate", map[string]string{"at": "1000"}))
}
