package netsim_test

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
)

// A device fetches a file over HTTPS through a slow link, verifying the server's certificate
// against the netsim CA. Everything happens on the virtual clock: the TCP handshake (300ms),
// the TLS 1.3 handshake (one round trip) and the request (one more) take 900ms of it.
func Example() {
	clock := netsim.NewClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	n := netsim.New(clock, netsim.Config{Seed: 1})
	defer n.Close()

	files := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "17")
		io.WriteString(w, `{"version":"2.0"}`)
	})
	if _, err := n.AddHost("updates.example", netsim.HostHandlers{HTTPS: files}); err != nil {
		panic(err)
	}
	latency, _ := netsim.NewFault("latency", map[string]string{"delay": "150ms"})
	n.AddFault(latency, netsim.Target{Host: "updates.example"})

	ip, _ := n.Resolve("updates.example")
	conn, err := n.Dial(ip, 443)
	if err != nil {
		panic(err)
	}
	conn.SetTimeout(10 * time.Second)
	tc := tls.Client(conn, n.ClientTLSConfig(conn, "updates.example", true))
	io.WriteString(tc, "GET /version.json HTTP/1.0\r\nHost: updates.example\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(tc), nil)
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, string(body))
	fmt.Println("virtual time:", clock.Now())
	// Output:
	// 200 OK {"version":"2.0"}
	// virtual time: 900ms
}
