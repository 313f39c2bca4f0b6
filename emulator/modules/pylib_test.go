package modules

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the frozen Python modules (python/*.py) through device programs.

// netClockDevice is a device with a network and an RTC on the network's clock.
type netClockDevice struct {
	net   *netsim.Network
	clock *netsim.Clock
	e1970 bool
}

func (d *netClockDevice) Network() *netsim.Network             { return d.net }
func (d *netClockDevice) SinceBoot() time.Duration             { return d.clock.Now() }
func (d *netClockDevice) Sleep(_ *mpy.Interp, t time.Duration) { d.clock.Advance(t) }
func (d *netClockDevice) RTC() time.Time                       { return d.clock.Time() }
func (d *netClockDevice) Epoch1970() bool                      { return d.e1970 }
func (d *netClockDevice) SetRTC(t time.Time)                   { d.clock.SetTime(t) }

// newNetDevice is a device whose RTC is unset (2000-01-01) in a world whose servers live on
// 2026-05-04 12:30:00 UTC, with an NTP server on pool.ntp.org.
func newNetDevice(t *testing.T, e1970 bool) *netClockDevice {
	t.Helper()
	clock := netsim.NewClock(netsim.RTCUnset)
	n := netsim.New(clock, netsim.Config{Seed: 1, ServerEpoch: time.Date(2026, 5, 4, 12, 30, 0, 0, time.UTC)})
	t.Cleanup(func() { _ = n.Close() })
	_, err := n.AddNTPServer("")
	require.NoError(t, err)
	return &netClockDevice{net: n, clock: clock, e1970: e1970}
}

func runOn(t *testing.T, dev any, platform, src string) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, Device: dev, Platform: platform, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

func TestHMACMatchesGo(t *testing.T) {
	key := []byte("k3y")
	long := []byte(strings.Repeat("L", 90))
	msg := []byte("manifest body")
	for _, c := range []struct {
		mod  string
		hash func() hash.Hash
	}{{"hashlib.sha256", sha256.New}, {"hashlib.sha1", sha1.New}, {"hashlib.md5", md5.New}, {"None", md5.New}, {"'sha1'", sha1.New}} {
		src := "import hmac, hashlib\nprint(hmac.new(b'k3y', b'manifest', " + c.mod + ").hexdigest())\n" +
			"h = hmac.new(b'" + string(long) + "', digestmod=" + c.mod + ")\nh.update(b'manifest ')\nh.update(b'body')\nprint(h.hexdigest())\n"
		m1 := hmac.New(c.hash, key)
		m1.Write([]byte("manifest"))
		m2 := hmac.New(c.hash, long)
		m2.Write(msg)
		want := hex.EncodeToString(m1.Sum(nil)) + "\n" + hex.EncodeToString(m2.Sum(nil)) + "\n"
		assert.Equal(t, want, runDevice(t, src), c.mod)
	}
	assert.Equal(t, "TypeError: key: expected bytes/bytearray\n",
		runDevice(t, "import hmac\ntry:\n    hmac.new('k')\nexcept TypeError as e:\n    print('TypeError:', e)\n"))
	assert.Equal(t, "hash is final\n",
		runDevice(t, "import hmac, hashlib\nh = hmac.new(b'k', b'm', hashlib.sha256)\nh.digest()\ntry:\n    h.digest()\nexcept ValueError as e:\n    print(e)\n"))
}

func TestLoggingToConsole(t *testing.T) {
	out := runDevice(t, `import logging
logging.info("hidden")
logging.warning("low space: %d%%", 3)
log = logging.getLogger("ota")
log.setLevel(logging.DEBUG)
log.debug("fetch %s", "/v2")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("%(name)s/%(levelname)s %(message)s"))
log.addHandler(h)
log.error("boom")
`)
	// the root handler keeps its WARNING level: the logger's DEBUG record stops there
	assert.Equal(t, "WARNING:root:low space: 3%\nota/ERROR boom\n", out)
}

func TestFutureNames(t *testing.T) {
	out := runDevice(t, "import __future__ as f\nprint(f.annotations, f.print_function, f.division, f.generators, f.nested_scopes, f.absolute_import, f.with_statement, f.unicode_literals)\n")
	assert.Equal(t, "True True True True True True True True\n", out)
}

func TestNTPTimeFromNetsim(t *testing.T) {
	for _, e1970 := range []bool{false, true} {
		dev := newNetDevice(t, e1970)
		dev.clock.Advance(7 * time.Second)
		out := runOn(t, dev, "esp32", "import ntptime, time\nt = ntptime.time()\nprint(t, time.gmtime(t)[:6])\n")
		server := time.Date(2026, 5, 4, 12, 30, 7, 0, time.UTC)
		epoch := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		if e1970 {
			epoch = time.Unix(0, 0).UTC()
		}
		want := strconv.FormatInt(int64(server.Sub(epoch)/time.Second), 10) + " (2026, 5, 4, 12, 30, 7)\n"
		assert.Equal(t, want, out, "epoch 1970: %v", e1970)
	}
}

func TestNTPTimeoutAndNoHost(t *testing.T) {
	dev := newNetDevice(t, false)
	out := runOn(t, dev, "esp32", `import ntptime, time
ntptime.host = "quiet.example"
try:
    ntptime.time()
except OSError as e:
    print("OSError", e.args[0])
`)
	assert.Equal(t, "OSError -202\n", out, "an unknown name fails in getaddrinfo as on ESP32")

	_, err := dev.net.AddName("quiet.example")
	require.NoError(t, err)
	before := dev.clock.Now()
	out = runOn(t, dev, "esp32", `import ntptime, errno
ntptime.host = "quiet.example"
ntptime.timeout = 3
try:
    ntptime.time()
except OSError as e:
    print("OSError", e.args[0] == errno.ETIMEDOUT)
`)
	assert.Equal(t, "OSError True\n", out)
	assert.Equal(t, 3*time.Second, dev.clock.Now()-before, "the timeout passes on the virtual clock")
}

func TestSocketDatagram(t *testing.T) {
	dev := newNetDevice(t, false)
	out := runOn(t, dev, "esp32", `import socket, errno
ip = socket.getaddrinfo("pool.ntp.org", 123)[0][-1][0]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
q = bytearray(48)
q[0] = 0x23
print(s.sendto(q, (ip, 123)))
data, addr = s.recvfrom(100)
print(len(data), data[0] & 7, addr[0] == ip, addr[1])
s.sendto(q, ("pool.ntp.org", 123))
print(len(s.recv(10)))
s.sendto(b"short", (ip, 123))
try:
    s.recv(48)
except OSError as e:
    print("OSError", errno.errorcode[e.args[0]])
s.close()
try:
    s.recv(48)
except OSError as e:
    print("closed", errno.errorcode[e.args[0]])
t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    t.sendto(b"x", (ip, 123))
except OSError as e:
    print("stream", errno.errorcode[e.args[0]])
`)
	assert.Equal(t, "48\n48 4 True 123\n10\nOSError ETIMEDOUT\nclosed EBADF\nstream ENOTCONN\n", out)

	// without Wi-Fi the board cannot resolve nor send
	dev.net.AddAccessPoint(netsim.AccessPoint{SSID: "lab", Password: "pw"})
	out = runOn(t, dev, "esp32", `import socket, errno
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    s.sendto(b"x" * 48, ("10.0.0.10", 123))
except OSError as e:
    print("OSError", errno.errorcode[e.args[0]])
`)
	assert.Equal(t, "OSError EHOSTUNREACH\n", out)
}
