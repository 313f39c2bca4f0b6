package modules

import (
	"errors"
	"io"
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
)

// The socket module over netsim: TCP client sockets as updaters use them, with each port's
// errno numbers and getaddrinfo failure codes (ESP32: OSError(-202), RP2: OSError(-2)).

// Socket is a socket.socket object.
type Socket struct {
	it      *mpy.Interp
	conn    *netsim.Conn
	timeout time.Duration // < 0 blocking
	closed  bool
	dgram   bool            // SOCK_DGRAM (udp.go in netsim): sendto, recv, recvfrom
	udp     *netsim.UDPConn // opened on first use of a datagram socket
}

// SocketType is the type of socket objects.
var SocketType = py.NewType("socket", "")

// Type returns SocketType.
func (s *Socket) Type() *py.Type { return SocketType }

// netError turns a netsim error into the OSError the board raises.
func netError(it *mpy.Interp, err error) error {
	name := "EIO"
	switch {
	case errors.Is(err, netsim.ErrTimeout):
		name = "ETIMEDOUT"
	case errors.Is(err, netsim.ErrWouldBlock):
		name = "EAGAIN"
	case errors.Is(err, netsim.ErrConnRefused):
		name = "ECONNREFUSED"
	case errors.Is(err, netsim.ErrConnReset):
		name = "ECONNRESET"
	case errors.Is(err, netsim.ErrHostUnreachable):
		name = "EHOSTUNREACH"
	case errors.Is(err, netsim.ErrNotConnected):
		name = "ENOTCONN"
	case errors.Is(err, netsim.ErrBlockedForever):
		// nothing will ever arrive: on a board the program would hang; the emulator ends it
		it.Cut("the device blocked forever on a socket with no timeout and nothing to arrive", err)
	case errors.Is(err, netsim.ErrServerStuck):
		it.Cut("emulator fault: a virtual server did not settle", err)
	}
	return it.NewOSErrorFor(it.Errno(name))
}

// getaddrinfoError is a failed name lookup as each port reports it.
func getaddrinfoError(it *mpy.Interp) error {
	if it.Platform() == "esp32" {
		return mpy.NewOSError(-202)
	}
	return mpy.NewOSError(-2)
}

func addrArg(it *mpy.Interp, o py.Object) (string, int, error) {
	t, ok := o.(py.Tuple)
	if !ok || len(t) < 2 {
		return "", 0, mpy.NewException(py.TypeError, py.String("address must be a (host, port) tuple"))
	}
	host, ok1 := t[0].(py.String)
	port, ok2 := t[1].(py.Int)
	if !ok1 || !ok2 {
		return "", 0, mpy.NewException(py.TypeError, py.String("address must be a (host, port) tuple"))
	}
	return string(host), int(port), nil
}

func sockMethod(name string, fn func(s *Socket, args py.Tuple) (py.Object, error)) {
	SocketType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s := self.(*Socket)
		s.it.CheckStop()
		if s.closed && name != "close" {
			return nil, s.it.NewOSErrorFor(s.it.Errno("EBADF"))
		}
		return fn(s, args)
	}, 0, "")
}

func (s *Socket) need() error {
	if s.conn == nil {
		return s.it.NewOSErrorFor(s.it.Errno("ENOTCONN"))
	}
	return nil
}

func (s *Socket) recv(n int) (py.Object, error) {
	if s.dgram {
		data, _, err := s.recvDatagram(n)
		return data, err
	}
	if err := s.need(); err != nil {
		return nil, err
	}
	b, err := s.readSome(n)
	if err != nil {
		return nil, err
	}
	return mpy.NewBytes(b), nil
}

// readSome reads what has arrived, up to n bytes (none at EOF).
func (s *Socket) readSome(n int) ([]byte, error) {
	if err := s.it.Alloc(n); err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	got, err := s.conn.Read(buf)
	if got == 0 && err != nil && !isEOF(err) {
		return nil, netError(s.it, err)
	}
	return buf[:got], nil
}

// readAll is a stream's read() without a size: one buffer grown until EOF, held to the device
// heap, so endless data ends in MemoryError as on the board.
func readAll(it *mpy.Interp, readSome func(n int) ([]byte, error)) (py.Object, error) {
	var out []byte
	for {
		if err := it.Alloc(len(out) + 4096); err != nil {
			return nil, err
		}
		b, err := readSome(4096)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return mpy.NewBytes(out), nil
		}
		out = append(out, b...)
	}
}

// readLine is a stream's readline(): a byte at a time up to and including "\n", or to EOF,
// held to the device heap.
func readLine(it *mpy.Interp, readSome func(n int) ([]byte, error)) (py.Object, error) {
	var out []byte
	for {
		b, err := readSome(1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return mpy.NewBytes(out), nil
		}
		out = append(out, b[0])
		if b[0] == '\n' {
			return mpy.NewBytes(out), nil
		}
		if len(out)%4096 == 0 {
			if err := it.Alloc(len(out) + 4096); err != nil {
				return nil, err
			}
		}
	}
}

// isEOF reports the peer's orderly close (recv then returns b”).
func isEOF(err error) bool { return errors.Is(err, io.EOF) }

func init() {
	sockMethod("connect", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		host, port, err := addrArg(s.it, args[0])
		if err != nil {
			return nil, err
		}
		n, err := netOf(s.it)
		if err != nil {
			return nil, err
		}
		c, err := n.DialTimeout(host, port, s.timeout)
		if err != nil {
			return nil, netError(s.it, err)
		}
		c.SetTimeout(s.timeout)
		s.conn = c
		return py.None, nil
	})
	send := func(s *Socket, args py.Tuple) (py.Object, error) {
		if err := s.need(); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		return streamWrite(s.it, s.conn, args[0])
	}
	sockMethod("send", send)
	sockMethod("write", send)
	sockMethod("sendall", func(s *Socket, args py.Tuple) (py.Object, error) {
		if _, err := send(s, args); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	sockMethod("recv", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		n, ok := args[0].(py.Int)
		if !ok || n < 0 {
			return nil, mpy.NewException(py.ValueError, py.String("negative buffer size"))
		}
		return s.recv(int(n))
	})
	sockMethod("read", func(s *Socket, args py.Tuple) (py.Object, error) {
		if err := s.need(); err != nil {
			return nil, err
		}
		if len(args) == 1 && args[0] != py.None {
			n, _ := args[0].(py.Int)
			// read(n) reads until n bytes or EOF, as the stream protocol does
			var out []byte
			for len(out) < int(n) {
				r, err := s.recv(int(n) - len(out))
				if err != nil {
					return nil, err
				}
				b, _ := mpy.BufferOf(r)
				if len(b) == 0 {
					break
				}
				out = append(out, b...)
			}
			return mpy.NewBytes(out), nil
		}
		return readAll(s.it, s.readSome)
	})
	sockMethod("readinto", func(s *Socket, args py.Tuple) (py.Object, error) {
		if err := s.need(); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function missing 1 required positional arguments"))
		}
		buf, ok := mpy.BufferOf(args[0])
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
		}
		if len(args) > 1 {
			if n, ok := args[1].(py.Int); ok && int(n) < len(buf) {
				buf = buf[:n]
			}
		}
		got, err := s.conn.Read(buf)
		if err != nil && got == 0 && !isEOF(err) {
			return nil, netError(s.it, err)
		}
		return py.Int(got), nil
	})
	sockMethod("readline", func(s *Socket, args py.Tuple) (py.Object, error) {
		if err := s.need(); err != nil {
			return nil, err
		}
		return readLine(s.it, s.readSome)
	})
	sockMethod("settimeout", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		switch x := args[0].(type) {
		case py.NoneType:
			s.timeout = -1
		case py.Int:
			s.timeout = time.Duration(x) * time.Second
		case py.Float:
			if math.IsNaN(float64(x)) || x < 0 {
				return nil, s.it.NewOSErrorFor(s.it.Errno("EINVAL"))
			}
			s.timeout = time.Duration(float64(x) * float64(time.Second))
		default:
			return nil, mpy.NewException(py.TypeError, py.String("can't convert to float"))
		}
		if s.conn != nil {
			s.conn.SetTimeout(s.timeout)
		}
		return py.None, nil
	})
	sockMethod("setblocking", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		on, err := mpy.Truth(args[0])
		if err != nil {
			return nil, err
		}
		s.timeout = -1
		if !on {
			s.timeout = 0
		}
		if s.conn != nil {
			s.conn.SetTimeout(s.timeout)
		}
		return py.None, nil
	})
	sockMethod("setsockopt", func(s *Socket, args py.Tuple) (py.Object, error) { return py.None, nil })
	sockMethod("makefile", func(s *Socket, args py.Tuple) (py.Object, error) { return s, nil })
	sockMethod("close", func(s *Socket, args py.Tuple) (py.Object, error) {
		if !s.closed && s.conn != nil {
			_ = s.conn.Close()
		}
		if !s.closed && s.udp != nil {
			_ = s.udp.Close()
		}
		s.closed = true
		return py.None, nil
	})
	installDatagram()
	if err := SocketType.Ready(); err != nil {
		panic(err)
	}
	newSocket := func(self py.Object, args py.Tuple) (py.Object, error) {
		s := &Socket{it: mpy.InterpOf(self.(*py.Module).Context), timeout: -1}
		if len(args) > 1 {
			kind, ok := args[1].(py.Int)
			s.dgram = ok && kind == 2 // SOCK_DGRAM
		}
		return s, nil
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "socket"},
		Methods: []*py.Method{
			py.MustNewMethod("socket", newSocket, 0, ""),
			py.MustNewMethod("getaddrinfo", func(self py.Object, args py.Tuple) (py.Object, error) {
				it := mpy.InterpOf(self.(*py.Module).Context)
				if len(args) < 2 {
					return nil, mpy.NewException(py.TypeError, py.String("function missing required positional arguments"))
				}
				host, ok := args[0].(py.String)
				if !ok {
					return nil, mpy.NewException(py.TypeError, py.String("can't convert to str"))
				}
				port, ok := args[1].(py.Int)
				if !ok {
					return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
				}
				n, err := netOf(it)
				if err != nil {
					return nil, err
				}
				ip, err := n.Resolve(string(host))
				if err != nil {
					if errors.Is(err, netsim.ErrHostUnreachable) || errors.Is(err, netsim.ErrDNS) {
						return nil, getaddrinfoError(it)
					}
					return nil, netError(it, err)
				}
				entry := py.Tuple{py.Int(2), py.Int(1), py.Int(0), py.String(""), py.Tuple{py.String(ip), port}}
				return py.NewListFromItems([]py.Object{entry}), nil
			}, 0, ""),
		},
		Globals: py.StringDict{
			"AF_INET": py.Int(2), "AF_INET6": py.Int(10), "SOCK_STREAM": py.Int(1),
			"SOCK_DGRAM": py.Int(2), "SOCK_RAW": py.Int(3), "IPPROTO_TCP": py.Int(6),
			"IPPROTO_UDP": py.Int(17), "SOL_SOCKET": py.Int(1), "SO_REUSEADDR": py.Int(4),
		},
	})
}

// streamWrite is write/send on a socket or TLS stream: any buffer, and str too (MicroPython's
// sockets accept it), with the board's errno on failure.
func streamWrite(it *mpy.Interp, w io.Writer, arg py.Object) (py.Object, error) {
	data, err := bufferArg(arg)
	if err != nil {
		return nil, err
	}
	n, err := w.Write(data)
	if err != nil && n == 0 {
		return nil, netError(it, err)
	}
	return py.Int(n), nil
}

// Datagram sockets (SOCK_DGRAM), as much as NTP needs: sendto, recv and recvfrom over netsim's
// UDP, with the socket's timeout on the virtual clock (OSError ETIMEDOUT when it runs out).

// udpConn opens the socket's netsim datagram endpoint on first use.
func (s *Socket) udpConn() (*netsim.UDPConn, error) {
	if s.udp == nil {
		n, err := netOf(s.it)
		if err != nil {
			return nil, err
		}
		s.udp = n.ListenUDP()
	}
	s.udp.SetTimeout(s.timeout)
	return s.udp, nil
}

// recvDatagram reads one datagram, truncated to n bytes, and its source address.
func (s *Socket) recvDatagram(n int) (py.Object, py.Object, error) {
	u, err := s.udpConn()
	if err != nil {
		return nil, nil, err
	}
	data, host, port, err := u.ReadFrom()
	if err != nil {
		return nil, nil, netError(s.it, err)
	}
	if len(data) > n {
		data = data[:n]
	}
	return mpy.NewBytes(data), py.Tuple{py.String(host), py.Int(port)}, nil
}

func installDatagram() {
	sockMethod("sendto", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 3 positional arguments"))
		}
		if !s.dgram {
			return nil, s.it.NewOSErrorFor(s.it.Errno("ENOTCONN"))
		}
		data, err := bufferArg(args[0])
		if err != nil {
			return nil, err
		}
		host, port, err := addrArg(s.it, args[1])
		if err != nil {
			return nil, err
		}
		u, err := s.udpConn()
		if err != nil {
			return nil, err
		}
		if err := u.WriteTo(data, host, port); err != nil {
			return nil, netError(s.it, err)
		}
		return py.Int(len(data)), nil
	})
	sockMethod("recvfrom", func(s *Socket, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		n, ok := args[0].(py.Int)
		if !ok || n < 0 {
			return nil, mpy.NewException(py.ValueError, py.String("negative buffer size"))
		}
		if !s.dgram {
			return nil, s.it.NewOSErrorFor(s.it.Errno("ENOTCONN"))
		}
		data, addr, err := s.recvDatagram(int(n))
		if err != nil {
			return nil, err
		}
		return py.Tuple{data, addr}, nil
	})
}
