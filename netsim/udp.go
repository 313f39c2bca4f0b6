package netsim

import (
	"encoding/binary"
	"fmt"
	"strings"
	"time"
)

// UDP, as much as a MicroPython device needs for NTP: device-side datagram sockets (UDPConn)
// whose datagrams reach built-in responders on virtual hosts, and Exchange, one request and
// its reply. The only responder is an NTP server (AddNTPServer) on port 123 answering with the
// server world's time (ServerTime). Datagrams take no virtual time; a datagram nobody answers
// (an unknown address, a host without a responder, a malformed request) is simply lost, so the
// reader waits out its timeout on the virtual clock. As for TCP, the device side is used from
// the device goroutine only, needs the link up (ErrHostUnreachable otherwise) and every send,
// reply and timeout is a trace event ("udp" with dir up/down, "timeout").

// DefaultNTPHost is the NTP server name micropython-lib's ntptime asks by default.
const DefaultNTPHost = "pool.ntp.org"

// ntpPort is the NTP service port.
const ntpPort = 123

// ntpEraOffset is the seconds from the NTP era (1900-01-01) to the Unix epoch.
const ntpEraOffset = 2208988800

// udpState is the network's datagram configuration (guarded by Network.mu).
type udpState struct {
	ntp map[string]bool // host names answering NTP on port 123
}

// AddNTPServer makes host (DefaultNTPHost when empty) a DNS name with an NTP responder on UDP
// port 123 that answers client requests with the server world's time.
func (n *Network) AddNTPServer(host string) (*Host, error) {
	if host == "" {
		host = DefaultNTPHost
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	h, err := n.addNameLocked(host)
	if err != nil {
		return nil, fmt.Errorf("netsim: NTP server: %w", err)
	}
	if n.udp.ntp == nil {
		n.udp.ntp = map[string]bool{}
	}
	n.udp.ntp[h.Name] = true
	return h, nil
}

// datagram is one received datagram and its source.
type datagram struct {
	data []byte
	host string // source address
	port int
}

// UDPConn is a device-side datagram socket. Replies to what it sends queue up in it until
// read.
type UDPConn struct {
	n       *Network
	queue   []datagram
	timeout time.Duration
	closed  bool
}

// ListenUDP opens a device-side datagram socket. It blocks on reads (timeout < 0) until
// SetTimeout says otherwise.
func (n *Network) ListenUDP() *UDPConn {
	return &UDPConn{n: n, timeout: -1}
}

// SetTimeout sets how long ReadFrom waits: < 0 without limit, 0 not at all.
func (u *UDPConn) SetTimeout(d time.Duration) { u.timeout = d }

// Close closes the socket; queued datagrams are dropped.
func (u *UDPConn) Close() error {
	u.closed = true
	u.queue = nil
	return nil
}

// WriteTo sends payload to host:port (a name or an address). A responder's reply is queued at
// once. Sending needs the link up; a datagram to nowhere is lost without an error, as UDP is.
func (u *UDPConn) WriteTo(payload []byte, host string, port int) error {
	if u.closed {
		return fmt.Errorf("netsim: udp send: %w", ErrNotConnected)
	}
	n := u.n
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stuck != nil {
		return n.stuck
	}
	now := n.clock.Now()
	name := strings.ToLower(strings.TrimSuffix(host, "."))
	ev := Event{At: now, Kind: "udp", Host: name, Port: port, Dir: "up", Bytes: len(payload)}
	if !n.linkUpLocked(now) {
		ev.Detail = "no link"
		n.trace.add(true, 0, ev)
		return fmt.Errorf("netsim: udp send to %s:%d: %w", name, port, ErrHostUnreachable)
	}
	h := n.hosts[name]
	if h == nil {
		h = n.byIP[name]
	}
	if h == nil {
		ev.Detail = "no such host"
		n.trace.add(true, 0, ev)
		return nil
	}
	ev.Host = h.Name
	var reply []byte
	if port == ntpPort && n.udp.ntp[h.Name] {
		reply = ntpReply(payload, n.ServerTime())
	}
	if reply == nil {
		ev.Detail = "lost"
		n.trace.add(true, 0, ev)
		return nil
	}
	n.trace.add(true, 0, ev)
	n.trace.add(true, 0, Event{At: now, Kind: "udp", Host: h.Name, Port: port, Dir: "down", Bytes: len(reply), Detail: "ntp"})
	u.queue = append(u.queue, datagram{data: reply, host: h.IP, port: port})
	return nil
}

// ReadFrom returns the next datagram and its source address. With nothing queued it waits the
// socket timeout on the virtual clock and fails with ErrTimeout (ErrWouldBlock for timeout 0,
// ErrBlockedForever without a timeout: nothing else will ever arrive).
func (u *UDPConn) ReadFrom() ([]byte, string, int, error) {
	if u.closed {
		return nil, "", 0, fmt.Errorf("netsim: udp recv: %w", ErrNotConnected)
	}
	if len(u.queue) > 0 {
		d := u.queue[0]
		u.queue = u.queue[1:]
		return d.data, d.host, d.port, nil
	}
	n := u.n
	switch {
	case u.timeout == 0:
		return nil, "", 0, fmt.Errorf("netsim: udp recv: %w", ErrWouldBlock)
	case u.timeout < 0:
		return nil, "", 0, fmt.Errorf("netsim: udp recv: %w", ErrBlockedForever)
	}
	n.clock.AdvanceTo(n.clock.Now() + u.timeout)
	n.mu.Lock()
	n.trace.add(true, 0, Event{At: n.clock.Now(), Kind: "timeout", Detail: "udp recv"})
	n.mu.Unlock()
	return nil, "", 0, fmt.Errorf("netsim: udp recv: %w", ErrTimeout)
}

// Exchange sends one datagram from the device to host:port and returns the reply, waiting at
// most timeout of virtual time for it (see UDPConn.ReadFrom for the errors).
func (n *Network) Exchange(host string, port int, payload []byte, timeout time.Duration) ([]byte, error) {
	u := n.ListenUDP()
	defer u.Close()
	u.SetTimeout(timeout)
	if err := u.WriteTo(payload, host, port); err != nil {
		return nil, err
	}
	data, _, _, err := u.ReadFrom()
	return data, err
}

// ntpTimestamp is t in NTP's 64-bit format: seconds since 1900 (wrapping at 2**32) and a
// binary fraction.
func ntpTimestamp(t time.Time) uint64 {
	secs := uint64(t.Unix()+ntpEraOffset) & 0xffffffff
	frac := uint64(t.Nanosecond()) << 32 / uint64(time.Second)
	return secs<<32 | frac
}

// ntpReply answers an NTP client request (at least 48 bytes, mode 3) with a stratum-1 server
// reply at time now; anything else gets no answer (nil).
func ntpReply(req []byte, now time.Time) []byte {
	if len(req) < 48 || req[0]&7 != 3 {
		return nil
	}
	version := req[0] >> 3 & 7
	if version == 0 {
		version = 4
	}
	out := make([]byte, 48)
	out[0] = version<<3 | 4 // leap indicator 0, the client's version, mode 4 (server)
	out[1] = 1              // stratum 1
	out[2] = req[2]         // poll interval, echoed
	out[3] = 0xec           // precision: 2**-20 s
	copy(out[12:16], "GPS\x00")
	ts := ntpTimestamp(now)
	binary.BigEndian.PutUint64(out[16:24], ts) // reference timestamp
	copy(out[24:32], req[40:48])               // originate: the client's transmit timestamp
	binary.BigEndian.PutUint64(out[32:40], ts) // receive timestamp
	binary.BigEndian.PutUint64(out[40:48], ts) // transmit timestamp
	return out
}
