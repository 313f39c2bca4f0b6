package modules

import (
	"time"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
)

// The select module: select.poll over netsim sockets, waiting on virtual time.

// poll event bits, as MicroPython defines them.
const (
	pollIn  = 1
	pollOut = 4
	pollErr = 8
	pollHup = 16
)

// Poller is a select.poll() object.
type Poller struct {
	it    *mpy.Interp
	objs  []py.Object
	masks []int
}

// PollType is the type of poll objects.
var PollType = py.NewType("poll", "")

// Type returns PollType.
func (p *Poller) Type() *py.Type { return PollType }

// connOf returns the netsim connection behind a socket-like object.
func connOf(o py.Object) *netsim.Conn {
	switch s := o.(type) {
	case *Socket:
		return s.conn
	case *SSLSocket:
		return s.raw.conn
	}
	return nil
}

func (p *Poller) find(o py.Object) int {
	for i, x := range p.objs {
		if x == o {
			return i
		}
	}
	return -1
}

// ready lists the registered objects with their current events.
func (p *Poller) ready() py.Tuple {
	var out py.Tuple
	for i, o := range p.objs {
		c := connOf(o)
		if c == nil {
			continue
		}
		ev := 0
		if p.masks[i]&pollIn != 0 && c.Readable() {
			ev |= pollIn
		}
		if p.masks[i]&pollOut != 0 && c.Writable() {
			ev |= pollOut
		}
		// a lazy TLS handshake waiting to write: as mbedTLS's socket does, report the events
		// asked for once the direction it needs is ready, so the caller reenters a read or a
		// write and the handshake goes on
		if s, ok := o.(*SSLSocket); ok && s.lazy != nil && s.lazy.wantWrite && c.Writable() {
			ev |= p.masks[i] & (pollIn | pollOut)
		}
		if ev != 0 {
			out = append(out, py.Tuple{o, py.Int(ev)})
		}
	}
	return out
}

func pollMethod(name string, fn func(p *Poller, args py.Tuple) (py.Object, error)) {
	PollType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		p := self.(*Poller)
		p.it.CheckStop()
		return fn(p, args)
	}, 0, "")
}

func init() {
	pollMethod("register", func(p *Poller, args py.Tuple) (py.Object, error) {
		if len(args) < 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function missing 1 required positional arguments"))
		}
		mask := pollIn | pollOut
		if len(args) > 1 {
			if m, ok := args[1].(py.Int); ok {
				mask = int(m)
			}
		}
		if i := p.find(args[0]); i >= 0 {
			p.masks[i] = mask
			return py.None, nil
		}
		p.objs = append(p.objs, args[0])
		p.masks = append(p.masks, mask)
		return py.None, nil
	})
	pollMethod("modify", func(p *Poller, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 3 positional arguments"))
		}
		i := p.find(args[0])
		if i < 0 {
			return nil, p.it.NewOSErrorFor(p.it.Errno("ENOENT"))
		}
		m, _ := args[1].(py.Int)
		p.masks[i] = int(m)
		return py.None, nil
	})
	pollMethod("unregister", func(p *Poller, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
		}
		if i := p.find(args[0]); i >= 0 {
			p.objs = append(p.objs[:i], p.objs[i+1:]...)
			p.masks = append(p.masks[:i], p.masks[i+1:]...)
		}
		return py.None, nil
	})
	poll := func(p *Poller, args py.Tuple) (py.Object, error) {
		timeout := time.Duration(-1)
		if len(args) > 0 && args[0] != py.None {
			ms, ok := args[0].(py.Int)
			if !ok {
				return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
			}
			if ms >= 0 {
				timeout = time.Duration(ms) * time.Millisecond
			}
		}
		n, err := netOf(p.it)
		if err != nil {
			return nil, err
		}
		var got py.Tuple
		_, werr := n.WaitFor(timeout, func() bool {
			got = p.ready()
			return len(got) > 0
		})
		if werr != nil {
			return nil, netError(p.it, werr)
		}
		items := make([]py.Object, len(got))
		copy(items, got)
		return py.NewListFromItems(items), nil
	}
	pollMethod("poll", poll)
	pollMethod("ipoll", func(p *Poller, args py.Tuple) (py.Object, error) {
		l, err := poll(p, args)
		if err != nil {
			return nil, err
		}
		return mpy.Iter(l)
	})
	if err := PollType.Ready(); err != nil {
		panic(err)
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "select"},
		Methods: []*py.Method{
			py.MustNewMethod("poll", func(self py.Object, args py.Tuple) (py.Object, error) {
				return &Poller{it: mpy.InterpOf(self.(*py.Module).Context)}, nil
			}, 0, ""),
		},
		Globals: py.StringDict{"POLLIN": py.Int(pollIn), "POLLOUT": py.Int(pollOut),
			"POLLERR": py.Int(pollErr), "POLLHUP": py.Int(pollHup)},
	})
}
