package emulator

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/netsim"
)

// lazyScript connects over TLS with the handshake left to the socket calls
// (do_handshake=False), makes the socket non-blocking and drives everything with poll and a
// 20-second deadline of its own, as an updater guarding against slow retrieval does.
const lazyScript = `import network, time, socket, ssl, select
w = network.WLAN(network.STA_IF)
w.active(True)
w.connect("lab", "secret")
while not w.isconnected():
    time.sleep_ms(100)
import machine
machine.RTC().datetime((2026, 3, 1, 0, 12, 0, 0, 0))
CA = open("ca.pem", "rb").read()
s = socket.socket()
s.connect(socket.getaddrinfo("ota.example", 443)[0][-1])
s = ssl.wrap_socket(s, server_hostname="ota.example", cert_reqs=ssl.CERT_REQUIRED, cadata=CA, do_handshake=False)
s.setblocking(False)
p = select.poll()
p.register(s, select.POLLIN)
t0 = time.ticks_ms()
req = b"GET /fw.bin HTTP/1.0\r\nHost: ota.example\r\n\r\n"
body = b""
eagain = 0
try:
    while req:
        try:
            n = s.write(req)
            req = req[n:]
        except OSError as e:
            if e.args[0] != 11:
                raise
            eagain += 1
            p.poll(100)
        if time.ticks_diff(time.ticks_ms(), t0) > 20000:
            raise OSError("deadline")
    while True:
        if time.ticks_diff(time.ticks_ms(), t0) > 20000:
            raise OSError("deadline")
        try:
            d = s.read(512)
        except OSError as e:
            if e.args[0] != 11:
                raise
            p.poll(100)
            continue
        if d is None:
            p.poll(100)
            continue
        if not d:
            break
        body += d
    print("ok", len(body), eagain > 0)
except Exception as e:
    print("error", type(e).__name__, e)
s.close()
`

// lazyDevice is a device running src beside ota.example (with fw.bin) and the netsim CA in
// /ca.pem, with one fault on ota.example if named.
func lazyDevice(t *testing.T, src, fault string, params map[string]string) (*Device, *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fw.bin"), []byte(strings.Repeat("0123456789", 500)), 0o644))
	d, out := device(t, "ESP32_GENERIC", src)
	serveOTA(t, d, 4, time.Second, dir, netsim.StaticOptions{})
	f, err := d.Flash.OpenMode("/ca.pem", "w")
	require.NoError(t, err)
	_, err = f.Write(netsim.CACertificatePEM())
	require.NoError(t, err)
	require.NoError(t, f.Close())
	if fault != "" {
		nf, err := netsim.NewFault(fault, params)
		require.NoError(t, err)
		d.Net.AddFault(nf, netsim.Target{Host: "ota.example"})
	}
	d.MaxSteps = 50_000_000
	return d, out
}

func runLazy(t *testing.T, fault string, params map[string]string) string {
	t.Helper()
	d, out := lazyDevice(t, lazyScript, fault, params)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, "%s %s", o.Message, out.String())
	return strings.TrimSpace(out.String())
}

func TestLazyHandshakeIsDrivenByNonBlockingCalls(t *testing.T) {
	// with 50 ms of latency the first writes meet EAGAIN while the handshake waits for the
	// server; the response (HTTP/1.0 headers + 5000 bytes) then arrives
	out := runLazy(t, "latency", map[string]string{"value": "50ms"})
	assert.Regexp(t, `^ok 5\d\d\d True$`, out)
	// without latency every answer is there at once: no EAGAIN at all
	assert.Regexp(t, `^ok 5\d\d\d False$`, runLazy(t, "", nil))
}

func TestLazyHandshakeRefusesAForgery(t *testing.T) {
	out := runLazy(t, "mitm", map[string]string{"cert": "self-signed"})
	assert.Contains(t, out, "error ValueError")
}

func TestLazyHandshakeLetsTheDeviceKeepItsDeadline(t *testing.T) {
	// one byte every 10 s, handshake included: a blocking handshake would take hours; the
	// non-blocking one gives control back between arrivals and the deadline holds
	out := runLazy(t, "slow_drip", map[string]string{"interval": "10s", "size": "1"})
	assert.Equal(t, "error OSError deadline", out)
}

func TestLazyHandshakeHelperEndsWithTheBoot(t *testing.T) {
	// a boot that ends (here: the program finishes) in the middle of a handshake releases the
	// helper goroutine
	src := lazyScript[:strings.Index(lazyScript, "p = select.poll()")] + "try:\n    s.write(b'x')\nexcept OSError as e:\n    print(e.args[0])\n"
	d, out := lazyDevice(t, src, "latency", map[string]string{"value": "50ms"})
	before := runtime.NumGoroutine()
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "11\n", out.String(), "EAGAIN: the handshake waits for the server")
	assert.LessOrEqual(t, runtime.NumGoroutine(), before+2, "the helper is released when the boot ends")
}
