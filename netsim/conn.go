package netsim

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"time"
)

// Direction is a direction of a TCP stream.
type Direction int

const (
	// Up is device to server.
	Up Direction = 1
	// Down is server to device.
	Down Direction = 2
)

// String returns "up" or "down".
func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "both"
}

// connInfo is what both ends of a connection share.
type connInfo struct {
	key      int // unique, in creation order: sorts trace events
	num      int // device connection number, negative for internal connections
	host     string
	port     int
	internal bool
	impostor bool
	path     string // path of the latest HTTP request served on this connection
	// respStart and respLen locate the latest HTTP response in the down stream: the down
	// offset when its handler started, and its Content-Length (-1 unknown).
	respStart int64
	respLen   int64
}

type segment struct {
	data []byte
	at   time.Duration
}

// pipe is one direction of a connection: bytes with virtual arrival times.
type pipe struct {
	dir      Direction
	info     *connInfo
	reverse  *pipe
	segs     []segment
	buffered int
	last     time.Duration
	fin      bool
	finAt    time.Duration
	rst      bool
	rstAt    time.Duration
	dead     bool // no more data will be accepted (fin, reset or closed by a fault)
	closedRd bool // the reader closed its end
	sent     int64
	stages   []*stage
}

func (p *pipe) dataReady(now time.Duration) bool {
	if len(p.segs) == 0 {
		return false
	}
	at := p.segs[0].at
	return at <= now && (!p.rst || at <= p.rstAt)
}

func (p *pipe) readable(now time.Duration) bool {
	return p.dataReady(now) || (p.fin && p.finAt <= now) || (p.rst && p.rstAt <= now)
}

func (p *pipe) nextArrival(now time.Duration) (time.Duration, bool) {
	best, ok := never, false
	for _, s := range p.segs {
		if s.at > now {
			if s.at < best && (!p.rst || s.at <= p.rstAt) {
				best, ok = s.at, true
			}
			break
		}
	}
	if p.fin && p.finAt > now && p.finAt < best {
		best, ok = p.finAt, true
	}
	if p.rst && p.rstAt > now && p.rstAt < best {
		best, ok = p.rstAt, true
	}
	return best, ok
}

// read copies deliverable bytes into b. It returns io.EOF after a delivered FIN and
// ErrConnReset after a delivered reset, once the bytes before them are read.
func (p *pipe) read(b []byte, now time.Duration) (int, error) {
	n := 0
	for n < len(b) && p.dataReady(now) {
		s := &p.segs[0]
		k := copy(b[n:], s.data)
		n += k
		s.data = s.data[k:]
		if len(s.data) == 0 {
			p.segs[0] = segment{}
			p.segs = p.segs[1:]
		}
	}
	p.buffered -= n
	if n > 0 {
		return n, nil
	}
	if p.rst && p.rstAt <= now {
		return 0, ErrConnReset
	}
	if p.fin && p.finAt <= now {
		return 0, io.EOF
	}
	return 0, nil
}

// deliver queues one chunk that came out of the fault pipeline.
func (p *pipe) deliver(c Chunk) {
	switch c.Kind {
	case ChunkData:
		if p.dead || p.closedRd || len(c.Data) == 0 {
			return
		}
		at := max(c.At, p.last)
		p.last = at
		p.segs = append(p.segs, segment{data: c.Data, at: at})
		p.buffered += len(c.Data)
	case ChunkFin:
		if !p.dead {
			p.dead, p.fin, p.finAt = true, true, max(c.At, p.last)
		}
	case ChunkClose:
		for _, q := range []*pipe{p, p.reverse} {
			if !q.dead {
				q.dead, q.fin, q.finAt = true, true, max(c.At, q.last)
			}
		}
	case ChunkReset:
		for _, q := range []*pipe{p, p.reverse} {
			if !q.rst {
				q.dead, q.rst, q.rstAt = true, true, max(c.At, 0)
			}
		}
	}
}

// Conn is one end of an in-memory TCP connection. It implements net.Conn, so real Go servers
// (net/http, crypto/tls) serve it and real Go clients use it.
//
// The device's end (from Network.Dial) lives on virtual time: a blocking Read with nothing
// deliverable lets the servers settle, then advances the clock to the next arrival, or fails
// with ErrTimeout at its deadline. Server ends never move the clock: they wait in wall time
// until the device's clock makes their data arrive.
type Conn struct {
	n      *Network
	info   *connInfo
	device bool
	in     *pipe
	out    *pipe
	peer   *Conn
	closed bool
	owner  int64 // server side: the goroutine that first read this end
	// dead is set once the device has been told of a reset: like lwIP, later operations
	// find no connection (ENOTCONN).
	dead bool

	// Device side: per-operation timeout (as socket.settimeout) and absolute virtual deadlines.
	tmo      time.Duration
	tmoSet   bool
	rdl, wdl time.Duration
	hasRdl   bool
	hasWdl   bool
	// Server side: wall-clock deadlines only matter when already past (net/http uses a past
	// deadline to interrupt its background read).
	rdPast, wrPast bool
}

var _ net.Conn = (*Conn)(nil)

// Number returns the connection's number in the run (1 for the device's first connection);
// internal connections have negative numbers.
func (c *Conn) Number() int { return c.info.num }

// Host returns the virtual host name the connection goes to.
func (c *Conn) Host() string { return c.info.host }

// Port returns the remote port of the device's end (the listening port).
func (c *Conn) Port() int { return c.info.port }

// Intercepted reports whether a man in the middle holds the other end.
func (c *Conn) Intercepted() bool { return c.info.impostor }

// Readable reports, once the servers have settled, whether a Read would return at once (data,
// EOF or an error is there): what select.poll reports as POLLIN.
func (c *Conn) Readable() bool {
	c.n.settle()
	c.n.mu.Lock()
	defer c.n.mu.Unlock()
	return c.closed || c.dead || c.in.readable(c.n.clock.Now())
}

// Writable reports, once the servers have settled, whether a Write would accept bytes at once
// (POLLOUT).
func (c *Conn) Writable() bool {
	c.n.settle()
	c.n.mu.Lock()
	defer c.n.mu.Unlock()
	return c.closed || c.dead || c.out.dead || c.out.closedRd || c.n.cfg.Window-c.out.buffered > 0
}

// SetTimeout sets the per-operation timeout of the device's end, as socket.settimeout does:
// d < 0 blocks without limit, d == 0 makes operations non-blocking (ErrWouldBlock), d > 0
// fails each blocking operation with ErrTimeout after d of virtual time.
func (c *Conn) SetTimeout(d time.Duration) {
	c.n.mu.Lock()
	defer c.n.mu.Unlock()
	if d < 0 {
		c.tmoSet = false
		return
	}
	c.tmo, c.tmoSet = d, true
}

// Read reads what has arrived. See Conn for how the device's end waits.
func (c *Conn) Read(b []byte) (int, error) {
	if c.device {
		return c.deviceRead(b)
	}
	return c.serverRead(b)
}

// Write queues b for the peer, through the connection's faults. It blocks while the peer's
// window is full.
func (c *Conn) Write(b []byte) (int, error) {
	if c.device {
		return c.deviceWrite(b)
	}
	return c.serverWrite(b)
}

func (c *Conn) errf(op string, err error) error {
	return &OpError{Op: op, Conn: c.info.num, Host: c.info.host, Port: c.info.port, Err: err}
}

// OpError is the error of an operation on a connection. It wraps one of the package's Err
// values (use errors.Is) and, like net.OpError, reports timeouts through Timeout and Temporary
// so that crypto/tls keeps a connection usable after a read timeout, as MicroPython does.
type OpError struct {
	Op   string
	Conn int
	Host string
	Port int
	Err  error
}

// Error describes the failure with its connection.
func (e *OpError) Error() string {
	return fmt.Sprintf("netsim: %s conn %d (%s:%d): %v", e.Op, e.Conn, e.Host, e.Port, e.Err)
}

// Unwrap returns the underlying error.
func (e *OpError) Unwrap() error { return e.Err }

// Timeout reports whether the operation timed out (or would block).
func (e *OpError) Timeout() bool {
	return errors.Is(e.Err, ErrTimeout) || errors.Is(e.Err, ErrWouldBlock)
}

// Temporary reports whether retrying can succeed: true for timeouts.
func (e *OpError) Temporary() bool { return e.Timeout() }

func (c *Conn) deadline(start time.Duration, abs time.Duration, hasAbs bool) (time.Duration, bool) {
	dl, has := never, false
	if c.tmoSet {
		dl, has = start+c.tmo, true
	}
	if hasAbs && abs < dl {
		dl, has = abs, true
	}
	return dl, has
}

func (c *Conn) deviceRead(b []byte) (int, error) {
	n := c.n
	start := n.clock.Now()
	for {
		n.settle()
		n.mu.Lock()
		if n.stuck != nil {
			n.mu.Unlock()
			return 0, n.stuck
		}
		if c.closed {
			n.mu.Unlock()
			return 0, c.errf("read", net.ErrClosed)
		}
		if c.dead {
			n.mu.Unlock()
			return 0, c.errf("read", ErrNotConnected)
		}
		now := n.clock.Now()
		if c.in.readable(now) {
			k, err := c.in.read(b, now)
			if k > 0 {
				n.trace.add(true, c.info.key, Event{At: now, Conn: c.info.num, Kind: "recv", Host: c.info.host, Port: c.info.port, Dir: c.in.dir.String(), Bytes: k})
				n.cond.Broadcast()
			} else if err == ErrConnReset {
				c.dead = true
				n.trace.add(true, c.info.key, Event{At: now, Conn: c.info.num, Kind: "reset", Host: c.info.host, Port: c.info.port, Dir: c.in.dir.String()})
			}
			n.mu.Unlock()
			if err == ErrConnReset {
				return k, c.errf("read", err)
			}
			return k, err
		}
		dl, has := c.deadline(start, c.rdl, c.hasRdl)
		n.mu.Unlock()
		if err := c.wait(now, dl, has, "read"); err != nil {
			return 0, err
		}
	}
}

// wait moves the device's clock to the next event, or to the deadline with ErrTimeout.
func (c *Conn) wait(now, dl time.Duration, has bool, op string) error {
	n := c.n
	if c.tmoSet && c.tmo == 0 {
		return c.errf(op, ErrWouldBlock)
	}
	if has && dl <= now {
		n.mu.Lock()
		n.trace.add(true, c.info.key, Event{At: now, Conn: c.info.num, Kind: "timeout", Host: c.info.host, Port: c.info.port, Detail: op})
		n.mu.Unlock()
		return c.errf(op, ErrTimeout)
	}
	next, ok := n.clock.NextEvent()
	if has && (!ok || next > dl) {
		n.clock.AdvanceTo(dl)
		return nil // the loop notices the deadline (after one last look at the data)
	}
	if !ok {
		return c.errf(op, ErrBlockedForever)
	}
	n.clock.AdvanceTo(next)
	return nil
}

func (c *Conn) serverRead(b []byte) (int, error) {
	n := c.n
	n.mu.Lock()
	defer n.mu.Unlock()
	g := goid()
	if c.owner == 0 {
		c.owner = g
	}
	ready := func() bool {
		return c.closed || c.rdPast || c.in.readable(n.clock.Now())
	}
	if !ready() {
		n.waitLocked(g, ready)
	}
	if c.closed {
		return 0, c.errf("read", net.ErrClosed)
	}
	now := n.clock.Now()
	if !c.in.readable(now) && c.rdPast {
		return 0, os.ErrDeadlineExceeded
	}
	k, err := c.in.read(b, now)
	if k > 0 {
		n.trace.add(false, c.info.key, Event{At: now, Conn: c.info.num, Kind: "recv", Host: c.info.host, Port: c.info.port, Dir: c.in.dir.String(), Bytes: k})
		n.cond.Broadcast()
	}
	if err == ErrConnReset {
		return k, c.errf("read", err)
	}
	return k, err
}

func (c *Conn) deviceWrite(b []byte) (int, error) {
	n := c.n
	start := n.clock.Now()
	total := 0
	for {
		n.settle()
		n.mu.Lock()
		if n.stuck != nil {
			n.mu.Unlock()
			return total, n.stuck
		}
		if c.closed {
			n.mu.Unlock()
			return total, c.errf("write", net.ErrClosed)
		}
		if c.dead {
			n.mu.Unlock()
			return total, c.errf("write", ErrNotConnected)
		}
		now := n.clock.Now()
		if c.in.rst && c.in.rstAt <= now {
			c.dead = true
			n.mu.Unlock()
			return total, c.errf("write", ErrConnReset)
		}
		if c.out.dead || c.out.closedRd {
			if c.out.closedRd && c.in.fin && c.in.finAt <= now {
				// The peer has closed and the device has seen its FIN: like a socket
				// writing to a closed peer, it gets ECONNRESET.
				n.mu.Unlock()
				return total, c.errf("write", ErrConnReset)
			}
			// The peer or the path dropped this direction but the device cannot know yet:
			// the bytes vanish.
			n.mu.Unlock()
			return len(b), nil
		}
		if space := n.cfg.Window - c.out.buffered; space > 0 {
			k := min(space, len(b)-total)
			c.pushLocked(true, now, b[total:total+k])
			total += k
			if total == len(b) {
				n.mu.Unlock()
				return total, nil
			}
			n.mu.Unlock()
			continue
		}
		dl, has := c.deadline(start, c.wdl, c.hasWdl)
		n.mu.Unlock()
		if err := c.wait(now, dl, has, "write"); err != nil {
			return total, err
		}
	}
}

func (c *Conn) serverWrite(b []byte) (int, error) {
	n := c.n
	n.mu.Lock()
	defer n.mu.Unlock()
	total := 0
	var g int64
	for {
		if c.closed {
			return total, c.errf("write", net.ErrClosed)
		}
		now := n.clock.Now()
		if c.wrPast {
			return total, os.ErrDeadlineExceeded
		}
		if (c.in.rst && c.in.rstAt <= now) || c.out.dead || c.out.closedRd {
			return total, c.errf("write", ErrConnReset)
		}
		if space := n.cfg.Window - c.out.buffered; space > 0 {
			k := min(space, len(b)-total)
			c.pushLocked(false, now, b[total:total+k])
			total += k
			if total == len(b) {
				return total, nil
			}
			continue
		}
		if g == 0 {
			g = goid()
		}
		n.waitLocked(g, func() bool {
			return c.closed || c.wrPast || c.out.dead || c.out.closedRd || (c.in.rst && c.in.rstAt <= n.clock.Now()) ||
				n.cfg.Window-c.out.buffered > 0
		})
	}
}

// pushLocked sends data (or a FIN when data is nil and fin is set) through the faults.
func (c *Conn) pushLocked(fromDevice bool, now time.Duration, data []byte) {
	n := c.n
	buf := append([]byte(nil), data...)
	c.out.sent += int64(len(buf))
	n.trace.add(fromDevice, c.info.key, Event{At: now, Conn: c.info.num, Kind: "send", Host: c.info.host, Port: c.info.port, Dir: c.out.dir.String(), Bytes: len(buf)})
	n.runPipeLocked(fromDevice, c.out, Chunk{Kind: ChunkData, Data: buf, At: now}, now)
	n.cond.Broadcast()
}

// Close closes this end: the peer reads EOF once the FIN arrives; unread data is discarded and
// the peer's further writes fail with ErrConnReset.
func (c *Conn) Close() error {
	n := c.n
	if c.device {
		n.settle()
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if c.closed {
		return nil
	}
	now := n.clock.Now()
	c.closed = true
	n.trace.add(c.device, c.info.key, Event{At: now, Conn: c.info.num, Kind: "close", Host: c.info.host, Port: c.info.port, Dir: c.out.dir.String()})
	if !c.out.dead {
		n.runPipeLocked(c.device, c.out, Chunk{Kind: ChunkFin, At: now}, now)
	}
	c.in.closedRd = true
	c.in.segs = nil
	c.in.buffered = 0
	if c.peer.closed {
		n.removeConnLocked(c)
		n.removeConnLocked(c.peer)
	}
	n.cond.Broadcast()
	return nil
}

// LocalAddr returns this end's address.
func (c *Conn) LocalAddr() net.Addr {
	if c.in.dir == Down { // the connecting end
		return c.n.clientAddr(c)
	}
	return c.n.serverAddr(c)
}

// RemoteAddr returns the peer's address.
func (c *Conn) RemoteAddr() net.Addr {
	if c.in.dir == Down {
		return c.n.serverAddr(c)
	}
	return c.n.clientAddr(c)
}

func (n *Network) clientAddr(c *Conn) net.Addr {
	ip := n.cfg.DeviceIP
	if c.info.internal {
		ip = "10.0.255.1"
	}
	return &net.TCPAddr{IP: net.ParseIP(ip), Port: 49152 + (abs(c.info.num) % 16384)}
}

func (n *Network) serverAddr(c *Conn) net.Addr {
	n.mu.Lock()
	h := n.hosts[c.info.host]
	n.mu.Unlock()
	ip := "0.0.0.0"
	if h != nil {
		ip = h.IP
	}
	return &net.TCPAddr{IP: net.ParseIP(ip), Port: c.info.port}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SetDeadline sets both deadlines. On the device's end, t is read on the virtual calendar
// (Clock.Time); on a server's end only a deadline already in the past has an effect.
func (c *Conn) SetDeadline(t time.Time) error {
	_ = c.SetReadDeadline(t)
	return c.SetWriteDeadline(t)
}

// SetReadDeadline sets the read deadline; see SetDeadline.
func (c *Conn) SetReadDeadline(t time.Time) error {
	c.n.mu.Lock()
	defer c.n.mu.Unlock()
	if c.device {
		c.hasRdl = !t.IsZero()
		c.rdl = t.Sub(c.n.clock.Epoch())
	} else {
		c.rdPast = !t.IsZero() && !t.After(time.Now())
	}
	c.n.cond.Broadcast()
	return nil
}

// SetWriteDeadline sets the write deadline; see SetDeadline.
func (c *Conn) SetWriteDeadline(t time.Time) error {
	c.n.mu.Lock()
	defer c.n.mu.Unlock()
	if c.device {
		c.hasWdl = !t.IsZero()
		c.wdl = t.Sub(c.n.clock.Epoch())
	} else {
		c.wrPast = !t.IsZero() && !t.After(time.Now())
	}
	c.n.cond.Broadcast()
	return nil
}

// Listener accepts connections for one host:port. It implements net.Listener.
type Listener struct {
	n       *Network
	host    *Host
	port    int
	backlog []*Conn
	closed  bool
}

var _ net.Listener = (*Listener)(nil)

// Accept waits for the next connection.
func (l *Listener) Accept() (net.Conn, error) {
	n := l.n
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(l.backlog) == 0 && !l.closed {
		n.waitLocked(goid(), func() bool { return l.closed || len(l.backlog) > 0 })
	}
	if l.closed {
		return nil, fmt.Errorf("netsim: accept %s:%d: %w", l.host.Name, l.port, net.ErrClosed)
	}
	c := l.backlog[0]
	l.backlog = l.backlog[1:]
	n.cond.Broadcast()
	return c, nil
}

// Close stops the listener; Accept returns net.ErrClosed.
func (l *Listener) Close() error {
	l.n.mu.Lock()
	defer l.n.mu.Unlock()
	l.closed = true
	for _, c := range l.backlog {
		// Never accepted: the connecting end is reset, as by a closing listen socket.
		c.closed = true
		c.in.deliver(Chunk{Kind: ChunkReset, At: l.n.clock.Now()})
	}
	l.backlog = nil
	l.n.cond.Broadcast()
	return nil
}

// Addr returns the listening address.
func (l *Listener) Addr() net.Addr {
	return &net.TCPAddr{IP: net.ParseIP(l.host.IP), Port: l.port}
}

func (n *Network) newPairLocked(info *connInfo, device bool, l *Listener) (client, server *Conn) {
	n.nextID++
	info.key = n.nextID
	info.respLen = -1
	up := &pipe{dir: Up, info: info}
	down := &pipe{dir: Down, info: info}
	up.reverse, down.reverse = down, up
	if device {
		up.stages = n.stagesLocked(info, Up)
		down.stages = n.stagesLocked(info, Down)
	}
	client = &Conn{n: n, info: info, device: device, in: down, out: up}
	server = &Conn{n: n, info: info, in: up, out: down}
	client.peer, server.peer = server, client
	n.conns = append(n.conns, client, server)
	l.backlog = append(l.backlog, server)
	n.cond.Broadcast()
	return client, server
}

// String names the connection for messages: its number, host and port.
func (c *Conn) String() string {
	return "netsim conn " + strconv.Itoa(c.info.num) + " " + c.info.host + ":" + strconv.Itoa(c.info.port)
}
