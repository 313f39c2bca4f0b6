package emulator

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/ota-emu/ota-emu/emulator/modules"
)

func device(t *testing.T, board, src string) (*Device, *bytes.Buffer) {
	t.Helper()
	b, err := LookupBoard(board)
	require.NoError(t, err)
	fw, err := LookupFirmware("1.27")
	require.NoError(t, err)
	flash, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize})
	require.NoError(t, err)
	require.NoError(t, afero.WriteFile(flash, "/main.py", []byte(src), 0o644))
	var out bytes.Buffer
	return &Device{Board: b, Firmware: fw, Flash: flash, Console: &out, Clock: netsim.NewClock(netsim.RTCUnset)}, &out
}

func TestSleepCostsVirtualTimeOnly(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "import time\nt0 = time.ticks_ms()\ntime.sleep(30)\ntime.sleep_ms(250)\nprint(time.ticks_diff(time.ticks_ms(), t0) // 10 * 10)\n")
	start := time.Now()
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result)
	assert.Equal(t, "30250\n", out.String())
	assert.Less(t, time.Since(start), 5*time.Second, "a 30 s sleep must not wait on the wall clock")
	assert.GreaterOrEqual(t, d.Clock.Now(), 30250*time.Millisecond)
}

func TestBusyWaitEnds(t *testing.T) {
	d, out := device(t, "RPI_PICO_W", "import time\nt0 = time.ticks_ms()\nwhile time.ticks_diff(time.ticks_ms(), t0) < 2000:\n    pass\nprint('waited')\n")
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result, o.Message)
	assert.Equal(t, "waited\n", out.String())
}

func TestUnsetRTCAndEpochs(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "import time\nprint(time.time(), time.localtime()[:3], time.mktime((2000, 1, 2, 0, 0, 0, 0, 0)))\n")
	_, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "0 (2000, 1, 1) 86400\n", out.String(), "ESP32 counts from 2000; an unset RTC reads 2000-01-01")
	d, out = device(t, "RPI_PICO_W", "import time\nprint(time.time(), time.gmtime(0)[:3])\n")
	_, err = d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "946684800 (1970, 1, 1)\n", out.String(), "RP2 counts from 1970")
}

func TestTicksWrapAsOnTheBoard(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "import time\nprint(time.ticks_add(2**30 - 1, 1), time.ticks_diff(5, 2**30 - 5))\ntry:\n    time.ticks_add(0, 2**29)\nexcept OverflowError as e:\n    print(e)\n")
	_, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "0 10\nticks interval overflow\n", out.String())
}

func TestExceptionInMainEndsTheRun(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "print('hi')\nraise OSError(116)\n")
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "exception", o.Result)
	assert.Contains(t, out.String(), "OSError: [Errno 116] ETIMEDOUT", "ESP32's errno names")
	assert.Equal(t, []string{"PWRON_RESET"}, o.ResetCauses)
}

func TestFailingBootPyStillRunsMain(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "print('main')\n")
	require.NoError(t, afero.WriteFile(d.Flash, "/boot.py", []byte("raise ValueError('boot')\n"), 0o644))
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result)
	assert.Contains(t, out.String(), "ValueError: boot\nmain\n")
}

func TestOSOnTheFlash(t *testing.T) {
	src := `import os
os.mkdir("lib")
with open("lib/a.py", "w") as f:
    f.write("x = 1\n")
print(sorted(os.listdir()), os.listdir("lib"), os.getcwd())
print(os.stat("lib/a.py")[0], os.stat("lib/a.py")[6], os.stat("lib")[0])
print([e[:2] for e in os.ilistdir("")])
os.chdir("lib")
print(os.getcwd(), os.listdir(""))
os.rename("a.py", "b.py")
print(os.listdir())
try:
    os.rmdir("/lib")
except OSError as e:
    print("rmdir", e.errno)
os.remove("b.py")
os.chdir("/")
os.rmdir("lib")
st = os.statvfs("/")
print(st[0], st[2], st[2] - st[3], len(os.urandom(8)) == 8)
try:
    os.stat("nope")
except OSError as e:
    print(e)
`
	d, out := device(t, "RPI_PICO_W", src)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "['lib', 'main.py'] ['a.py'] /\n32768 6 16384\n[('lib', 16384), ('main.py', 32768)]\n/lib ['a.py']\n['b.py']\nrmdir 39\n4096 212 3 True\n[Errno 2] ENOENT\n", out.String(), "a fresh littlefs uses 2 blocks, main.py one more")
}

// TestSameSeedSameRun boots the same device twice: console and trace are identical byte for
// byte, random bytes included; another seed draws other bytes.
func TestSameSeedSameRun(t *testing.T) {
	src := "import os, time, machine\nprint(os.urandom(4), machine.unique_id(), time.ticks_ms())\nd = {}\nfor i in range(20):\n    d['k%d' % i] = i\nprint(list(d)[:5])\nif machine.reset_cause() == machine.PWRON_RESET:\n    time.sleep_ms(5)\n    machine.reset()\n"
	runOnce := func(seed int64) (string, string) {
		d, out := device(t, "ESP32_GENERIC", src)
		d.Seed = seed
		var trace bytes.Buffer
		d.Trace = &trace
		_, err := d.Boot()
		require.NoError(t, err)
		return out.String(), trace.String()
	}
	out1, tr1 := runOnce(7)
	out2, tr2 := runOnce(7)
	assert.Equal(t, out1, out2)
	assert.Equal(t, tr1, tr2)
	out3, _ := runOnce(8)
	assert.NotEqual(t, out1, out3)
}

// TestHTTPOverTheDeviceSocket fetches a file from a netsim release server with the raw socket
// code updaters use: Wi-Fi connect, getaddrinfo, connect, write a request line, read to EOF.
func TestHTTPOverTheDeviceSocket(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "latest"), []byte("1.2.3;app.tar.gz"), 0o644))
	src := `import network, socket, time
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("lab", "secret")
while not wlan.isconnected():
    time.sleep_ms(100)
print("ip", wlan.ifconfig()[0], wlan.status() == network.STAT_GOT_IP)
addr = socket.getaddrinfo("ota.example", 80)[0][-1]
s = socket.socket()
s.settimeout(5)
s.connect(addr)
s.write(b"GET /latest HTTP/1.0\r\nHost: ota.example\r\n\r\n")
data = b""
while True:
    chunk = s.recv(64)
    if not chunk:
        break
    data += chunk
s.close()
print(data.split(b"\r\n")[0], data.split(b"\r\n\r\n", 1)[1])
try:
    socket.getaddrinfo("nowhere.example", 80)
except OSError as e:
    print("dns", e.errno)
`
	d, out := device(t, "ESP32_GENERIC", src)
	serveOTA(t, d, 1, 0, dir, netsim.StaticOptions{})
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "ip 192.168.4.2 True\nb'HTTP/1.0 200 OK' b'1.2.3;app.tar.gz'\ndns -202\n", out.String())
}

// TestTLSVerificationAsOnABoard: a device carrying the netsim CA as cadata talks to the genuine
// host; every forged certificate is refused by a verifying client with mbedTLS's text as
// ValueError, and accepted by the non-verifying default.
func TestTLSVerificationAsOnABoard(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "latest"), []byte("1.2.3"), 0o644))
	src := `import network, socket, ssl, tls, time
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("lab", "secret")
while not wlan.isconnected():
    time.sleep_ms(100)
ca = open("ca.der", "rb").read()
def get(verify):
    s = socket.socket()
    s.connect(socket.getaddrinfo("ota.example", 443)[0][-1])
    if verify:
        ctx = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cadata=ca)
        s = ctx.wrap_socket(s, server_hostname="ota.example")
    else:
        s = ssl.wrap_socket(s, server_hostname="ota.example")
    s.write(b"GET /latest HTTP/1.0\r\nHost: ota.example\r\n\r\n")
    body = s.read().split(b"\r\n\r\n", 1)[1]
    der = s.getpeercert(True)
    s.close()
    return body, der[0] == 0x30 and der != ca
try:
    print("verified", get(True))
except ValueError as e:
    print("refused", repr(str(e)))
print("unverified", get(False)[0])
try:
    tls.SSLContext(tls.PROTOCOL_TLS_CLIENT).wrap_socket(socket.socket(), server_hostname="x")
except OSError as e:
    print("not connected", e.errno)
`
	run := func(forgery string) string {
		d, out := device(t, "ESP32_GENERIC", src)
		require.NoError(t, afero.WriteFile(d.Flash, "/ca.der", netsim.CACertificateDER(), 0o644))
		d.Clock = netsim.NewClock(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
		serveOTA(t, d, 1, 0, dir, netsim.StaticOptions{})
		if forgery != "" {
			f, err := netsim.NewFault("mitm", map[string]string{"value": forgery})
			require.NoError(t, err)
			tg, err := netsim.ParseTarget(map[string]string{"host": "ota.example"})
			require.NoError(t, err)
			d.Net.AddFault(f, tg)
		}
		o, err := d.Boot()
		require.NoError(t, err)
		require.Equal(t, "finished", o.Result, out.String())
		return out.String()
	}
	assert.Equal(t, "verified (b'1.2.3', True)\nunverified b'1.2.3'\nnot connected 128\n", run(""))
	for _, f := range netsim.Forgeries() {
		out := run(string(f))
		assert.Contains(t, out, "refused '\\n", "forgery %s must be refused with mbedTLS's text", f)
		assert.Contains(t, out, "unverified b'1.2.3'", "forgery %s is accepted without verification", f)
	}
}

// TestRequestsAsBundledWithTheFirmware: the frozen requests module over netsim.
func TestRequestsAsBundledWithTheFirmware(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(`{"version": "1.2.3", "files": ["a.py"]}`), 0o644))
	src := `import network, time, urequests as requests
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("lab", "secret")
while not wlan.isconnected():
    time.sleep_ms(100)
r = requests.get("http://ota.example/manifest.json")
print(r.status_code, r.reason, r.headers["Content-Length"], r.json()["version"])
r = requests.get("https://ota.example/old.json")
print(r.status_code, r.text)
try:
    requests.get("http://ota.example/manifest.json", headers={"X-Chunk": "1"})
except ValueError as e:
    print("ValueError:", e)
`
	d, out := device(t, "ESP32_GENERIC", src)
	d.Clock = netsim.NewClock(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	serveOTA(t, d, 1, 0, dir, netsim.StaticOptions{Redirects: []netsim.Redirect{{From: "/old.json", To: "https://ota.example/manifest.json", Code: 301}}})
	f, err := netsim.NewFault("chunked", map[string]string{})
	require.NoError(t, err)
	tg, err := netsim.ParseTarget(map[string]string{"conn": "4"})
	require.NoError(t, err)
	d.Net.AddFault(f, tg)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "200 b'OK' 39 1.2.3\n200 {\"version\": \"1.2.3\", \"files\": [\"a.py\"]}\nValueError: Unsupported Transfer-Encoding: chunked\r\n\n", out.String())
}

// serveOTA gives d a network: the "lab" access point (password "secret", association delay
// assoc, 0 for netsim's default) and a release server for ota.example over HTTP and HTTPS
// serving dir. The network is closed when the test ends.
func serveOTA(t *testing.T, d *Device, seed uint64, assoc time.Duration, dir string, opts netsim.StaticOptions) {
	t.Helper()
	d.Net = netsim.New(d.Clock, netsim.Config{Seed: seed})
	t.Cleanup(func() { d.Net.Close() })
	d.Net.AddAccessPoint(netsim.AccessPoint{SSID: "lab", Password: "secret", AssocDelay: assoc})
	h, err := netsim.StaticServer(dir, opts)
	require.NoError(t, err)
	_, err = d.Net.AddHost("ota.example", netsim.HostHandlers{HTTP: h, HTTPS: h})
	require.NoError(t, err)
}
