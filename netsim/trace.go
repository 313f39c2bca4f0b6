package netsim

import (
	"encoding/json"
	"net/http"
	"sort"
	"time"
)

// Event is one entry of the run trace: something that happened on the network at a virtual
// time. The trace of a run is deterministic: the same scenario and seed give the same events in
// the same order, byte for byte once encoded.
type Event struct {
	// At is the virtual time of the event, in nanoseconds since boot.
	At time.Duration `json:"at_ns"`
	// Conn is the device's connection number (1 for the first TCP connection of the run);
	// connections opened inside the server world (a man in the middle relaying upstream) have
	// negative numbers.
	Conn int `json:"conn,omitempty"`
	// Kind says what happened: dns, connect, send, recv, fin, close, reset, timeout, fault,
	// wifi, accept, error.
	Kind string `json:"kind"`
	// Host and Port name the remote end of the connection (or the name looked up).
	Host string `json:"host,omitempty"`
	Port int    `json:"port,omitempty"`
	// Dir is "up" (device to server) or "down" (server to device) for byte events.
	Dir string `json:"dir,omitempty"`
	// Bytes counts the bytes of a send or recv.
	Bytes int `json:"bytes,omitempty"`
	// Detail carries the rest (a fault's name, an error, a Wi-Fi status, an address).
	Detail string `json:"detail,omitempty"`
}

// Request is one HTTP request a virtual server (or an impostor) received. The conformance
// suite reads the log to check, for example, that no secret header reached a man in the middle.
type Request struct {
	// At is the virtual time the server read the request.
	At time.Duration `json:"at_ns"`
	// Conn is the device connection the request came on (negative for internal connections).
	Conn int `json:"conn"`
	// Host is the virtual host whose server answered, Impostor tells an attacker's server.
	Host     string `json:"host"`
	Impostor bool   `json:"impostor,omitempty"`
	// Forgery is the certificate the impostor presented, if any.
	Forgery Forgery `json:"forgery,omitempty"`
	TLS     bool    `json:"tls"`
	Method  string  `json:"method"`
	URI     string  `json:"uri"`
	Proto   string  `json:"proto"`
	// Header holds the request headers as received (encoding/json writes keys sorted).
	Header http.Header `json:"header"`
}

type pendingEvent struct {
	key int
	seq int
	ev  Event
}

type pendingRequest struct {
	key int
	seq int
	req Request
}

// traceLog keeps the device-ordered trace. Events recorded by server goroutines are held as
// pending and flushed, sorted by connection and per-connection sequence, whenever the network
// settles; the device goroutine's own events go straight in. Both orders are independent of
// goroutine scheduling.
type traceLog struct {
	events   []Event
	requests []Request
	pending  []pendingEvent
	pendReq  []pendingRequest
	seq      int
	off      bool
}

func (t *traceLog) add(fromDevice bool, key int, ev Event) {
	if t.off {
		return
	}
	if fromDevice {
		t.flush()
		// consecutive reads of one connection at the same virtual instant are one event (a
		// decompressor reading a socket a byte at a time would otherwise log one per byte)
		if n := len(t.events); n > 0 && ev.Kind == "recv" && ev.Detail == "" {
			last := &t.events[n-1]
			if last.Kind == "recv" && last.Detail == "" && last.At == ev.At && last.Conn == ev.Conn && last.Dir == ev.Dir &&
				last.Host == ev.Host && last.Port == ev.Port {
				last.Bytes += ev.Bytes
				return
			}
		}
		t.events = append(t.events, ev)
		return
	}
	t.seq++
	t.pending = append(t.pending, pendingEvent{key: key, seq: t.seq, ev: ev})
}

func (t *traceLog) addRequest(key int, r Request) {
	t.seq++
	t.pendReq = append(t.pendReq, pendingRequest{key: key, seq: t.seq, req: r})
}

func (t *traceLog) flush() {
	if len(t.pending) > 0 {
		sort.SliceStable(t.pending, func(i, j int) bool {
			a, b := t.pending[i], t.pending[j]
			if a.key != b.key {
				return a.key < b.key
			}
			return a.seq < b.seq
		})
		for _, p := range t.pending {
			t.events = append(t.events, p.ev)
		}
		t.pending = t.pending[:0]
	}
	if len(t.pendReq) > 0 {
		sort.SliceStable(t.pendReq, func(i, j int) bool {
			a, b := t.pendReq[i], t.pendReq[j]
			if a.key != b.key {
				return a.key < b.key
			}
			return a.seq < b.seq
		})
		for _, p := range t.pendReq {
			t.requests = append(t.requests, p.req)
		}
		t.pendReq = t.pendReq[:0]
	}
}

// Trace returns a copy of the run trace so far, after letting the servers settle.
func (n *Network) Trace() []Event {
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.trace.flush()
	return append([]Event(nil), n.trace.events...)
}

// TraceJSON returns the trace encoded as a JSON array.
func (n *Network) TraceJSON() ([]byte, error) {
	return json.Marshal(n.Trace())
}

// Requests returns every HTTP request the virtual servers and impostors received so far, in
// deterministic order.
func (n *Network) Requests() []Request {
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.trace.flush()
	return append([]Request(nil), n.trace.requests...)
}

// SetTracing turns the event trace on or off (it is on by default); benchmarks that move
// megabytes may turn it off.
func (n *Network) SetTracing(on bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.trace.off = !on
}
