package netsim

import (
	"errors"
	"io"
	"testing"
	"time"
)

// BenchmarkTimeout30s is a device waiting on a 30-second read timeout for a response that never
// comes (the server's answer is stalled for good). It reports how many times faster than real
// time the wait runs.
func BenchmarkTimeout30s(b *testing.B) {
	clock, n := world(b, 1)
	if _, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(100)}); err != nil {
		b.Fatal(err)
	}
	f, _ := NewFault("stall", map[string]string{"after": "0"})
	n.AddFault(f, Target{})
	n.SetTracing(false)
	ip, _ := n.Resolve("example.com")
	buf := make([]byte, 512)
	b.ResetTimer()
	start := time.Now()
	v0 := clock.Now()
	for i := 0; i < b.N; i++ {
		c, err := n.Dial(ip, 80)
		if err != nil {
			b.Fatal(err)
		}
		c.SetTimeout(30 * time.Second)
		if _, err := io.WriteString(c, "GET / HTTP/1.0\r\n\r\n"); err != nil {
			b.Fatal(err)
		}
		if _, err := c.Read(buf); !errors.Is(err, ErrTimeout) {
			b.Fatalf("want a timeout, got %v", err)
		}
		_ = c.Close()
	}
	wall := time.Since(start)
	virtual := clock.Now() - v0
	b.ReportMetric(float64(virtual)/float64(wall), "x-realtime")
}

// BenchmarkTLSDownload1MB downloads one megabyte over HTTPS (verified) through netsim.
func BenchmarkTLSDownload1MB(b *testing.B) {
	_, n := world(b, 1)
	if _, err := n.AddHost("example.com", HostHandlers{HTTPS: bodyHandler(1 << 20)}); err != nil {
		b.Fatal(err)
	}
	n.SetTracing(false)
	b.SetBytes(1 << 20)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := get(n, "https://example.com/big", getOpts{verify: true})
		if err != nil || len(r.body) != 1<<20 {
			b.Fatalf("download: %v (%d bytes)", err, len(r.body))
		}
	}
}

// BenchmarkFaultedDownload1MB downloads one megabyte over plain HTTP through latency, jitter
// and bandwidth faults (the byte pipeline's hot path), with the trace on.
func BenchmarkFaultedDownload1MB(b *testing.B) {
	_, n := world(b, 1)
	if _, err := n.AddHost("example.com", HostHandlers{HTTP: bodyHandler(1 << 20)}); err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name string
		p    map[string]string
	}{
		{"latency", map[string]string{"delay": "30ms"}},
		{"jitter", map[string]string{"jitter": "5ms"}},
		{"bandwidth", map[string]string{"rate": "1M"}},
	} {
		fault, err := NewFault(f.name, f.p)
		if err != nil {
			b.Fatal(err)
		}
		n.AddFault(fault, Target{})
	}
	b.SetBytes(1 << 20)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := get(n, "http://example.com/big", getOpts{timeout: 30 * time.Second})
		if err != nil || len(r.body) != 1<<20 {
			b.Fatalf("download: %v (%d bytes)", err, len(r.body))
		}
	}
}
