package modules

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// io is MicroPython 1.27's io module (py/modio.c, py/objstringio.c, py/stream.c): open,
// StringIO and BytesIO (in-memory streams), IOBase (the base a Python class derives from to
// become a stream: MicroPython's stream functions call its readinto, write and ioctl), the
// SEEK_* constants, and on ESP32 boards BufferedWriter (ROM level "everything" elsewhere, so
// RP2 and the webassembly reference lack it).

// MemIO is an io.StringIO or io.BytesIO: a growable byte buffer with a position. StringIO
// reads return str, BytesIO reads bytes; both accept str and buffers when written, as
// MicroPython's do.
type MemIO struct {
	text   bool
	buf    []byte
	pos    int
	closed bool
}

// HeapSize is the object and its buffer, as MicroPython's vstr holds it on the heap.
func (m *MemIO) HeapSize() int { return 32 + cap(m.buf) }

// StringIOType is io.StringIO.
var StringIOType = py.NewTypeX("StringIO", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return newMemIO(true, args)
}, nil)

// BytesIOType is io.BytesIO.
var BytesIOType = py.NewTypeX("BytesIO", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return newMemIO(false, args)
}, nil)

// IOBaseType is io.IOBase. A Python class deriving from it is a stream whose reads call its
// readinto(buf), writes its write(buf) and control requests its ioctl(req, arg); IOBase itself
// has no methods.
var IOBaseType = py.NewTypeX("IOBase", "", func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	return ioBaseSingleton, nil
}, nil)

// ioBase is the value io.IOBase() returns (MicroPython returns one shared object).
type ioBase struct{}

var ioBaseSingleton = &ioBase{}

// Type returns IOBaseType.
func (*ioBase) Type() *py.Type { return IOBaseType }

// M__repr__ is repr(io.IOBase()).
func (*ioBase) M__repr__() (py.Object, error) { return py.String("<IOBase>"), nil }

// BufferedWriterType is io.BufferedWriter(stream, size) (ESP32 boards only).
var BufferedWriterType = py.NewTypeX("BufferedWriter", "", newBufferedWriter, nil)

// BufferedWriter collects writes and passes them to its stream a whole buffer at a time
// (MicroPython's flushing policy, so a block device behind it sees whole blocks).
type BufferedWriter struct {
	stream py.Object
	alloc  int
	buf    []byte
}

// Type returns BufferedWriterType.
func (*BufferedWriter) Type() *py.Type { return BufferedWriterType }

// maxAlloc bounds one allocation, as the language layer does: no board has a larger heap, and
// device code must never make the host allocate gigabytes.
const maxAlloc = 16 << 20

// errNoMemory is MicroPython's MemoryError for an allocation of n bytes.
func errNoMemory(n int) error {
	return mpy.NewException(py.MemoryError, py.String(fmt.Sprintf("memory allocation failed, allocating %d bytes", n)))
}

// errEINVAL and errEAGAIN are the same on every MicroPython port the emulator models.
const (
	errEINVAL = 22
	errEAGAIN = 11
)

var errClosedFile = func() error {
	return mpy.NewException(py.ValueError, py.String("I/O operation on closed file"))
}

func errBufferRequired() error {
	return py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
}

func newMemIO(text bool, args py.Tuple) (py.Object, error) {
	m := &MemIO{text: text}
	if len(args) == 0 {
		return m, nil
	}
	switch a := args[0].(type) {
	case py.Int, *py.BigInt:
		return m, nil // an initial capacity
	case py.String:
		m.buf = []byte(string(a))
		return m, nil
	}
	b, ok := mpy.BufferOf(args[0])
	if !ok {
		return nil, errBufferRequired()
	}
	m.buf = append([]byte(nil), b...)
	return m, nil
}

// Type returns StringIOType or BytesIOType.
func (m *MemIO) Type() *py.Type {
	if m.text {
		return StringIOType
	}
	return BytesIOType
}

// Value returns the buffer's contents (shared, not copied).
func (m *MemIO) Value() []byte { return m.buf }

// result wraps read bytes as str (StringIO) or bytes (BytesIO).
func (m *MemIO) result(b []byte) py.Object {
	if m.text {
		return py.String(b)
	}
	return mpy.NewBytes(b)
}

// Read copies up to len(p) bytes from the position (the stream protocol's read).
func (m *MemIO) Read(p []byte) (int, error) {
	if m.closed {
		return 0, errClosedFile()
	}
	if m.pos >= len(m.buf) {
		return 0, nil
	}
	n := copy(p, m.buf[m.pos:])
	m.pos += n
	return n, nil
}

// Write stores p at the position, zero-filling a hole left by a seek past the end.
func (m *MemIO) Write(p []byte) (int, error) {
	if m.closed {
		return 0, errClosedFile()
	}
	end := m.pos + len(p)
	if end > maxAlloc {
		return 0, errNoMemory(end)
	}
	if old := len(m.buf); end > old {
		if end <= cap(m.buf) {
			m.buf = m.buf[:end]
		} else {
			grown := make([]byte, end, end+end/2+16)
			copy(grown, m.buf)
			m.buf = grown
		}
		if m.pos > old {
			clear(m.buf[old:m.pos]) // the hole a seek past the end left
		}
	}
	copy(m.buf[m.pos:], p)
	m.pos = end
	return len(p), nil
}

// readChars reads n characters of UTF-8 text (StringIO.read(n)), never a byte more than the
// characters need; a truncated character at the end is returned as it is.
func (m *MemIO) readChars(n int) []byte {
	start := m.pos
	i := start
	for ; n > 0 && i < len(m.buf); n-- {
		b := m.buf[i]
		w := 1
		switch {
		case b < 0x80:
		case b&0xe0 == 0xc0:
			w = 2
		case b&0xf0 == 0xe0:
			w = 3
		case b&0xf8 == 0xf0:
			w = 4
		default:
			w = 5
		}
		i += w
	}
	if i > len(m.buf) {
		i = len(m.buf)
	}
	m.pos = i
	return append([]byte(nil), m.buf[start:i]...)
}

// readLine reads through the next newline, at most limit bytes (limit < 0: no limit).
func (m *MemIO) readLine(limit int) []byte {
	start := m.pos
	i := start
	for i < len(m.buf) && (limit < 0 || i-start < limit) {
		i++
		if m.buf[i-1] == '\n' {
			break
		}
	}
	if start > len(m.buf) {
		return nil
	}
	m.pos = i
	return append([]byte(nil), m.buf[start:i]...)
}

// seek is the stream seek of objstringio.c: offsets from the current position or the end
// that go before the start land at 0; SEEK_SET with a negative offset is EINVAL.
func (m *MemIO) seek(offset int, whence int) (int, error) {
	if whence == 0 && offset < 0 {
		return 0, mpy.NewOSError(errEINVAL)
	}
	ref := 0
	switch whence {
	case 1:
		ref = m.pos
	case 2:
		if m.closed {
			return 0, errClosedFile()
		}
		ref = len(m.buf)
	}
	p := ref + offset
	if p < 0 {
		p = 0
	}
	m.pos = p
	return p, nil
}

// M__iter__ iterates lines.
func (m *MemIO) M__iter__() (py.Object, error) { return m, nil }

// M__next__ returns the next line.
func (m *MemIO) M__next__() (py.Object, error) {
	if m.closed {
		return nil, errClosedFile()
	}
	line := m.readLine(-1)
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return m.result(line), nil
}

// M__enter__ is the with statement's entry: the stream itself.
func (m *MemIO) M__enter__() (py.Object, error) { return m, nil }

// M__exit__ closes the stream.
func (m *MemIO) M__exit__(a, b, c py.Object) (py.Object, error) {
	m.closed = true
	m.buf = nil
	return py.None, nil
}

// M__repr__ is MicroPython's "<io.BytesIO 0x...>". The address is never a host pointer (the
// device must not observe those): it is the language layer's id for a native object.
func (m *MemIO) M__repr__() (py.Object, error) {
	name := "io.BytesIO"
	if m.text {
		name = "io.StringIO"
	}
	return py.String(fmt.Sprintf("<%s 0x%x>", name, nativeID)), nil
}

// nativeID is the address shown for native objects, which have no per-device identity yet
// (the language layer gives every native object the same id).
const nativeID = 0x3ffb0000

// intArg is mp_obj_get_int for a method argument.
func ioInt(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "can't convert %s to int", ioTypeName(o))
}

func ioTypeName(o py.Object) string { return o.Type().Name }

// writeArgs is the (buf[, max_len] | buf, off, max_len) form of stream write and readinto.
func writeArgs(args py.Tuple, name string, min, max int) ([]byte, error) {
	if len(args) < min || len(args) > max {
		return nil, py.ExceptionNewf(py.TypeError, "function expected at most %d arguments, got %d", max+1, len(args)+1)
	}
	var b []byte
	if s, ok := args[0].(py.String); ok {
		b = []byte(string(s))
	} else if v, ok := mpy.BufferOf(args[0]); ok {
		b = v
	} else {
		return nil, errBufferRequired()
	}
	return bufferWindow(b, args)
}

// bufferWindow applies the optional (max_len) or (off, max_len) arguments that follow a
// buffer in stream write and readinto calls.
func bufferWindow(b []byte, args py.Tuple) ([]byte, error) {
	maxLen, off := -1, 0
	switch len(args) {
	case 2:
		n, err := ioInt(args[1])
		if err != nil {
			return nil, err
		}
		maxLen = n
	case 3:
		o, err := ioInt(args[1])
		if err != nil {
			return nil, err
		}
		n, err := ioInt(args[2])
		if err != nil {
			return nil, err
		}
		off, maxLen = o, n
		if off > len(b) || off < 0 {
			off = len(b)
		}
	}
	b = b[off:]
	if maxLen >= 0 && maxLen < len(b) {
		b = b[:maxLen]
	}
	return b, nil
}

func installMemIO() {
	def := func(name string, fn func(m *MemIO, args py.Tuple) (py.Object, error)) {
		meth := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			m, ok := self.(*MemIO)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "argument has wrong type")
			}
			return fn(m, args)
		}, 0, "")
		StringIOType.Dict[name] = meth
		BytesIOType.Dict[name] = meth
	}
	def("read", func(m *MemIO, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 2 arguments, got %d", len(args)+1)
		}
		if m.closed {
			return nil, errClosedFile()
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
			var rest []byte
			if m.pos < len(m.buf) {
				rest = append(rest, m.buf[m.pos:]...)
				m.pos = len(m.buf)
			}
			return m.result(rest), nil
		}
		if n < 0 {
			return nil, mpy.NewException(py.MemoryError)
		}
		if m.text {
			return m.result(m.readChars(n)), nil
		}
		if rest := len(m.buf) - m.pos; n > rest {
			n = max(rest, 0)
		}
		b := make([]byte, n)
		got, _ := m.Read(b)
		return m.result(b[:got]), nil
	})
	def("readinto", func(m *MemIO, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 3 arguments, got %d", len(args)+1)
		}
		dst, ok := mpy.BufferOf(args[0])
		if !ok {
			return nil, errBufferRequired()
		}
		if _, isBytes := args[0].(*mpy.Bytes); isBytes {
			return nil, errBufferRequired()
		}
		if len(args) == 2 {
			n, err := ioInt(args[1])
			if err != nil {
				return nil, err
			}
			if n >= 0 && n < len(dst) {
				dst = dst[:n]
			}
		}
		n, err := m.Read(dst)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	def("readline", func(m *MemIO, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 2 arguments, got %d", len(args)+1)
		}
		if m.closed {
			return nil, errClosedFile()
		}
		limit := -1
		if len(args) == 1 {
			v, err := ioInt(args[0])
			if err != nil {
				return nil, err
			}
			limit = v
		}
		return m.result(m.readLine(limit)), nil
	})
	def("write", func(m *MemIO, args py.Tuple) (py.Object, error) {
		b, err := writeArgs(args, "write", 1, 3)
		if err != nil {
			return nil, err
		}
		n, err := m.Write(b)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	def("getvalue", func(m *MemIO, args py.Tuple) (py.Object, error) {
		if m.closed {
			return nil, errClosedFile()
		}
		return m.result(append([]byte(nil), m.buf...)), nil
	})
	def("flush", func(m *MemIO, args py.Tuple) (py.Object, error) { return py.None, nil })
	def("close", func(m *MemIO, args py.Tuple) (py.Object, error) {
		m.closed = true
		m.buf = nil
		return py.None, nil
	})
	def("__enter__", func(m *MemIO, args py.Tuple) (py.Object, error) { return m, nil })
	def("__exit__", func(m *MemIO, args py.Tuple) (py.Object, error) { return m.M__exit__(nil, nil, nil) })
	seek := func(m *MemIO, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "function expected at most 3 arguments, got %d", len(args)+1)
		}
		off, err := ioInt(args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 2 {
			if whence, err = ioInt(args[1]); err != nil {
				return nil, err
			}
		}
		p, err := m.seek(off, whence)
		if err != nil {
			return nil, err
		}
		return py.Int(p), nil
	}
	def("seek", func(m *MemIO, args py.Tuple) (py.Object, error) {
		return seek(m, args)
	})
	def("tell", func(m *MemIO, args py.Tuple) (py.Object, error) {
		return seek(m, py.Tuple{py.Int(0), py.Int(1)})
	})
}

// isStream reports whether o has MicroPython's stream protocol: our in-memory streams and
// buffered writers, instances of Python classes deriving from io.IOBase, and native objects
// with a write method (files, sockets).
func isStream(o py.Object) bool {
	switch o.(type) {
	case *MemIO, *BufferedWriter:
		return true
	}
	t := o.Type()
	if t.IsSubtype(IOBaseType) {
		return true
	}
	if _, isInst := o.(*mpy.Instance); isInst {
		return false
	}
	return t.Lookup("write") != nil
}

func errStreamUnsupported() error {
	return mpy.NewException(py.OSError, py.String("stream operation not supported"))
}

// StreamWrite writes all of b to a MicroPython stream (mp_stream_write_exactly): an
// io.IOBase subclass gets write(bytearray) calls until everything is taken; a write returning
// None is EAGAIN, a negative number -errno, 0 ends the writing early. It returns how much was
// written.
func StreamWrite(stream py.Object, b []byte) (int, error) {
	switch s := stream.(type) {
	case *MemIO:
		return s.Write(b)
	case *BufferedWriter:
		return s.write(b)
	}
	if !isStream(stream) {
		return 0, errStreamUnsupported()
	}
	done := 0
	for len(b) > 0 {
		fn, err := mpy.GetAttr(stream, "write")
		if err != nil {
			return done, err
		}
		r, err := py.Call(fn, py.Tuple{mpy.NewByteArray(append([]byte(nil), b...))}, nil)
		if err != nil {
			return done, err
		}
		if r == py.None {
			if done > 0 {
				return done, nil
			}
			return 0, mpy.NewOSError(errEAGAIN)
		}
		n, err := ioInt(r)
		if err != nil {
			return done, err
		}
		if n < 0 {
			return done, mpy.NewOSError(-n)
		}
		if n == 0 {
			return done, nil
		}
		if n > len(b) {
			n = len(b)
		}
		done += n
		b = b[n:]
	}
	return done, nil
}

// StreamReadInto reads up to len(buf) bytes from a MicroPython stream into buf (one stream
// read, as mp_stream_rw with MP_STREAM_RW_ONCE): an io.IOBase subclass gets one
// readinto(bytearray) call, whose bytes are copied into buf; None is EAGAIN and a negative
// result -errno. It returns how many bytes were read; 0 is the end of the stream.
func StreamReadInto(stream py.Object, buf []byte) (int, error) {
	if m, ok := stream.(*MemIO); ok {
		return m.Read(buf)
	}
	if _, ok := stream.(*BufferedWriter); ok || !isStream(stream) {
		return 0, errStreamUnsupported()
	}
	fn, err := mpy.GetAttr(stream, "readinto")
	if err != nil {
		return 0, err
	}
	ba := mpy.NewByteArray(make([]byte, len(buf)))
	r, err := py.Call(fn, py.Tuple{ba}, nil)
	if err != nil {
		return 0, err
	}
	if r == py.None {
		return 0, mpy.NewOSError(errEAGAIN)
	}
	n, err := ioInt(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, mpy.NewOSError(-n)
	}
	if n > len(buf) {
		n = len(buf)
	}
	return copy(buf[:n], ba.Value()), nil
}

func newBufferedWriter(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "function doesn't take keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes 2 positional arguments but %d were given", len(args))
	}
	size, err := ioInt(args[1])
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, mpy.NewException(py.MemoryError)
	}
	return &BufferedWriter{stream: args[0], alloc: size}, nil
}

// write buffers b, passing the buffer on each time it fills (bufwriter_write).
func (w *BufferedWriter) write(b []byte) (int, error) {
	total := len(b)
	if w.alloc == 0 {
		// MicroPython loops forever here; pass the data straight through instead
		return StreamWrite(w.stream, b)
	}
	for len(b) > 0 {
		room := w.alloc - len(w.buf)
		if len(b) < room {
			w.buf = append(w.buf, b...)
			return total, nil
		}
		w.buf = append(w.buf, b[:room]...)
		b = b[room:]
		if _, err := StreamWrite(w.stream, w.buf); err != nil {
			return 0, err
		}
		w.buf = w.buf[:0]
	}
	return total, nil
}

// flush passes on what the buffer holds.
func (w *BufferedWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	if _, err := StreamWrite(w.stream, w.buf); err != nil {
		return err
	}
	w.buf = w.buf[:0]
	return nil
}

func installBufferedWriter() {
	BufferedWriterType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, args py.Tuple) (py.Object, error) {
		w, ok := self.(*BufferedWriter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument has wrong type")
		}
		b, err := writeArgs(args, "write", 1, 3)
		if err != nil {
			return nil, err
		}
		n, err := w.write(b)
		if err != nil {
			if e, ok := err.(*py.Exception); ok && isErrno(e, errEAGAIN) {
				return py.None, nil
			}
			return nil, err
		}
		return py.Int(n), nil
	}, 0, "")
	BufferedWriterType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object, args py.Tuple) (py.Object, error) {
		w, ok := self.(*BufferedWriter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument has wrong type")
		}
		return py.None, w.flush()
	}, 0, "")
}

// isErrno reports whether e is OSError(n).
func isErrno(e *py.Exception, n int) bool {
	if !e.Type().IsSubtype(py.OSError) {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	return ok && len(args) > 0 && args[0] == py.Int(n)
}

// boardPlatform returns sys.platform of it ("esp32", "rp2", "webassembly").
func boardPlatform(it *mpy.Interp) string {
	sys, err := it.Context().Store().GetModule("sys")
	if err != nil {
		return ""
	}
	p, _ := sys.Globals["platform"].(py.String)
	return string(p)
}

func init() {
	installMemIO()
	installBufferedWriter()
	for _, t := range []*py.Type{StringIOType, BytesIOType, IOBaseType, BufferedWriterType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("modules: io type %s: %v", t.Name, err))
		}
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "io"},
		Globals: py.StringDict{
			"StringIO": StringIOType,
			"BytesIO":  BytesIOType,
			"IOBase":   IOBaseType,
		},
	})
	mpy.RegisterModuleSetup("io", func(it *mpy.Interp, m *py.Module) {
		if open, ok := it.Context().Store().Builtins.Globals["open"]; ok {
			m.Globals["open"] = open
		}
		switch boardPlatform(it) {
		case "esp32":
			m.Globals["BufferedWriter"] = BufferedWriterType
		case "rp2":
		default:
			// the reference build freezes micropython-lib's io, which adds these
			m.Globals["SEEK_SET"] = py.Int(0)
			m.Globals["SEEK_CUR"] = py.Int(1)
			m.Globals["SEEK_END"] = py.Int(2)
		}
	})
}
