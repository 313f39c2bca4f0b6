package netsim

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
)

// attacker is a man in the middle for one host and port: an http.Server on a hidden listener
// presenting a forged certificate, which substitutes payloads or relays to the real host.
type attacker struct {
	l *Listener
}

// attackerLocked returns (starting it on first use) the impostor listener for rule r.
func (n *Network) attackerLocked(r *rule, ic Interceptor, host string, port int) (*Listener, error) {
	key := "!impostor|" + strconv.Itoa(r.index) + "|" + host + ":" + strconv.Itoa(port)
	if a, ok := n.attackers[key]; ok {
		return a.l, nil
	}
	spec := ic.Interception()
	l := &Listener{n: n, host: &Host{Name: host, IP: "10.66.6.6"}, port: port}
	var cfg *tls.Config
	forgery := Forgery("")
	if port == 443 {
		forgery = spec.Forgery
		if forgery == "" {
			forgery = ForgerySelfSigned
		}
		cert, err := ForgedCertificate(forgery, host, spec.OtherHost)
		if err != nil {
			return nil, err
		}
		cfg = n.serverTLSConfig(cert)
	}
	h := &impostor{n: n, host: host, port: port, spec: spec, target: r.target}
	n.listeners[key] = l
	n.attackers[key] = &attacker{l: l}
	n.serveLocked(l, n.wrapHandler(host, h, port == 443, forgery), cfg)
	return l, nil
}

// impostor answers requests that reached a man in the middle.
type impostor struct {
	n      *Network
	host   string
	port   int
	spec   Interception
	target Target
}

func (m *impostor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if m.spec.Substitute && m.target.MatchPath(r.URL.Path) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Length", strconv.Itoa(len(m.spec.Body)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			_, _ = w.Write(m.spec.Body)
		}
		return
	}
	if err := m.relay(w, r); err != nil {
		http.Error(w, "bad gateway: "+err.Error(), http.StatusBadGateway)
	}
}

// relay forwards the request, headers and all, to the real host and copies the answer back.
func (m *impostor) relay(w http.ResponseWriter, r *http.Request) error {
	c, err := m.n.dialInternal(m.host, m.port)
	if err != nil {
		return err
	}
	var conn net.Conn = c
	if m.port == 443 {
		// the attacker's machine has a real clock: it verifies the genuine server at the
		// server world's time, not the device's (which reads 2000-01-01 until set)
		cfg := m.n.ClientTLSConfig(c, m.host, true)
		cfg.Time = m.n.ServerTime
		conn = tls.Client(c, cfg)
	}
	defer conn.Close()
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.Close = true
	out.Header.Del("Connection")
	if err := out.Write(conn); err != nil {
		return fmt.Errorf("relay request to %s: %w", m.host, err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), out)
	if err != nil {
		return fmt.Errorf("relay response from %s: %w", m.host, err)
	}
	defer resp.Body.Close()
	for k, v := range resp.Header {
		if k == "Connection" {
			continue
		}
		w.Header()[k] = v
	}
	if resp.ContentLength >= 0 && r.Method != http.MethodHead {
		w.Header().Set("Content-Length", strconv.FormatInt(resp.ContentLength, 10))
	}
	w.WriteHeader(resp.StatusCode)
	_, err = io.Copy(w, resp.Body)
	return err
}
