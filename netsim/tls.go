package netsim

import (
	"crypto/tls"
	"encoding/binary"
	"math/rand/v2"
	"time"
)

// tlsRand returns a deterministic randomness stream for one TLS endpoint.
func (n *Network) tlsRand(key int, role uint64) *rand.ChaCha8 {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[0:], n.cfg.Seed)
	binary.LittleEndian.PutUint64(seed[8:], uint64(key))
	binary.LittleEndian.PutUint64(seed[16:], role)
	binary.LittleEndian.PutUint64(seed[24:], 0x6f74612d656d75) // "ota-emu"
	return rand.NewChaCha8(seed)
}

// ServerTime returns the calendar time of the server world: Config.ServerEpoch plus the
// virtual time. Servers live in the real world whatever the board's RTC says.
func (n *Network) ServerTime() time.Time {
	return n.cfg.ServerEpoch.Add(n.clock.Now())
}

// tlsCurves are the key exchanges netsim offers: X25519 and P-256, both in the mbedTLS builds of
// MicroPython; the post-quantum hybrids Go prefers are left out (no board speaks them).
var tlsCurves = []tls.CurveID{tls.X25519, tls.CurveP256}

// serverTLSConfig is the configuration of a virtual server presenting cert. Each connection
// gets its own seeded randomness; the handshake time is the server world's virtual time.
func (n *Network) serverTLSConfig(cert *tls.Certificate) *tls.Config {
	base := &tls.Config{
		Certificates:           []tls.Certificate{*cert},
		MinVersion:             tls.VersionTLS12,
		CurvePreferences:       tlsCurves,
		SessionTicketsDisabled: true,
		Time:                   n.ServerTime,
	}
	cfg := base.Clone()
	cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		c := base.Clone()
		key := 0
		if nc, ok := hello.Conn.(*Conn); ok {
			key = nc.info.key
		}
		c.Rand = n.tlsRand(key, 2)
		return c, nil
	}
	return cfg
}

// ClientTLSConfig returns a TLS client configuration for the device's end of conn: seeded
// randomness, the board's RTC as the verification time, the netsim CA as the only root, and
// verification on or off (MicroPython's CERT_REQUIRED or CERT_NONE). The device layer narrows
// MaxVersion to TLS 1.2 to mimic a board's mbedTLS if it wants.
func (n *Network) ClientTLSConfig(conn *Conn, serverName string, verify bool) *tls.Config {
	key := 0
	if conn != nil {
		key = conn.info.key
	}
	return &tls.Config{
		ServerName:             serverName,
		RootCAs:                CAPool(),
		InsecureSkipVerify:     !verify,
		MinVersion:             tls.VersionTLS12,
		CurvePreferences:       tlsCurves,
		SessionTicketsDisabled: true,
		Time:                   n.clock.Time,
		Rand:                   n.tlsRand(key, 1),
	}
}
