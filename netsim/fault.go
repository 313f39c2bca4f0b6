package netsim

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"path"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ChunkKind says what a Chunk carries.
type ChunkKind int

const (
	// ChunkData carries bytes.
	ChunkData ChunkKind = iota
	// ChunkFin closes this direction: the reader gets EOF after the bytes before it.
	ChunkFin
	// ChunkClose closes both directions (both readers get EOF).
	ChunkClose
	// ChunkReset resets the connection: both ends get ErrConnReset.
	ChunkReset
)

// Chunk is what a fault sees and emits: bytes (or a FIN or reset) that will arrive at the
// reader at virtual time At.
type Chunk struct {
	Kind ChunkKind
	Data []byte
	At   time.Duration
}

// Fault is one network fault acting on the byte stream of a connection direction, in the
// manner of Toxiproxy's toxics: Pipe receives each chunk written into the stream (in order)
// and returns what goes on, possibly delayed, split, changed, cut or replaced by a reset.
// Faults that act elsewhere (DNS, connect, Wi-Fi, HTTP, interception) pass chunks through
// unchanged and implement one of the ability interfaces below.
type Fault interface {
	Pipe(s *Stream, c Chunk) []Chunk
}

// StatefulFault is a Fault that keeps state per connection direction; NewState is called once
// per stream and the value is handed back in Stream.State.
type StatefulFault interface {
	Fault
	NewState() any
}

// ConnectDelayer is a Fault that also delays the TCP handshake (latency): the connect takes the
// sum of ConnectDelay over the faults of both directions.
type ConnectDelayer interface {
	Fault
	ConnectDelay(s *Stream) time.Duration
}

// DNSFault is a Fault that makes name lookups fail. lookup counts the lookups it has judged
// before this one.
type DNSFault interface {
	Fault
	FailLookup(name string, lookup int) bool
}

// DialFault is a Fault that refuses connections. attempt counts the connects it has judged
// before this one.
type DialFault interface {
	Fault
	RefuseDial(attempt int) bool
}

// WiFiFault is a Fault that takes the access point away: Outage returns the first outage window
// [start, end) that ends after t (end may be never for a permanent one).
type WiFiFault interface {
	Fault
	Outage(t time.Duration) (start, end time.Duration, ok bool)
}

// HTTPFault is a Fault that acts above HTTP, inside the virtual server, so it works on https
// as well as http: it answers the request itself or calls next and changes the answer.
type HTTPFault interface {
	Fault
	ServeHTTPFault(w http.ResponseWriter, r *http.Request, next http.Handler)
}

// Interceptor is a Fault that routes matching connections to a man in the middle.
type Interceptor interface {
	Fault
	Interception() Interception
}

// Interception says what an impostor does: which forged certificate it presents on port 443,
// and, when Substitute is set, the payload it serves instead of relaying to the real host.
type Interception struct {
	Forgery    Forgery
	OtherHost  string
	Substitute bool
	Body       []byte
}

// Directed is a Fault that acts on one direction unless its target names one: byte-position
// faults (reset, truncate, stall, ...) default to the download direction.
type Directed interface {
	Fault
	DefaultDir() Direction
}

// Passthrough gives a fault that does not touch bytes its Pipe method.
type Passthrough struct{}

// Pipe passes the chunk on unchanged.
func (Passthrough) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// Stream is the context of one Pipe call: which connection and direction, how many bytes this
// fault has seen before the chunk, the fault's seeded randomness and its per-stream state.
type Stream struct {
	// Conn is the device connection number; Host and Port its destination.
	Conn int
	Host string
	Port int
	Dir  Direction
	// Now is the virtual time of the write.
	Now time.Duration
	// Offset counts the data bytes this fault has seen on this stream before the chunk.
	Offset int64
	// Rand is seeded from the network seed, the connection number, the direction and the
	// fault's position: the same run draws the same numbers.
	Rand *rand.Rand
	// State is what StatefulFault.NewState returned for this stream.
	State any

	info  *connInfo
	notes *[]string
}

// Path returns the path of the latest HTTP request served on the connection ("" before the
// first request is read). On the up stream, a request's own bytes are written before its path
// is known.
func (s *Stream) Path() string { return s.info.path }

// Response returns where the latest HTTP response starts in the down stream (an offset as
// counted by Offset of a fault placed first) and its Content-Length (-1 when unknown).
func (s *Stream) Response() (start, length int64) { return s.info.respStart, s.info.respLen }

// Note records a fault event in the run trace.
func (s *Stream) Note(detail string) { *s.notes = append(*s.notes, detail) }

// Target selects where a fault applies. Zero fields match everything.
type Target struct {
	// Host is a virtual host name (or a path.Match pattern such as "*.github.com").
	Host string `json:"host,omitempty"`
	// Path is a path.Match pattern on the HTTP request path, or a prefix ending in "*".
	Path string `json:"path,omitempty"`
	// Conn is the device connection number (the Nth TCP connection of the run).
	Conn int `json:"conn,omitempty"`
	// Dir limits a byte fault to one direction.
	Dir Direction `json:"dir,omitempty"`
	// From and Until limit the fault to a window of virtual time (Until zero: no end). A byte
	// fault judges each chunk by the time it is written.
	From  time.Duration `json:"from,omitempty"`
	Until time.Duration `json:"until,omitempty"`
}

// Active reports whether the target's time window holds at virtual time t.
func (t Target) Active(at time.Duration) bool {
	return at >= t.From && (t.Until == 0 || at < t.Until)
}

// TargetKeys are the parameter names ParseTarget reads; fault constructors ignore them.
var TargetKeys = []string{"host", "path", "conn", "dir", "from", "until"}

// ParseTarget reads the targeting parameters host, path, conn, dir (up or down), and from and
// until (virtual times such as 30s; bare numbers are milliseconds).
func ParseTarget(params map[string]string) (Target, error) {
	var t Target
	for _, k := range []string{"from", "until"} {
		if v, ok := params[k]; ok {
			p := newParams(map[string]string{k: v})
			d := p.duration(k, 0)
			if err := p.done(); err != nil {
				return t, fmt.Errorf("netsim: target %w", err)
			}
			if k == "from" {
				t.From = d
			} else {
				t.Until = d
			}
		}
	}
	if t.Until != 0 && t.Until <= t.From {
		return t, fmt.Errorf("netsim: target until=%v must be after from=%v", t.Until, t.From)
	}
	t.Host = strings.ToLower(params["host"])
	t.Path = params["path"]
	if t.Path != "" {
		if _, err := path.Match(t.Path, "/"); err != nil {
			return t, fmt.Errorf("netsim: target path %q: %w", t.Path, err)
		}
	}
	if v, ok := params["conn"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return t, fmt.Errorf("netsim: target conn=%q: want a connection number >= 1", v)
		}
		t.Conn = n
	}
	switch v := params["dir"]; v {
	case "":
	case "up":
		t.Dir = Up
	case "down":
		t.Dir = Down
	default:
		return t, fmt.Errorf("netsim: target dir=%q: want up or down", v)
	}
	return t, nil
}

func (t Target) matchConn(info *connInfo) bool {
	if t.Conn != 0 && t.Conn != info.num {
		return false
	}
	if t.Host != "" {
		if ok, _ := path.Match(t.Host, info.host); !ok {
			return false
		}
	}
	return true
}

// MatchPath reports whether the target's path pattern accepts p.
func (t Target) MatchPath(p string) bool {
	if t.Path == "" {
		return true
	}
	if strings.HasSuffix(t.Path, "*") && strings.HasPrefix(p, strings.TrimSuffix(t.Path, "*")) {
		return true
	}
	ok, _ := path.Match(t.Path, p)
	return ok
}

type rule struct {
	name   string
	fault  Fault
	target Target
	index  int
	count  int // DNS lookups or connects judged so far
}

type stage struct {
	rule   *rule
	state  any
	rng    *rand.Rand
	offset int64
}

// AddFault installs a fault for the rest of the run. Faults act in the order they were added.
// Byte faults attach to connections when they are opened, so a byte fault added later does not
// touch connections already open; DNS, connect, Wi-Fi and HTTP faults act from now on.
func (n *Network) AddFault(f Fault, t Target) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.rules = append(n.rules, &rule{name: FaultName(f), fault: f, target: t, index: len(n.rules)})
}

// FaultCount is how many faults have been added; a fault's index is its position in that order.
func (n *Network) FaultCount() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.rules)
}

// EndFault ends fault i's window of virtual time at until (a fault limited to one boot of
// the device ends when the next boot starts). A zero until ends it at once.
func (n *Network) EndFault(i int, until time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if i < 0 || i >= len(n.rules) {
		return
	}
	if until <= 0 {
		until = 1 // Until zero means no end
	}
	n.rules[i].target.Until = until
}

func (n *Network) stagesLocked(info *connInfo, dir Direction) []*stage {
	var out []*stage
	for _, r := range n.rules {
		want := r.target.Dir
		if d, ok := r.fault.(Directed); ok && want == 0 {
			want = d.DefaultDir()
		}
		if want != 0 && want != dir {
			continue
		}
		if !r.target.matchConn(info) {
			continue
		}
		st := &stage{rule: r, rng: rand.New(rand.NewPCG(n.cfg.Seed, mix(uint64(info.num), uint64(dir), uint64(r.index))))}
		if sf, ok := r.fault.(StatefulFault); ok {
			st.state = sf.NewState()
		}
		out = append(out, st)
	}
	return out
}

func mix(vals ...uint64) uint64 {
	h := uint64(0x9E3779B97F4A7C15)
	for _, v := range vals {
		h ^= v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)
		h *= 0xBF58476D1CE4E5B9
		h ^= h >> 31
	}
	return h
}

// runPipeLocked passes a chunk through the stream's fault stages and queues the result.
func (n *Network) runPipeLocked(fromDevice bool, p *pipe, c Chunk, now time.Duration) {
	chunks := []Chunk{c}
	var notes []string
	for _, st := range p.stages {
		var out []Chunk
		for _, ch := range chunks {
			if !st.rule.target.MatchPath(p.info.path) || !st.rule.target.Active(now) {
				if ch.Kind == ChunkData {
					st.offset += int64(len(ch.Data))
				}
				out = append(out, ch)
				continue
			}
			before := len(notes)
			s := &Stream{Conn: p.info.num, Host: p.info.host, Port: p.info.port, Dir: p.dir, Now: now,
				Offset: st.offset, Rand: st.rng, State: st.state, info: p.info, notes: &notes}
			res := st.rule.fault.Pipe(s, ch)
			for i := before; i < len(notes); i++ {
				notes[i] = st.rule.name + ": " + notes[i]
			}
			if ch.Kind == ChunkData {
				st.offset += int64(len(ch.Data))
			}
			out = append(out, res...)
		}
		chunks = out
	}
	for _, d := range notes {
		n.trace.add(fromDevice, p.info.key, Event{At: now, Conn: p.info.num, Kind: "fault", Host: p.info.host, Port: p.info.port, Dir: p.dir.String(), Detail: d})
	}
	for _, ch := range chunks {
		p.deliver(ch)
	}
}

func (n *Network) dnsFaultLocked(name string, now time.Duration) *rule {
	for _, r := range n.rules {
		f, ok := r.fault.(DNSFault)
		if !ok || !r.target.Active(now) {
			continue
		}
		if r.target.Host != "" {
			if m, _ := path.Match(r.target.Host, name); !m {
				continue
			}
		}
		i := r.count
		r.count++
		if f.FailLookup(name, i) {
			return r
		}
	}
	return nil
}

func (n *Network) refuseFaultLocked(info *connInfo) *rule {
	for _, r := range n.rules {
		f, ok := r.fault.(DialFault)
		if !ok || !r.target.matchConn(info) || !r.target.Active(n.clock.Now()) {
			continue
		}
		i := r.count
		r.count++
		if f.RefuseDial(i) {
			return r
		}
	}
	return nil
}

func (n *Network) interceptFaultLocked(info *connInfo) (*rule, Interceptor) {
	if info.port != 80 && info.port != 443 {
		return nil, nil
	}
	for _, r := range n.rules {
		f, ok := r.fault.(Interceptor)
		if ok && r.target.matchConn(info) && r.target.Active(n.clock.Now()) {
			return r, f
		}
	}
	return nil, nil
}

func (n *Network) connectDelayLocked(info *connInfo) time.Duration {
	var d time.Duration
	for _, dir := range []Direction{Up, Down} {
		for _, r := range n.rules {
			f, ok := r.fault.(ConnectDelayer)
			if !ok || (r.target.Dir != 0 && r.target.Dir != dir) || !r.target.matchConn(info) || r.target.Path != "" || !r.target.Active(n.clock.Now()) {
				continue
			}
			d += f.ConnectDelay(&Stream{Conn: info.num, Host: info.host, Port: info.port, Dir: dir, Now: n.clock.Now(), info: info,
				Rand: rand.New(rand.NewPCG(n.cfg.Seed, mix(uint64(info.num), uint64(dir), uint64(r.index), 7)))})
		}
	}
	return d
}

// httpFaultsLocked returns the HTTP faults that apply to a request on the connection.
func (n *Network) httpFaultsLocked(info *connInfo, reqPath string) []HTTPFault {
	var out []HTTPFault
	if info.internal || info.impostor {
		return nil
	}
	for _, r := range n.rules {
		f, ok := r.fault.(HTTPFault)
		if ok && r.target.matchConn(info) && r.target.MatchPath(reqPath) && r.target.Active(n.clock.Now()) {
			out = append(out, f)
		}
	}
	return out
}

// FaultConstructor builds a fault from its parameters (target keys already removed).
type FaultConstructor func(params map[string]string) (Fault, error)

var registry = struct {
	sync.Mutex
	ctors map[string]FaultConstructor
	names map[reflect.Type]string
}{ctors: map[string]FaultConstructor{}, names: map[reflect.Type]string{}}

// RegisterFault registers a fault kind under name; each fault file calls it from init with a
// zero value of its type (used to name faults in the trace). It panics on a duplicate name.
func RegisterFault(name string, zero Fault, ctor FaultConstructor) {
	registry.Lock()
	defer registry.Unlock()
	if _, dup := registry.ctors[name]; dup {
		panic("netsim: fault " + name + " registered twice")
	}
	registry.ctors[name] = ctor
	registry.names[reflect.TypeOf(zero)] = name
}

// Faults lists the registered fault kinds, sorted.
func Faults() []string {
	registry.Lock()
	defer registry.Unlock()
	out := make([]string, 0, len(registry.ctors))
	for k := range registry.ctors {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// NewFault builds the fault registered as name from string parameters (as the CLI parses them
// from KIND[=VALUE][:key=value,...]). Targeting keys (TargetKeys) are ignored here; read them
// with ParseTarget. Unknown or malformed parameters are errors that name the fault.
func NewFault(name string, params map[string]string) (Fault, error) {
	registry.Lock()
	ctor, ok := registry.ctors[name]
	registry.Unlock()
	if !ok {
		return nil, fmt.Errorf("netsim: unknown fault %q (known: %s)", name, strings.Join(Faults(), ", "))
	}
	rest := map[string]string{}
	for k, v := range params {
		rest[k] = v
	}
	for _, k := range TargetKeys {
		delete(rest, k)
	}
	f, err := ctor(rest)
	if err != nil {
		return nil, fmt.Errorf("netsim: fault %s: %w", name, err)
	}
	return f, nil
}

// FaultName returns the registered name of a fault's kind.
func FaultName(f Fault) string {
	registry.Lock()
	defer registry.Unlock()
	if n, ok := registry.names[reflect.TypeOf(f)]; ok {
		return n
	}
	return fmt.Sprintf("%T", f)
}

// params reads fault parameters and reports unknown keys.
type params struct {
	m    map[string]string
	used map[string]bool
	err  error
}

func newParams(m map[string]string) *params { return &params{m: m, used: map[string]bool{}} }

func (p *params) fail(format string, a ...any) {
	if p.err == nil {
		p.err = fmt.Errorf(format, a...)
	}
}

// primary moves the CLI's KIND=VALUE value (key "value") to the fault's main parameter.
func (p *params) primary(k string) {
	if v, ok := p.m["value"]; ok {
		if _, dup := p.m[k]; dup {
			p.fail("both value and %s given", k)
			return
		}
		m := map[string]string{}
		for a, b := range p.m {
			m[a] = b
		}
		delete(m, "value")
		m[k] = v
		p.m = m
	}
}

func (p *params) has(k string) bool {
	_, ok := p.m[k]
	return ok
}

func (p *params) str(k, def string) string {
	p.used[k] = true
	if v, ok := p.m[k]; ok {
		return v
	}
	return def
}

// duration accepts a Go duration ("150ms", "2s") or a bare number of milliseconds.
func (p *params) duration(k string, def time.Duration) time.Duration {
	p.used[k] = true
	v, ok := p.m[k]
	if !ok {
		return def
	}
	if ms, err := strconv.ParseFloat(v, 64); err == nil {
		if ms < 0 {
			p.fail("%s=%s: must not be negative", k, v)
		}
		return time.Duration(ms * float64(time.Millisecond))
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		p.fail("%s=%s: want a duration such as 250ms or 2s (bare numbers are milliseconds)", k, v)
	}
	return d
}

func (p *params) int64(k string, def int64) int64 {
	p.used[k] = true
	v, ok := p.m[k]
	if !ok {
		return def
	}
	mult := int64(1)
	switch {
	case strings.HasSuffix(v, "KiB"), strings.HasSuffix(v, "K"), strings.HasSuffix(v, "k"):
		mult = 1024
	case strings.HasSuffix(v, "MiB"), strings.HasSuffix(v, "M"):
		mult = 1 << 20
	}
	num := strings.TrimRight(v, "KiBMk")
	x, err := strconv.ParseInt(num, 10, 64)
	if err != nil || x < 0 {
		p.fail("%s=%s: want a non-negative integer (K and M suffixes allowed)", k, v)
	}
	return x * mult
}

func (p *params) float(k string, def float64) float64 {
	p.used[k] = true
	v, ok := p.m[k]
	if !ok {
		return def
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || x < 0 {
		p.fail("%s=%s: want a non-negative number", k, v)
	}
	return x
}

// done returns the first error, or an error naming unknown keys.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for k := range p.m {
		if !p.used[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		known := make([]string, 0, len(p.used))
		for k := range p.used {
			known = append(known, k)
		}
		sort.Strings(known)
		return fmt.Errorf("unknown parameter %s (accepted: %s)", strings.Join(unknown, ", "), strings.Join(known, ", "))
	}
	return nil
}
