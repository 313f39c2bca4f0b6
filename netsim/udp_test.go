package netsim

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ntpRequest() []byte {
	req := make([]byte, 48)
	req[0] = 0x1b // version 3, client
	binary.BigEndian.PutUint64(req[40:], 0x0102030405060708)
	return req
}

func TestNTPExchangeAnswersServerTime(t *testing.T) {
	clock, n := world(t, 1)
	h, err := n.AddNTPServer("")
	require.NoError(t, err)
	assert.Equal(t, DefaultNTPHost, h.Name)
	clock.Advance(90*time.Second + 500*time.Millisecond)

	ip, err := n.Resolve("pool.ntp.org")
	require.NoError(t, err)
	reply, err := n.Exchange(ip, 123, ntpRequest(), time.Second)
	require.NoError(t, err)
	require.Len(t, reply, 48)
	assert.Equal(t, byte(3<<3|4), reply[0], "version echoed, server mode")
	assert.Equal(t, byte(1), reply[1])
	assert.Equal(t, uint64(0x0102030405060708), binary.BigEndian.Uint64(reply[24:32]), "originate = client transmit")
	secs := binary.BigEndian.Uint32(reply[40:44])
	frac := binary.BigEndian.Uint32(reply[44:48])
	want := time.Date(2026, 1, 1, 0, 1, 30, 0, time.UTC)
	assert.Equal(t, uint32(want.Unix()+2208988800), secs)
	assert.InDelta(t, 1<<31, float64(frac), 2, "half a second")
	assert.Equal(t, 90*time.Second+500*time.Millisecond, clock.Now(), "an answered exchange takes no time")

	var kinds []string
	for _, ev := range n.Trace() {
		kinds = append(kinds, ev.Kind+"/"+ev.Dir)
	}
	assert.Equal(t, []string{"dns/", "udp/up", "udp/down"}, kinds)
}

func TestUDPUnansweredTimesOut(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddNTPServer("time.example.org")
	require.NoError(t, err)
	_, err = n.AddName("quiet.example.org")
	require.NoError(t, err)

	cases := []struct {
		host string
		port int
		req  []byte
	}{
		{"quiet.example.org", 123, ntpRequest()},                             // no responder
		{"time.example.org", 124, ntpRequest()},                              // wrong port
		{"10.9.9.9", 123, ntpRequest()},                                      // nobody has the address
		{"time.example.org", 123, []byte{0x1b}},                              // too short to be a request
		{"time.example.org", 123, append([]byte{0x1c}, make([]byte, 47)...)}, // server mode
	}
	for i, c := range cases {
		before := clock.Now()
		_, err := n.Exchange(c.host, c.port, c.req, 2*time.Second)
		require.ErrorIs(t, err, ErrTimeout, "case %d", i)
		assert.Equal(t, 2*time.Second, clock.Now()-before, "the timeout is waited on the virtual clock (case %d)", i)
	}

	u := n.ListenUDP()
	require.NoError(t, u.WriteTo(ntpRequest(), "quiet.example.org", 123))
	u.SetTimeout(0)
	_, _, _, err = u.ReadFrom()
	assert.ErrorIs(t, err, ErrWouldBlock)
	u.SetTimeout(-1)
	_, _, _, err = u.ReadFrom()
	assert.ErrorIs(t, err, ErrBlockedForever)
	require.NoError(t, u.Close())
	assert.ErrorIs(t, u.WriteTo(ntpRequest(), "time.example.org", 123), ErrNotConnected)
}

func TestUDPNeedsTheLink(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddNTPServer("")
	require.NoError(t, err)
	n.AddAccessPoint(AccessPoint{SSID: "lab", Password: "pw", AssocDelay: time.Second})
	_, err = n.Exchange("pool.ntp.org", 123, ntpRequest(), time.Second)
	assert.ErrorIs(t, err, ErrHostUnreachable)

	n.WiFiConnect("lab", "pw")
	n.Clock().Advance(2 * time.Second)
	reply, err := n.Exchange("pool.ntp.org", 123, ntpRequest(), time.Second)
	require.NoError(t, err)
	assert.Len(t, reply, 48)
}

func TestUDPQueueAndSource(t *testing.T) {
	_, n := world(t, 1)
	h, err := n.AddNTPServer("ntp.lan")
	require.NoError(t, err)
	u := n.ListenUDP()
	defer u.Close()
	u.SetTimeout(time.Second)
	require.NoError(t, u.WriteTo(ntpRequest(), "ntp.lan", 123))
	require.NoError(t, u.WriteTo(ntpRequest(), h.IP, 123))
	for range 2 {
		data, src, port, err := u.ReadFrom()
		require.NoError(t, err)
		assert.Len(t, data, 48)
		assert.Equal(t, h.IP, src)
		assert.Equal(t, 123, port)
	}
	_, _, _, err = u.ReadFrom()
	assert.ErrorIs(t, err, ErrTimeout)
}

func TestNTPTimestampEra(t *testing.T) {
	// after 2036-02-07 06:28:16 the 32-bit seconds wrap to zero
	wrap := time.Date(2036, 2, 7, 6, 28, 16, 0, time.UTC)
	assert.Equal(t, uint64(0), ntpTimestamp(wrap)>>32)
	assert.Equal(t, uint64(0xffffffff), ntpTimestamp(wrap.Add(-time.Second))>>32)
}
