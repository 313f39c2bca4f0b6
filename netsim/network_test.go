package netsim

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlainAndTLSExchange(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(1000), HTTPS: bodyHandler(5000)})
	require.NoError(t, err)

	r := mustGet(t, n, "http://example.com/a", getOpts{})
	assert.Equal(t, 200, r.resp.StatusCode)
	assert.Len(t, r.body, 1000)
	assert.Equal(t, "Thu, 01 Jan 2026 00:00:00 GMT", r.resp.Header.Get("Date"))

	r = mustGet(t, n, "https://example.com/b", getOpts{verify: true})
	assert.Equal(t, 200, r.resp.StatusCode)
	assert.Len(t, r.body, 5000)
	assert.Equal(t, time.Duration(0), clock.Now(), "no fault, no time")

	reqs := n.Requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, "/a", reqs[0].URI)
	assert.False(t, reqs[0].TLS)
	assert.Equal(t, "/b", reqs[1].URI)
	assert.True(t, reqs[1].TLS)
	assert.Equal(t, 2, reqs[1].Conn)
}
