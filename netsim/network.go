package netsim

import (
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config holds the fixed parameters of a Network.
type Config struct {
	// Seed drives every random choice of the network (fault randomness, TLS randomness).
	Seed uint64
	// Window is how many unread bytes a stream direction holds before its writer blocks (the
	// TCP receive window). Zero means 64 KiB.
	Window int
	// SettleTimeout is the wall-clock watchdog for a server goroutine that neither blocks nor
	// finishes (a bug, never device behaviour). Zero means 20 seconds.
	SettleTimeout time.Duration
	// DeviceIP is the address the device gets from DHCP. Empty means 192.168.4.2.
	DeviceIP string
	// ServerEpoch is the calendar time of the server world at virtual time zero (HTTP Date
	// headers, GitHub timestamps, rate-limit resets). Zero means 2026-01-01 00:00:00 UTC.
	ServerEpoch time.Time
}

// Host is a virtual host: a DNS name with an address, and the servers listening on it.
type Host struct {
	// Name is the DNS name (lower case).
	Name string
	// IP is the address DNS answers for Name.
	IP string
}

// Network is the in-memory network of one emulated world. Devices use Resolve, Dial and the
// Wi-Fi calls; scenario code adds hosts, servers, access points and faults. Servers Listen.
type Network struct {
	clock *Clock
	cfg   Config

	mu        sync.Mutex
	cond      *sync.Cond
	hosts     map[string]*Host
	byIP      map[string]*Host
	listeners map[string]*Listener
	conns     []*Conn // every open endpoint, device and server side
	waiting   map[int64]func() bool
	nextID    int
	deviceN   int // device connections dialled so far
	rules     []*rule
	trace     traceLog
	wifi      wifiState
	stuck     error
	servers   []*http.Server
	attackers map[string]*attacker
	udp       udpState // datagram responders (udp.go)
	closed    bool
}

// New returns an empty network on clock. The network registers with the clock so that every
// clock move first lets the servers settle.
func New(clock *Clock, cfg Config) *Network {
	if cfg.Window <= 0 {
		cfg.Window = 64 << 10
	}
	if cfg.SettleTimeout <= 0 {
		cfg.SettleTimeout = 20 * time.Second
	}
	if cfg.ServerEpoch.IsZero() {
		cfg.ServerEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.DeviceIP == "" {
		cfg.DeviceIP = "192.168.4.2"
	}
	n := &Network{
		clock:     clock,
		cfg:       cfg,
		hosts:     map[string]*Host{},
		byIP:      map[string]*Host{},
		listeners: map[string]*Listener{},
		waiting:   map[int64]func() bool{},
		attackers: map[string]*attacker{},
	}
	n.cond = sync.NewCond(&n.mu)
	clock.addSettler(n)
	return n
}

// Clock returns the clock the network runs on.
func (n *Network) Clock() *Clock { return n.clock }

// Seed returns the network's seed.
func (n *Network) Seed() uint64 { return n.cfg.Seed }

// DeviceIP returns the device's address on the network.
func (n *Network) DeviceIP() string { return n.cfg.DeviceIP }

// AddName registers a DNS name for a host without servers (or returns the existing host).
// Addresses are handed out in registration order, from 10.0.0.10 up.
func (n *Network) AddName(name string) (*Host, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.addNameLocked(name)
}

func (n *Network) addNameLocked(name string) (*Host, error) {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if name == "" || strings.ContainsAny(name, " /:") {
		return nil, fmt.Errorf("netsim: invalid host name %q", name)
	}
	if h, ok := n.hosts[name]; ok {
		return h, nil
	}
	if ip := net.ParseIP(name); ip != nil {
		h := &Host{Name: name, IP: name}
		n.hosts[name] = h
		n.byIP[name] = h
		return h, nil
	}
	i := len(n.hosts) + 10
	h := &Host{Name: name, IP: fmt.Sprintf("10.0.%d.%d", i/250, i%250)}
	n.hosts[name] = h
	n.byIP[h.IP] = h
	return h, nil
}

// Hosts returns the registered hosts sorted by name.
func (n *Network) Hosts() []Host {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]Host, 0, len(n.hosts))
	for _, h := range n.hosts {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Resolve looks a name up as the device's getaddrinfo does: it needs the link up, honours DNS
// faults, and returns the host's address. An address resolves to itself.
func (n *Network) Resolve(name string) (string, error) {
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.stuck != nil {
		return "", n.stuck
	}
	now := n.clock.Now()
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	ev := Event{At: now, Kind: "dns", Host: name}
	if !n.linkUpLocked(now) {
		ev.Detail = "no link"
		n.trace.add(true, 0, ev)
		return "", fmt.Errorf("netsim: resolve %s: %w", name, ErrHostUnreachable)
	}
	if ip := net.ParseIP(name); ip != nil {
		ev.Detail = name
		n.trace.add(true, 0, ev)
		return name, nil
	}
	if r := n.dnsFaultLocked(name, now); r != nil {
		ev.Detail = "fault " + r.name
		n.trace.add(true, 0, ev)
		return "", fmt.Errorf("netsim: resolve %s: %w", name, ErrDNS)
	}
	h, ok := n.hosts[name]
	if !ok {
		ev.Detail = "NXDOMAIN"
		n.trace.add(true, 0, ev)
		return "", fmt.Errorf("netsim: resolve %s: %w", name, ErrDNS)
	}
	ev.Detail = h.IP
	n.trace.add(true, 0, ev)
	return h.IP, nil
}

// Listen opens a listener on host:port for a server (the host is registered if needed). Every
// listener must be served: some goroutine must keep calling Accept until it is closed.
func (n *Network) Listen(host string, port int) (*Listener, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.listenLocked(host, port)
}

func (n *Network) listenLocked(host string, port int) (*Listener, error) {
	h, err := n.addNameLocked(host)
	if err != nil {
		return nil, err
	}
	if port <= 0 || port > 65535 {
		return nil, fmt.Errorf("netsim: listen %s:%d: invalid port", host, port)
	}
	key := h.Name + ":" + strconv.Itoa(port)
	if _, ok := n.listeners[key]; ok {
		return nil, fmt.Errorf("netsim: listen %s: address already in use", key)
	}
	l := &Listener{n: n, host: h, port: port}
	n.listeners[key] = l
	return l, nil
}

// Dial opens a TCP connection from the device to host:port (a name or an address) with no
// connect timeout. See DialTimeout.
func (n *Network) Dial(host string, port int) (*Conn, error) {
	return n.DialTimeout(host, port, -1)
}

// DialTimeout opens a TCP connection from the device, as socket.connect does. The connection
// is the run's next numbered connection. The handshake takes the round trip the latency faults
// give it; timeout < 0 waits as long as that takes, timeout >= 0 fails with ErrTimeout when the
// handshake would take longer. A name is resolved without DNS faults (devices normally resolve
// first with Resolve).
func (n *Network) DialTimeout(host string, port int, timeout time.Duration) (*Conn, error) {
	n.settle()
	n.mu.Lock()
	if n.stuck != nil {
		n.mu.Unlock()
		return nil, n.stuck
	}
	now := n.clock.Now()
	name := strings.ToLower(strings.TrimSuffix(host, "."))
	h := n.hosts[name]
	if h == nil {
		h = n.byIP[name]
	}
	n.deviceN++
	num := n.deviceN
	ev := Event{At: now, Conn: num, Kind: "connect", Host: name, Port: port}
	fail := func(detail string, err error) (*Conn, error) {
		ev.Detail = detail
		n.trace.add(true, 0, ev)
		n.mu.Unlock()
		return nil, fmt.Errorf("netsim: connect %s:%d: %w", name, port, err)
	}
	if !n.linkUpLocked(now) {
		return fail("no link", ErrHostUnreachable)
	}
	if h == nil {
		return fail("no such host", ErrHostUnreachable)
	}
	ev.Host = h.Name
	info := &connInfo{num: num, host: h.Name, port: port}
	if r := n.refuseFaultLocked(info); r != nil {
		return fail("refused by fault "+r.name, ErrConnRefused)
	}
	l := n.listeners[h.Name+":"+strconv.Itoa(port)]
	var forg Forgery
	if r, ic := n.interceptFaultLocked(info); ic != nil {
		al, err := n.attackerLocked(r, ic, h.Name, port)
		if err != nil {
			return fail("attacker: "+err.Error(), ErrConnRefused)
		}
		l = al
		info.impostor = true
		forg = ic.Interception().Forgery
		if port == 80 {
			forg = ""
		}
	}
	if l == nil || l.closed {
		return fail("refused", ErrConnRefused)
	}
	delay := n.connectDelayLocked(info)
	n.mu.Unlock()

	if delay > 0 {
		if timeout >= 0 && delay > timeout {
			n.clock.AdvanceTo(now + timeout)
			n.mu.Lock()
			return fail("timeout", ErrTimeout)
		}
		n.clock.AdvanceTo(now + delay)
	}
	n.mu.Lock()
	if l.closed {
		return fail("refused", ErrConnRefused)
	}
	client, _ := n.newPairLocked(info, true, l)
	ev.At = n.clock.Now()
	ev.Detail = h.IP
	if info.impostor {
		ev.Detail += " intercepted"
		if forg != "" {
			ev.Detail += " " + string(forg)
		}
	}
	n.trace.add(true, 0, ev)
	n.mu.Unlock()
	return client, nil
}

// dialInternal opens a connection inside the server world (an impostor relaying to the real
// server). It is never numbered as a device connection, takes no virtual time and has no
// faults.
func (n *Network) dialInternal(host string, port int) (*Conn, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	h := n.hosts[strings.ToLower(host)]
	if h == nil {
		return nil, fmt.Errorf("netsim: internal dial %s:%d: %w", host, port, ErrDNS)
	}
	l := n.listeners[h.Name+":"+strconv.Itoa(port)]
	if l == nil || l.closed {
		return nil, fmt.Errorf("netsim: internal dial %s:%d: %w", host, port, ErrConnRefused)
	}
	n.nextID++
	info := &connInfo{num: -n.nextID, host: h.Name, port: port, internal: true}
	client, _ := n.newPairLocked(info, false, l)
	n.trace.add(false, info.key, Event{At: n.clock.Now(), Conn: info.num, Kind: "connect", Host: h.Name, Port: port, Detail: "internal"})
	return client, nil
}

// Close shuts every server and listener down and closes all connections. The network cannot be
// used afterwards.
func (n *Network) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	servers := n.servers
	n.servers = nil
	for _, l := range n.listeners {
		l.closed = true
	}
	for _, c := range n.conns {
		c.closed = true
	}
	n.stuck = fmt.Errorf("netsim: network closed")
	n.cond.Broadcast()
	n.mu.Unlock()
	for _, s := range servers {
		_ = s.Close()
	}
	return nil
}

// WaitFor lets virtual time pass, event by event, until ready() holds (checked after the servers
// settle) or timeout has passed (timeout < 0: no limit). It is select.poll for the device
// goroutine: ready typically asks Conn.Readable of several connections. It returns false on
// timeout, and ErrBlockedForever when nothing can ever make ready() hold.
func (n *Network) WaitFor(timeout time.Duration, ready func() bool) (bool, error) {
	start := n.clock.Now()
	for {
		n.settle()
		if ready() {
			return true, nil
		}
		now := n.clock.Now()
		if timeout >= 0 && now >= start+timeout {
			return false, nil
		}
		next, ok := n.clock.NextEvent()
		if timeout >= 0 && (!ok || next > start+timeout) {
			n.clock.AdvanceTo(start + timeout)
			continue
		}
		if !ok {
			return false, fmt.Errorf("netsim: poll: %w", ErrBlockedForever)
		}
		n.clock.AdvanceTo(next)
	}
}

// settle implements settler: wait until every server-side goroutine is blocked with nothing to
// do at the current virtual time, then flush the trace.
func (n *Network) settle() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.settleLocked()
}

func (n *Network) settleLocked() {
	if !n.quiescentLocked() {
		start := time.Now()
		timer := time.AfterFunc(n.cfg.SettleTimeout, func() {
			n.mu.Lock()
			n.cond.Broadcast()
			n.mu.Unlock()
		})
		for !n.quiescentLocked() {
			if time.Since(start) >= n.cfg.SettleTimeout {
				n.stuck = fmt.Errorf("%w: %s after %v", ErrServerStuck, n.busyLocked(), n.cfg.SettleTimeout)
				break
			}
			n.cond.Wait()
		}
		timer.Stop()
	}
	n.trace.flush()
}

// quiescentLocked reports whether no server-side goroutine can make progress at the current
// virtual time.
func (n *Network) quiescentLocked() bool {
	if n.stuck != nil {
		return true
	}
	return n.busyLocked() == ""
}

// busyLocked names something that can still make progress, or returns "".
func (n *Network) busyLocked() string {
	for _, l := range n.listeners {
		if !l.closed && len(l.backlog) > 0 {
			return "listener " + l.host.Name + ":" + strconv.Itoa(l.port) + " has connections to accept"
		}
	}
	for _, c := range n.conns {
		if c.device || c.closed {
			continue
		}
		if c.owner == 0 {
			return fmt.Sprintf("conn %d (%s:%d) not yet read by its server", c.info.num, c.info.host, c.info.port)
		}
		ready, ok := n.waiting[c.owner]
		if !ok || ready() {
			return fmt.Sprintf("conn %d (%s:%d) server goroutine running", c.info.num, c.info.host, c.info.port)
		}
	}
	return ""
}

// waitLocked blocks the calling server goroutine (g) until ready() holds. While it waits, the
// goroutine counts as quiescent unless ready() already holds.
func (n *Network) waitLocked(g int64, ready func() bool) {
	n.waiting[g] = ready
	n.cond.Broadcast()
	for !ready() {
		n.cond.Wait()
	}
	delete(n.waiting, g)
}

// nextEvent implements settler: the earliest arrival, transition or Wi-Fi change after now.
func (n *Network) nextEvent(now time.Duration) (time.Duration, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	best, ok := never, false
	consider := func(at time.Duration) {
		if at > now && at < best {
			best, ok = at, true
		}
	}
	for _, c := range n.conns {
		if c.closed {
			continue
		}
		if at, has := c.in.nextArrival(now); has {
			consider(at)
		}
	}
	if at, has := n.wifiNextLocked(now); has {
		consider(at)
	}
	return best, ok
}

// advanced implements settler: the clock moved, so wake every waiting goroutine and apply
// time-driven changes (Wi-Fi outages).
func (n *Network) advanced(now time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.wifiAdvanceLocked(now)
	n.cond.Broadcast()
}

// removeConnLocked forgets a fully closed endpoint.
func (n *Network) removeConnLocked(c *Conn) {
	for i, x := range n.conns {
		if x == c {
			n.conns = append(n.conns[:i], n.conns[i+1:]...)
			return
		}
	}
}

// goid returns the calling goroutine's id. netsim needs it to tell the goroutine that serves a
// connection (the first to read it) from helpers that read it briefly (net/http's background
// read), so that quiescence is judged on the right goroutine.
func goid() int64 {
	var buf [32]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = b[len("goroutine "):]
	var id int64
	for _, ch := range b {
		if ch < '0' || ch > '9' {
			break
		}
		id = id*10 + int64(ch-'0')
	}
	return id
}
