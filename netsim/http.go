package netsim

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
)

// HostHandlers are the servers of a virtual host: HTTP answers on port 80, HTTPS on port 443
// with the host's genuine certificate from the netsim CA. A nil handler leaves the port closed.
type HostHandlers struct {
	HTTP  http.Handler
	HTTPS http.Handler
}

type connKey struct{}

// AddHost registers a virtual host and starts its servers (real net/http servers, TLS by
// crypto/tls) on netsim listeners. Every request they read goes into the request log.
func (n *Network) AddHost(name string, h HostHandlers) (*Host, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	host, err := n.addNameLocked(name)
	if err != nil {
		return nil, err
	}
	if h.HTTP != nil {
		l, err := n.listenLocked(host.Name, 80)
		if err != nil {
			return nil, err
		}
		n.serveLocked(l, n.wrapHandler(host.Name, h.HTTP, false, ""), nil)
	}
	if h.HTTPS != nil {
		cert, err := HostCertificate(host.Name)
		if err != nil {
			return nil, err
		}
		l, err := n.listenLocked(host.Name, 443)
		if err != nil {
			return nil, err
		}
		n.serveLocked(l, n.wrapHandler(host.Name, h.HTTPS, true, ""), n.serverTLSConfig(cert))
	}
	return host, nil
}

// serveLocked runs an http.Server on l (through TLS when cfg is set) until the network closes.
func (n *Network) serveLocked(l *Listener, h http.Handler, cfg *tls.Config) {
	srv := &http.Server{
		Handler:  h,
		ErrorLog: log.New(io.Discard, "", 0),
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			if tc, ok := c.(*tls.Conn); ok {
				c = tc.NetConn()
			}
			if nc, ok := c.(*Conn); ok {
				return context.WithValue(ctx, connKey{}, nc)
			}
			return ctx
		},
	}
	var ln net.Listener = l
	if cfg != nil {
		ln = tls.NewListener(l, cfg)
	}
	n.servers = append(n.servers, srv)
	go func() { _ = srv.Serve(ln) }()
}

// RequestConn returns the netsim connection a server request arrived on (nil outside netsim).
func RequestConn(r *http.Request) *Conn {
	c, _ := r.Context().Value(connKey{}).(*Conn)
	return c
}

// wrapHandler logs each request, stamps the virtual Date, records the response position for
// faults, and applies the HTTP faults that target the request.
func (n *Network) wrapHandler(host string, h http.Handler, isTLS bool, forgery Forgery) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := RequestConn(r)
		var faults []HTTPFault
		now := n.ServerTime()
		if c != nil {
			n.mu.Lock()
			info := c.info
			info.path = r.URL.Path
			info.respStart = c.out.sent
			info.respLen = -1
			n.trace.addRequest(info.key, Request{
				At: n.clock.Now(), Conn: info.num, Host: host, Impostor: info.impostor,
				Forgery: forgery, TLS: isTLS, Method: r.Method, URI: r.RequestURI, Proto: r.Proto, Header: r.Header.Clone(),
			})
			faults = n.httpFaultsLocked(info, r.URL.Path)
			detail := r.Method + " " + r.RequestURI + " " + r.Proto
			if info.impostor {
				detail += " (impostor)"
			}
			n.trace.add(false, info.key, Event{At: n.clock.Now(), Conn: info.num, Kind: "request", Host: host, Port: info.port, Detail: detail})
			n.mu.Unlock()
			w = &respWatcher{ResponseWriter: w, n: n, c: c}
		}
		w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
		next := h
		for i := len(faults) - 1; i >= 0; i-- {
			f, inner := faults[i], next
			next = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.ServeHTTPFault(w, r, inner) })
		}
		next.ServeHTTP(w, r)
	})
}

// respWatcher notes the Content-Length of the response on the connection (for percentage
// faults) and keeps the Hijacker and Flusher abilities of the writer it wraps.
type respWatcher struct {
	http.ResponseWriter
	n    *Network
	c    *Conn
	done bool
}

func (rw *respWatcher) note(code int) {
	if rw.done {
		return
	}
	rw.done = true
	rw.n.mu.Lock()
	defer rw.n.mu.Unlock()
	info := rw.c.info
	detail := strconv.Itoa(code)
	if v := rw.Header().Get("Content-Length"); v != "" {
		if l, err := strconv.ParseInt(v, 10, 64); err == nil {
			info.respLen = l
			detail += " length " + v
		}
	}
	rw.n.trace.add(false, info.key, Event{At: rw.n.clock.Now(), Conn: info.num, Kind: "response", Host: info.host, Port: info.port, Detail: detail})
}

func (rw *respWatcher) WriteHeader(code int) {
	rw.note(code)
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *respWatcher) Write(b []byte) (int, error) {
	rw.note(http.StatusOK)
	return rw.ResponseWriter.Write(b)
}

func (rw *respWatcher) Flush() {
	if f, ok := rw.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (rw *respWatcher) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	rw.done = true // the hijacker writes its own response and reports its length
	hj, ok := rw.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, fmt.Errorf("netsim: response writer cannot be hijacked")
	}
	return hj.Hijack()
}

// NoteResponseLength tells percentage faults the length of a response written by hand (after a
// hijack).
func NoteResponseLength(r *http.Request, length int64) {
	c := RequestConn(r)
	if c == nil {
		return
	}
	c.n.mu.Lock()
	c.info.respLen = length
	c.n.mu.Unlock()
}
