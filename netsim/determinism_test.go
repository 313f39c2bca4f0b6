package netsim

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// scenario runs a busy world: TLS and plain downloads under latency, jitter, slicing and
// bandwidth limits, a man in the middle on one connection, a reset on another, a DNS failure,
// a timeout and Wi-Fi, and returns the encoded trace and request log.
func scenario(t testing.TB, seed uint64) []byte {
	clock := NewClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	n := New(clock, Config{Seed: seed})
	defer n.Close()
	_, err := n.AddHost("updates.example", HostHandlers{HTTP: bodyHandler(20000), HTTPS: bodyHandler(30000)})
	require.NoError(t, err)
	n.AddAccessPoint(AccessPoint{SSID: "lab", Password: "pw", AssocDelay: 1500 * time.Millisecond})
	for _, f := range []struct {
		name string
		p    map[string]string
	}{
		{"jitter", map[string]string{"delay": "20ms", "jitter": "30ms"}},
		{"slicer", map[string]string{"size": "700", "variation": "300", "delay": "2ms", "dir": "down"}},
		{"bandwidth", map[string]string{"rate": "64K", "dir": "down"}},
		{"substitute", map[string]string{"conn": "4", "body": "EVIL"}},
		{"reset", map[string]string{"conn": "5", "percent": "40"}},
		{"dns_fail", map[string]string{"times": "1", "after": "3"}},
		{"stall", map[string]string{"conn": "6", "after": "100"}},
	} {
		fault, err := NewFault(f.name, f.p)
		require.NoError(t, err)
		tg, err := ParseTarget(f.p)
		require.NoError(t, err)
		n.AddFault(fault, tg)
	}
	n.WiFiConnect("lab", "pw")
	for !n.WiFiConnected() {
		clock.Sleep(50 * time.Millisecond)
	}
	var log bytes.Buffer
	note := func(r result, err error) {
		log.WriteString(time.Duration(clock.Now()).String())
		if err != nil {
			log.WriteString(" " + err.Error() + "\n")
			return
		}
		log.WriteString(" " + r.resp.Status + " " + string(rune('0'+len(r.body)%10)) + "\n")
	}
	note(get(n, "https://updates.example/a", getOpts{verify: true, timeout: 10 * time.Second}))
	note(get(n, "http://updates.example/b", getOpts{timeout: 10 * time.Second}))
	note(get(n, "https://updates.example/tls12", getOpts{verify: true, tls12: true, timeout: 10 * time.Second}))
	note(get(n, "https://updates.example/c", getOpts{verify: false, timeout: 10 * time.Second}))
	note(get(n, "http://updates.example/d", getOpts{timeout: 10 * time.Second}))
	note(get(n, "http://updates.example/e", getOpts{timeout: 10 * time.Second}))
	note(get(n, "http://updates.example/f", getOpts{timeout: 10 * time.Second}))
	clock.Sleep(time.Second)
	// Two connections in flight at once.
	ip, err := n.Resolve("updates.example")
	require.NoError(t, err)
	c1, err := n.Dial(ip, 80)
	require.NoError(t, err)
	c2, err := n.Dial(ip, 80)
	require.NoError(t, err)
	_, _ = io.WriteString(c1, "GET /x HTTP/1.0\r\nHost: updates.example\r\n\r\n")
	_, _ = io.WriteString(c2, "GET /y HTTP/1.0\r\nHost: updates.example\r\n\r\n")
	b1, _ := io.ReadAll(c1)
	b2, _ := io.ReadAll(c2)
	log.WriteString(string(rune('0'+len(b1)%10)) + string(rune('0'+len(b2)%10)))
	_ = c1.Close()
	_ = c2.Close()

	out, err := json.Marshal(struct {
		Log      string
		Trace    []Event
		Requests []Request
	}{log.String(), n.Trace(), n.Requests()})
	require.NoError(t, err)
	return out
}

func TestSameSeedSameTrace(t *testing.T) {
	runs := 100
	if testing.Short() {
		runs = 10
	}
	first := scenario(t, 42)
	for i := 1; i < runs; i++ {
		got := scenario(t, 42)
		if !bytes.Equal(first, got) {
			t.Fatalf("run %d differs from run 0:\n%s\n---\n%s", i, first, got)
		}
	}
	other := scenario(t, 43)
	require.NotEqual(t, first, other, "the seed must matter (jitter and slicing draw from it)")
}
