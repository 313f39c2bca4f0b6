package modules

import (
	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// deflate is MicroPython 1.27's deflate module (extmod/moddeflate.c, firmware 1.21 and later):
// DeflateIO(stream, format=AUTO, wbits=0, close=False), positional arguments only, with the
// format constants AUTO, RAW, ZLIB and GZIP. A DeflateIO decompresses as it is read (read,
// readinto, readline), pulling the compressed stream one byte at a time and never past the end
// of the compressed data. ESP32 and RP2 builds do not enable MICROPY_PY_DEFLATE_COMPRESS, so
// there is no write method. The header is parsed at the first read; the window (2^wbits bytes,
// wbits from the header unless a smaller one is given; RAW defaults to 8) is allocated from the
// device heap then, and a heap too small for it raises MemoryError. Corrupt data, a bad
// checksum, a back-reference beyond the window, a header of the wrong format and a read after
// close raise OSError(EINVAL); a stream that ends early raises EOFError; the stream's own
// exceptions pass through.

// DeflateIO formats (moddeflate.c).
const (
	deflateAuto = 0
	deflateRaw  = 1
	deflateZlib = 2
	deflateGzip = 3
)

// decompStateSize is what uzlib's decompressor state takes on a 32-bit board (two Huffman
// trees of 16+288 shorts, the bit reader and the window bookkeeping).
const decompStateSize = 1288

// DeflateIO is a deflate.DeflateIO (or, with legacy set, a 1.20 uzlib.DecompIO) object.
type DeflateIO struct {
	t           *py.Type
	it          *mpy.Interp
	stream      py.Object // nil once closed
	format      int
	wbits       int
	closeStream bool
	legacy      bool

	dec    *inflater
	broken bool // the header was refused: every read is EINVAL
	eof    bool
}

// Type returns the device's DeflateIO (or DecompIO) class.
func (d *DeflateIO) Type() *py.Type { return d.t }

// HeapSize is what the object holds on the device heap: itself, and once reading has started
// the decompressor state and its window.
func (d *DeflateIO) HeapSize() int {
	n := 32
	if d.dec != nil {
		n += decompStateSize + len(d.dec.ring)
	}
	return n
}

// M__repr__ prints the object as MicroPython prints an object without a print slot.
func (d *DeflateIO) M__repr__() (py.Object, error) {
	return py.String("<" + d.t.Name + ">"), nil
}

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "deflate"},
		Globals: py.StringDict{
			"AUTO": py.Int(deflateAuto),
			"RAW":  py.Int(deflateRaw),
			"ZLIB": py.Int(deflateZlib),
			"GZIP": py.Int(deflateGzip),
		},
	})
	mpy.RegisterModuleSetup("deflate", func(it *mpy.Interp, m *py.Module) {
		t, err := mpy.NewRuntimeType("DeflateIO", nil, func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return newDeflateIO(it, t, args, kw)
		})
		if err != nil {
			panic("modules: deflate: " + err.Error())
		}
		installStreamReads(t, true)
		m.Globals["DeflateIO"] = t
	})
}

func newDeflateIO(it *mpy.Interp, t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 4); err != nil {
		return nil, err
	}
	d := &DeflateIO{t: t, it: it, stream: args[0], format: deflateAuto}
	if len(args) > 1 {
		v, err := ioInt(args[1])
		if err != nil {
			return nil, err
		}
		d.format = v
	}
	if len(args) > 2 {
		v, err := ioInt(args[2])
		if err != nil {
			return nil, err
		}
		d.wbits = v
	}
	if d.format < deflateAuto || d.format > deflateGzip {
		return nil, mpy.NewException(py.ValueError, py.String("format"))
	}
	if d.wbits != 0 && (d.wbits < 5 || d.wbits > 15) {
		return nil, mpy.NewException(py.ValueError, py.String("wbits"))
	}
	if len(args) > 3 {
		c, err := mpy.Truth(args[3])
		if err != nil {
			return nil, err
		}
		d.closeStream = c
	}
	return d, nil
}

// isReadStream is mp_get_stream_raise(o, MP_STREAM_OP_READ) as far as the emulator's streams
// go: in-memory streams, files, sockets, io.IOBase subclasses and decompressors.
func isReadStream(o py.Object) bool {
	if _, ok := o.(*DeflateIO); ok {
		return true
	}
	return isStream(o)
}

// sourceReader pulls one byte at a time from a stream for the decompressor; the end of the
// stream raises EOFError, as moddeflate.c's read callback does.
func sourceReader(stream py.Object) func() byte {
	var one [1]byte
	return func() byte {
		var n int
		var err error
		if d, ok := stream.(*DeflateIO); ok {
			n, err = d.readRaw(one[:])
		} else {
			n, err = StreamReadInto(stream, one[:])
		}
		if err != nil {
			panic(sourceError{err})
		}
		if n == 0 {
			panic(sourceError{mpy.NewException(py.EOFError)})
		}
		return one[0]
	}
}

// guard runs fn, turning a source failure into its error.
func guard(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(sourceError)
			if !ok {
				panic(r)
			}
			err = se.err
		}
	}()
	fn()
	return nil
}

// allocWindow makes the decompressor's window, as m_new would from the device heap.
func allocWindow(it *mpy.Interp, n int) (*inflater, error) {
	if n > maxAlloc || (it != nil && n+decompStateSize > it.MemFree()) {
		return nil, errNoMemory(n)
	}
	return newInflater(n), nil
}

func (d *DeflateIO) errEINVAL() error { return mpy.NewOSError(errEINVAL) }

// initRead is deflateio_init_read: check the stream, parse the header, allocate the window.
func (d *DeflateIO) initRead() error {
	if d.dec != nil {
		return nil
	}
	if d.broken {
		return d.errEINVAL()
	}
	if !isReadStream(d.stream) {
		return errStreamUnsupported()
	}
	probe := &inflater{read: sourceReader(d.stream)}
	wbits := d.wbits
	if d.format == deflateRaw {
		if wbits == 0 {
			wbits = 8
		}
	} else {
		var kind, hw int
		var ok bool
		if err := guard(func() { kind, hw, ok = probe.parseHeader() }); err != nil {
			return err
		}
		if !ok || (d.format == deflateZlib && kind != headerZlib) || (d.format == deflateGzip && kind != headerGzip) {
			d.broken = true
			return d.errEINVAL()
		}
		if wbits == 0 || hw < wbits {
			wbits = hw
		}
	}
	dec, err := allocWindow(d.it, 1<<wbits)
	if err != nil {
		d.broken = true
		return err
	}
	dec.read, dec.check, dec.checksum = probe.read, probe.check, probe.checksum
	d.dec = dec
	return nil
}

// readRaw is the stream read function (deflateio_read / decompio_read): it fills p unless the
// compressed stream ends, and returns 0 at the end.
func (d *DeflateIO) readRaw(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !d.legacy {
		if d.stream == nil {
			return 0, d.errEINVAL()
		}
		if err := d.initRead(); err != nil {
			return 0, err
		}
	}
	if d.eof {
		return 0, nil
	}
	n, st, err := d.dec.fill(p)
	if err != nil {
		return 0, err
	}
	if st == infDone {
		d.eof = true
	}
	if st < 0 {
		return 0, d.errEINVAL()
	}
	return n, nil
}

// readFull is mp_stream_rw for reading: read until p is full or the stream ends.
func (d *DeflateIO) readFull(p []byte) (int, error) {
	done := 0
	for done < len(p) {
		n, err := d.readRaw(p[done:])
		if err != nil {
			return done, err
		}
		if n == 0 {
			break
		}
		done += n
	}
	return done, nil
}

// readAll is stream_readall, bounded by the device heap.
func (d *DeflateIO) readAll() ([]byte, error) {
	budget := maxAlloc
	if d.it != nil {
		budget = min(budget, d.it.MemFree())
	}
	var out []byte
	chunk := make([]byte, 256)
	for {
		n, err := d.readRaw(chunk)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return out, nil
		}
		out = append(out, chunk[:n]...)
		if len(out) > budget {
			return nil, errNoMemory(len(out) + 256)
		}
	}
}

// close is the MP_STREAM_CLOSE ioctl: close the stream underneath if asked to (a Python
// io.IOBase subclass gets ioctl(4, 0), as mp_stream_close calls it; native streams their close),
// and forget it.
func (d *DeflateIO) close() error {
	if d.stream == nil {
		return nil
	}
	if d.closeStream {
		if err := closeStream(d.stream); err != nil {
			return err
		}
	}
	d.stream = nil
	return nil
}

func closeStream(s py.Object) error {
	if _, isInst := s.(*mpy.Instance); isInst && s.Type().IsSubtype(IOBaseType) {
		fn, err := mpy.GetAttr(s, "ioctl")
		if err != nil {
			return err
		}
		r, err := py.Call(fn, py.Tuple{py.Int(4), py.Int(0)}, nil)
		if err != nil {
			return err
		}
		n, err := ioInt(r)
		if err != nil {
			return err
		}
		if n < 0 {
			return mpy.NewOSError(-n)
		}
		return nil
	}
	fn, err := mpy.GetAttr(s, "close")
	if err != nil {
		return err
	}
	_, err = py.Call(fn, nil, nil)
	return err
}

// installStreamReads gives t the stream methods of DeflateIO (withClose) or DecompIO.
func installStreamReads(t *py.Type, withClose bool) {
	def := func(name string, fn func(d *DeflateIO, args py.Tuple) (py.Object, error)) {
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			d, ok := self.(*DeflateIO)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "argument has wrong type")
			}
			return fn(d, args)
		}, 0, "")
	}
	def("read", func(d *DeflateIO, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 2 arguments, got %d", len(args)+1)
		}
		n := -1
		if len(args) == 1 {
			v, err := ioInt(args[0])
			if err != nil {
				return nil, err
			}
			n = v
		}
		if n == -1 {
			b, err := d.readAll()
			if err != nil {
				return nil, err
			}
			return mpy.NewBytes(b), nil
		}
		if n < 0 {
			return nil, errNoMemory(int(uint32(n + 1)))
		}
		if n > maxAlloc || (n > 4096 && d.it != nil && n+1 > d.it.MemFree()) {
			return nil, errNoMemory(n + 1)
		}
		buf := make([]byte, n)
		got, err := d.readFull(buf)
		if err != nil {
			return nil, err
		}
		return mpy.NewBytes(buf[:got]), nil
	})
	def("readinto", func(d *DeflateIO, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 4 arguments, got %d", len(args)+1)
		}
		if _, isBytes := args[0].(*mpy.Bytes); isBytes {
			return nil, errBufferRequired()
		}
		dst, err := readintoArgs(args)
		if err != nil {
			return nil, err
		}
		n, err := d.readFull(dst)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	def("readline", func(d *DeflateIO, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 2 arguments, got %d", len(args)+1)
		}
		limit := -1
		if len(args) == 1 {
			v, err := ioInt(args[0])
			if err != nil {
				return nil, err
			}
			limit = v
		}
		var line []byte
		var one [1]byte
		for limit == -1 || len(line) < limit {
			n, err := d.readRaw(one[:])
			if err != nil {
				return nil, err
			}
			if n == 0 {
				break
			}
			line = append(line, one[0])
			if one[0] == '\n' {
				break
			}
		}
		return mpy.NewBytes(line), nil
	})
	if !withClose {
		return
	}
	def("close", func(d *DeflateIO, args py.Tuple) (py.Object, error) {
		return py.None, d.close()
	})
	def("__enter__", func(d *DeflateIO, args py.Tuple) (py.Object, error) { return d, nil })
	def("__exit__", func(d *DeflateIO, args py.Tuple) (py.Object, error) {
		return py.None, d.close()
	})
}

// readintoArgs is the (buf[, max_len] | buf, off, max_len) form of stream readinto.
func readintoArgs(args py.Tuple) ([]byte, error) {
	b, ok := mpy.BufferOf(args[0])
	if !ok {
		return nil, errBufferRequired()
	}
	return bufferWindow(b, args)
}
