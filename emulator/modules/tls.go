package modules

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
)

// ssl and tls over real crypto/tls handshakes on netsim connections, with MicroPython's API
// and defaults (MICROPYTHON.md "TLS and HTTP as devices really do it"): ssl.wrap_socket and the
// ssl wrapper's SSLContext default to CERT_NONE, tls.SSLContext to CERT_REQUIRED; only the CA
// the device code passes as cadata is trusted; a failed verification is ValueError with
// mbedTLS's text; getpeercert(True) is the server's DER certificate.

// TLS verification modes.
const (
	certNone     = 0
	certOptional = 1
	certRequired = 2
)

// SSLSocket is a TLS-wrapped socket.
type SSLSocket struct {
	it     *mpy.Interp
	raw    *Socket
	conn   *tls.Conn
	closed bool
	// lazy is the handshake still to be driven by read and write calls (do_handshake=False)
	lazy *lazyHandshake
}

// SSLSocketType is the type of TLS sockets.
var SSLSocketType = py.NewType("SSLSocket", "")

// Type returns SSLSocketType.
func (s *SSLSocket) Type() *py.Type { return SSLSocketType }

// SSLContext is ssl.SSLContext / tls.SSLContext.
type SSLContext struct {
	it         *mpy.Interp
	verifyMode int
	cadata     [][]byte
}

// SSLContextType is the type of SSL contexts.
var SSLContextType = py.NewType("SSLContext", "")

// Type returns SSLContextType.
func (c *SSLContext) Type() *py.Type { return SSLContextType }

// M__getattr__ exposes verify_mode.
func (c *SSLContext) M__getattr__(name string) (py.Object, error) {
	if name == "verify_mode" {
		return py.Int(c.verifyMode), nil
	}
	return nil, mpy.NewException(py.AttributeError, py.String("'SSLContext' object has no attribute '"+name+"'"))
}

// M__setattr__ sets verify_mode.
func (c *SSLContext) M__setattr__(name string, v py.Object) (py.Object, error) {
	if name == "verify_mode" {
		n, ok := v.(py.Int)
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
		}
		c.verifyMode = int(n)
		return py.None, nil
	}
	return nil, mpy.NewException(py.AttributeError, py.String("'SSLContext' object has no attribute '"+name+"'"))
}

// caCerts parses cadata: DER (what MicroPython takes) or PEM.
func caCerts(it *mpy.Interp, data []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	rest := data
	for {
		block, r := pem.Decode(rest)
		if block == nil {
			break
		}
		rest = r
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, mpy.NewException(py.ValueError, py.String("invalid cert"))
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		certs, err := x509.ParseCertificates(data)
		if err != nil {
			return nil, mpy.NewException(py.ValueError, py.String("invalid cert"))
		}
		out = certs
	}
	return out, nil
}

// wrap performs the client handshake, or with lazy leaves it to the first reads and writes.
func wrap(it *mpy.Interp, sockObj py.Object, verify int, cadata [][]byte, host string, lazy bool) (py.Object, error) {
	raw, ok := sockObj.(*Socket)
	if !ok || raw.conn == nil {
		return nil, it.NewOSErrorFor(it.Errno("ENOTCONN"))
	}
	if verify == certRequired && host == "" {
		return nil, mpy.NewException(py.ValueError, py.String("CERT_REQUIRED requires server_hostname"))
	}
	n, err := netOf(it)
	if err != nil {
		return nil, err
	}
	cfg := n.ClientTLSConfig(raw.conn, host, verify == certRequired)
	pool := x509.NewCertPool()
	for _, d := range cadata {
		certs, err := caCerts(it, d)
		if err != nil {
			return nil, err
		}
		for _, c := range certs {
			pool.AddCert(c)
		}
	}
	cfg.RootCAs = pool
	if lazy {
		h := newLazyHandshake(it, raw.conn, cfg)
		return &SSLSocket{it: it, raw: raw, conn: h.tc, lazy: h}, nil
	}
	conn := tls.Client(raw.conn, cfg)
	if err := conn.Handshake(); err != nil {
		return nil, handshakeError(it, err)
	}
	return &SSLSocket{it: it, raw: raw, conn: conn}, nil
}

// handshakeError is what device code sees of a failed handshake: a refused certificate is
// ValueError with mbedTLS's verification text, a network failure its OSError, anything else
// mbedTLS's fatal alert.
func handshakeError(it *mpy.Interp, err error) error {
	if msg := netsim.MbedTLSVerifyMessage(err); msg != "" {
		return mpy.NewException(py.ValueError, py.String(msg))
	}
	var ne *netsim.OpError
	if errors.As(err, &ne) || errors.Is(err, netsim.ErrConnReset) || errors.Is(err, netsim.ErrTimeout) {
		return netError(it, err)
	}
	return mpy.NewException(py.OSError, py.Int(-0x7780), py.String("MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE"))
}

// falseKw reports whether a boolean keyword argument was given and false.
func falseKw(kw py.StringDict, name string) (bool, error) {
	v, ok := kw[name]
	if !ok {
		return false, nil
	}
	on, err := mpy.Truth(v)
	return !on, err
}

func sslMethod(name string, fn func(s *SSLSocket, args py.Tuple) (py.Object, error)) {
	SSLSocketType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s := self.(*SSLSocket)
		s.it.CheckStop()
		if s.closed && name != "close" {
			return nil, s.it.NewOSErrorFor(s.it.Errno("EBADF"))
		}
		return fn(s, args)
	}, 0, "")
}

func (s *SSLSocket) readSome(n int) ([]byte, error) {
	if err := s.it.Alloc(n); err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	got, err := s.conn.Read(buf)
	if got == 0 && err != nil && !errors.Is(err, io.EOF) {
		return nil, netError(s.it, err)
	}
	return buf[:got], nil
}

func init() {
	read := func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if err := s.handshake(); err != nil {
			return nil, err
		}
		if len(args) > 0 && args[0] != py.None {
			n, _ := args[0].(py.Int)
			b, err := s.readSome(int(n))
			if err != nil {
				return nil, err
			}
			return mpy.NewBytes(b), nil
		}
		return readAll(s.it, s.readSome)
	}
	sslMethod("read", read)
	sslMethod("recv", read)
	sslMethod("readinto", func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if err := s.handshake(); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function missing 1 required positional arguments"))
		}
		buf, ok := mpy.BufferOf(args[0])
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
		}
		got, err := s.conn.Read(buf)
		if got == 0 && err != nil && !errors.Is(err, io.EOF) {
			return nil, netError(s.it, err)
		}
		return py.Int(got), nil
	})
	sslMethod("readline", func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if err := s.handshake(); err != nil {
			return nil, err
		}
		return readLine(s.it, s.readSome)
	})
	write := func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		if err := s.handshake(); err != nil {
			return nil, err
		}
		return streamWrite(s.it, s.conn, args[0])
	}
	sslMethod("write", write)
	sslMethod("send", write)
	sslMethod("setblocking", func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		fn := SocketType.Dict["setblocking"].(*py.Method)
		return fn.Call(s.raw, args)
	})
	sslMethod("getpeercert", func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if s.lazy != nil {
			return py.None, nil // no peer certificate before the handshake is over
		}
		certs := s.conn.ConnectionState().PeerCertificates
		if len(certs) == 0 {
			return py.None, nil
		}
		return mpy.NewBytes(certs[0].Raw), nil
	})
	sslMethod("close", func(s *SSLSocket, args py.Tuple) (py.Object, error) {
		if s.lazy != nil {
			s.lazy.stop()
			s.lazy = nil
		}
		if !s.closed {
			_ = s.raw.conn.Close()
		}
		s.closed, s.raw.closed = true, true
		return py.None, nil
	})
	if err := SSLSocketType.Ready(); err != nil {
		panic(err)
	}

	SSLContextType.Dict["load_verify_locations"] = py.MustNewMethod("load_verify_locations", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		c := self.(*SSLContext)
		data := kw["cadata"]
		if data == nil && len(args) > 1 {
			data = args[1]
		}
		if data == nil || data == py.None {
			return nil, mpy.NewException(py.TypeError, py.String("cadata required"))
		}
		b, ok := mpy.BufferOf(data)
		if !ok {
			if s, isStr := data.(py.String); isStr {
				b = []byte(string(s))
			} else {
				return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
			}
		}
		c.cadata = append(c.cadata, append([]byte(nil), b...))
		return py.None, nil
	}, 0, "")
	SSLContextType.Dict["wrap_socket"] = py.MustNewMethod("wrap_socket", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		c := self.(*SSLContext)
		if len(args) < 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function missing 1 required positional arguments"))
		}
		host := ""
		if h, ok := kw["server_hostname"].(py.String); ok {
			host = string(h)
		}
		lazy, err := falseKw(kw, "do_handshake_on_connect")
		if err != nil {
			return nil, err
		}
		return wrap(c.it, args[0], c.verifyMode, c.cadata, host, lazy)
	}, 0, "")
	if err := SSLContextType.Ready(); err != nil {
		panic(err)
	}

	consts := py.StringDict{
		"CERT_NONE": py.Int(certNone), "CERT_OPTIONAL": py.Int(certOptional),
		"CERT_REQUIRED": py.Int(certRequired), "PROTOCOL_TLS_CLIENT": py.Int(0),
		"PROTOCOL_TLS_SERVER": py.Int(1),
	}
	newContext := func(defaultMode int) func(self py.Object, args py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			return &SSLContext{it: mpy.InterpOf(self.(*py.Module).Context), verifyMode: defaultMode}, nil
		}
	}
	wrapSocket := py.MustNewMethod("wrap_socket", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		it := mpy.InterpOf(self.(*py.Module).Context)
		if len(args) < 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function missing 1 required positional arguments"))
		}
		mode := certNone
		if v, ok := kw["cert_reqs"].(py.Int); ok {
			mode = int(v)
		}
		var cadata [][]byte
		if v, ok := kw["cadata"]; ok && v != py.None {
			b, ok := mpy.BufferOf(v)
			if !ok {
				return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
			}
			cadata = [][]byte{b}
		}
		host := ""
		if h, ok := kw["server_hostname"].(py.String); ok {
			host = string(h)
		}
		lazy, err := falseKw(kw, "do_handshake")
		if err != nil {
			return nil, err
		}
		return wrap(it, args[0], mode, cadata, host, lazy)
	}, 0, "")
	// ssl (and ussl on firmware up to 1.22): wrap_socket and the Python wrapper's SSLContext,
	// both defaulting to CERT_NONE.
	mpy.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "ssl"},
		Methods: []*py.Method{wrapSocket, py.MustNewMethod("SSLContext", newContext(certNone), 0, "")},
		Globals: consts.Copy(),
	})
	// tls (1.23+): the native module, whose SSLContext verifies by default.
	mpy.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "tls"},
		Methods: []*py.Method{py.MustNewMethod("SSLContext", newContext(certRequired), 0, "")},
		Globals: consts.Copy(),
	})
}
