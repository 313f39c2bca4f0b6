package netsim

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
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

func TestBlockingSemantics(t *testing.T) {
	clock, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(100)})
	require.NoError(t, err)
	f, err := NewFault("stall", map[string]string{"for": "3s"})
	require.NoError(t, err)
	n.AddFault(f, Target{Conn: 1})
	f, err = NewFault("stall", nil)
	require.NoError(t, err)
	n.AddFault(f, Target{Conn: 2})
	ip, err := n.Resolve("example.com")
	require.NoError(t, err)

	c, err := n.Dial(ip, 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	require.NoError(t, err)
	c.SetTimeout(0)
	_, err = c.Read(make([]byte, 10))
	assert.ErrorIs(t, err, ErrWouldBlock, "non-blocking read with nothing there")
	assert.False(t, c.Readable())
	ok, err := n.WaitFor(time.Second, c.Readable)
	require.NoError(t, err)
	assert.False(t, ok, "poll times out after a second")
	assert.Equal(t, time.Second, clock.Now())
	ok, err = n.WaitFor(-1, c.Readable)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, 3*time.Second, clock.Now(), "the stall ends at 3s")
	require.NoError(t, c.Close())

	c, err = n.Dial(ip, 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	require.NoError(t, err)
	_, err = c.Read(make([]byte, 10))
	assert.ErrorIs(t, err, ErrBlockedForever, "no timeout and a stream stalled for good")
	require.NoError(t, c.Close())
	_, err = c.Read(make([]byte, 10))
	assert.ErrorIs(t, err, net.ErrClosed)
}

func TestResetThenNotConnected(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(100)})
	require.NoError(t, err)
	f, err := NewFault("reset", map[string]string{"at": "10"})
	require.NoError(t, err)
	n.AddFault(f, Target{})
	c, err := n.Dial("example.com", 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	require.NoError(t, err)
	got, err := io.ReadAll(c)
	assert.ErrorIs(t, err, ErrConnReset)
	assert.Len(t, got, 10)
	_, err = c.Write([]byte("x"))
	assert.ErrorIs(t, err, ErrNotConnected)
}

func TestStuckServerIsReported(t *testing.T) {
	clock := NewClock(RTCUnset)
	n := New(clock, Config{SettleTimeout: 100 * time.Millisecond})
	release := make(chan struct{})
	t.Cleanup(func() { close(release); _ = n.Close() })
	_, err := n.AddHost("stuck.example", HostHandlers{HTTP: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release // a handler that neither answers nor blocks in netsim
	})})
	require.NoError(t, err)
	c, err := n.Dial("stuck.example", 80)
	require.NoError(t, err)
	_, err = c.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	require.NoError(t, err)
	_, err = c.Read(make([]byte, 10))
	assert.ErrorIs(t, err, ErrServerStuck)
	assert.Contains(t, err.Error(), "stuck.example")
}

func TestListenAndRawServer(t *testing.T) {
	_, n := world(t, 1)
	l, err := n.Listen("echo.example", 7)
	require.NoError(t, err)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_, _ = io.Copy(c, c)
			}()
		}
	}()
	_, err = n.Listen("echo.example", 7)
	assert.Error(t, err, "address in use")
	c, err := n.Dial("echo.example", 7)
	require.NoError(t, err)
	assert.Equal(t, "192.168.4.2", c.LocalAddr().(*net.TCPAddr).IP.String())
	assert.Equal(t, 7, c.RemoteAddr().(*net.TCPAddr).Port)
	_, err = c.Write([]byte("ping"))
	require.NoError(t, err)
	buf := make([]byte, 4)
	_, err = io.ReadFull(c, buf)
	require.NoError(t, err)
	assert.Equal(t, "ping", string(buf))
	require.NoError(t, c.Close())
	_, err = n.Dial("echo.example", 8)
	assert.ErrorIs(t, err, ErrConnRefused)
	_, err = n.Dial("nowhere.example", 8)
	assert.ErrorIs(t, err, ErrHostUnreachable)
}

func TestClockTimersAndRTC(t *testing.T) {
	clock := NewClock(RTCUnset)
	var fired []string
	clock.AfterFunc(2*time.Second, func() { fired = append(fired, "b") })
	clock.AfterFunc(time.Second, func() { fired = append(fired, "a") })
	stop := clock.AfterFunc(1500*time.Millisecond, func() { fired = append(fired, "x") })
	assert.True(t, stop.Stop())
	assert.False(t, stop.Stop())
	clock.Sleep(1500 * time.Millisecond)
	assert.Equal(t, []string{"a"}, fired)
	clock.Advance(time.Second)
	assert.Equal(t, []string{"a", "b"}, fired)
	assert.Equal(t, RTCUnset.Add(2500*time.Millisecond), clock.Time())
	set := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	clock.SetTime(set)
	assert.Equal(t, set, clock.Time())
	assert.Equal(t, 2500*time.Millisecond, clock.Now(), "setting the RTC does not move virtual time")
}

func TestTLSSurvivesAReadTimeout(t *testing.T) {
	_, n := world(t, 1)
	_, err := n.AddHost("example.com", HostHandlers{HTTPS: bodyHandler(3000)})
	require.NoError(t, err)
	f, err := NewFault("stall", map[string]string{"after": "2500", "for": "5s"})
	require.NoError(t, err)
	n.AddFault(f, Target{})
	c, err := n.Dial("example.com", 443)
	require.NoError(t, err)
	c.SetTimeout(2 * time.Second)
	tc := tls.Client(c, n.ClientTLSConfig(c, "example.com", true))
	_, err = io.WriteString(tc, "GET / HTTP/1.0\r\nHost: example.com\r\n\r\n")
	require.NoError(t, err)
	var got []byte
	buf := make([]byte, 512)
	timeouts := 0
	for {
		k, err := tc.Read(buf)
		got = append(got, buf[:k]...)
		if errors.Is(err, ErrTimeout) {
			var ne net.Error
			require.ErrorAs(t, err, &ne)
			assert.True(t, ne.Timeout())
			timeouts++
			continue // as a MicroPython loop catching OSError(ETIMEDOUT) and retrying
		}
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
	}
	assert.Positive(t, timeouts)
	assert.Contains(t, string(got), "200 OK")
	body := make([]byte, 3000)
	for i := range body {
		body[i] = byte('a' + i%26)
	}
	assert.True(t, strings.HasSuffix(string(got), string(body)), "the whole body arrives after the timeouts")
}

func TestClosedListenerResetsPendingConnections(t *testing.T) {
	_, n := world(t, 1)
	l, err := n.Listen("slow.example", 9)
	require.NoError(t, err)
	accepted := make(chan struct{})
	go func() {
		c, err := l.Accept() // serve the first connection only, then close the listener
		if err == nil {
			_ = c.Close()
		}
		_ = l.Close()
		close(accepted)
	}()
	c1, err := n.Dial("slow.example", 9)
	require.NoError(t, err)
	_, err = c1.Read(make([]byte, 1))
	assert.ErrorIs(t, err, io.EOF, "the server closed the first connection")
	<-accepted
	_, err = n.Dial("slow.example", 9)
	assert.ErrorIs(t, err, ErrConnRefused, "nobody listens any more")
}
