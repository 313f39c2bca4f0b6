package modules

import (
	"crypto/tls"
	"errors"
	"net"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
)

// lazyHandshake is a client handshake that device code drives from its read and write calls,
// as MicroPython does with wrap_socket(..., do_handshake=False) (ssl) or
// do_handshake_on_connect=False (tls.SSLContext): on a non-blocking socket each call lets the
// handshake go as far as the data that has arrived allows, then raises OSError(EAGAIN), so the
// caller can poll with a deadline of its own (a blocking handshake has none: a server dripping
// it a byte at a time holds a board for hours).
//
// crypto/tls cannot pause a handshake, so it runs on a helper goroutine over a connection that,
// instead of failing with "would block", parks the helper and hands control back to the device
// goroutine. Only one of the two ever runs: the device goroutine waits while the helper runs,
// and the helper is parked while device code runs, so the run stays deterministic and netsim's
// device side is still used by one goroutine at a time.
type lazyHandshake struct {
	tc      *tls.Conn
	want    chan struct{} // helper -> device: parked until the socket is ready again
	step    chan struct{} // device -> helper: try again
	fin     chan error    // helper -> device: the handshake ended
	quit    chan struct{} // closed to release a parked helper
	started bool
	done    bool
	err     error
	// wantWrite says the helper is parked on a write (the connection's window or connect), not
	// a read: select.poll then reports readiness when the socket is writable
	wantWrite bool
}

func newLazyHandshake(it *mpy.Interp, raw *netsim.Conn, cfg *tls.Config) *lazyHandshake {
	h := &lazyHandshake{want: make(chan struct{}), step: make(chan struct{}), fin: make(chan error, 1), quit: make(chan struct{})}
	h.tc = tls.Client(lazyConn{Conn: raw, h: h}, cfg)
	it.AtClose(h.stop)
	return h
}

// advance lets the handshake run until it needs the socket to be ready again (false) or ends
// (true; h.err says how).
func (h *lazyHandshake) advance() bool {
	if h.done {
		return true
	}
	if !h.started {
		h.started = true
		go func() { h.fin <- h.tc.Handshake() }()
	} else {
		h.step <- struct{}{}
	}
	select {
	case <-h.want:
		return false
	case err := <-h.fin:
		h.done, h.err = true, err
		return true
	}
}

// stop releases a helper parked in the middle of a handshake (socket closed, boot ended).
func (h *lazyHandshake) stop() {
	if !h.started || h.done {
		return
	}
	close(h.quit)
	h.done, h.err = true, <-h.fin
	if h.err == nil {
		h.err = net.ErrClosed
	}
}

// park hands control back to the device goroutine until it calls advance again.
func (h *lazyHandshake) park() bool {
	select {
	case h.want <- struct{}{}:
	case <-h.quit:
		return false
	}
	select {
	case <-h.step:
		return true
	case <-h.quit:
		return false
	}
}

// lazyConn is the helper's view of the device's connection: a read or write that would block
// parks the helper instead of failing.
type lazyConn struct {
	*netsim.Conn
	h *lazyHandshake
}

func (c lazyConn) Read(b []byte) (int, error) {
	if c.h.done {
		return c.Conn.Read(b) // after the handshake: the device goroutine's own reads
	}
	for {
		n, err := c.Conn.Read(b)
		if n > 0 || !errors.Is(err, netsim.ErrWouldBlock) {
			return n, err
		}
		c.h.wantWrite = false
		if !c.h.park() {
			return 0, net.ErrClosed
		}
	}
}

func (c lazyConn) Write(b []byte) (int, error) {
	if c.h.done {
		return c.Conn.Write(b)
	}
	total := 0
	for {
		n, err := c.Conn.Write(b[total:])
		total += n
		switch {
		case total == len(b):
			return total, nil
		case err != nil && !errors.Is(err, netsim.ErrWouldBlock):
			return total, err
		case err != nil:
			c.h.wantWrite = true
			if !c.h.park() {
				return total, net.ErrClosed
			}
		}
	}
}

// handshake drives a lazy handshake from a read or write call: nil once it is over, OSError
// EAGAIN while it waits for the network on a non-blocking socket, the handshake's own error
// (a refused certificate is ValueError with mbedTLS's text) when it failed.
func (s *SSLSocket) handshake() error {
	h := s.lazy
	if h == nil {
		return nil
	}
	if !h.advance() {
		return s.it.NewOSErrorFor(s.it.Errno("EAGAIN"))
	}
	s.lazy = nil
	if h.err != nil {
		s.closed = true
		_ = s.raw.conn.Close()
		return handshakeError(s.it, h.err)
	}
	return nil
}
