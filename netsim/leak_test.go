package netsim

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCloseStopsServerGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	clock := NewClock(RTCUnset)
	n := New(clock, Config{Seed: 1})
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(100), HTTPS: bodyHandler(100)})
	require.NoError(t, err)
	f, err := NewFault("substitute", map[string]string{"conn": "2"})
	require.NoError(t, err)
	n.AddFault(f, Target{Conn: 2})
	for _, u := range []string{"http://example.com/", "https://example.com/", "http://example.com/"} {
		_, err := get(n, u, getOpts{})
		require.NoError(t, err)
	}
	// A connection left open by the device.
	c, err := n.Dial("example.com", 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
	require.NoError(t, err)
	require.NoError(t, n.Close())
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "every server goroutine ends with the network")
}
