package modules

import (
	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// uzlib is MicroPython 1.20's uzlib module (extmod/moduzlib.c), the decompressor of firmware up
// to 1.20 (deflate replaced it in 1.21; the board profile decides which exists). It is
// registered as "zlib" so that, as on 1.20 boards, both `import uzlib` and `import zlib` find
// it.
//   - DecompIO(stream, wbits=0): the header is read at construction (ValueError("compression
//     header") if it is not the expected one); wbits 0..15 expects zlib and takes the window
//     from the header, 16 + n expects gzip with a window of 2^n bytes, a negative wbits is raw
//     deflate with a window of 2^-wbits bytes. read, readinto and readline only (no close, not
//     a context manager); corrupt data raises OSError(EINVAL), an early end EOFError.
//   - decompress(data, wbits=0, bufsize=0): zlib data, or raw deflate with a negative wbits
//     (gzip is not recognised); returns a bytearray; errors raise ValueError(code) with uzlib's
//     code (-3 data error, -4 checksum error).

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "zlib"},
		Methods: []*py.Method{
			py.MustNewMethod("decompress", uzlibDecompress, 0, ""),
		},
	})
	mpy.RegisterModuleSetup("zlib", func(it *mpy.Interp, m *py.Module) {
		t, err := mpy.NewRuntimeType("DecompIO", nil, func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return newDecompIO(it, t, args, kw)
		})
		if err != nil {
			panic("modules: uzlib: " + err.Error())
		}
		installStreamReads(t, false)
		m.Globals["DecompIO"] = t
		m.Globals["__name__"] = py.String("uzlib")
	})
}

func newDecompIO(it *mpy.Interp, t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 2); err != nil {
		return nil, err
	}
	if !isReadStream(args[0]) {
		return nil, errStreamUnsupported()
	}
	opt := 0
	if len(args) > 1 {
		v, err := ioInt(args[1])
		if err != nil {
			return nil, err
		}
		opt = v
	}
	probe := &inflater{read: sourceReader(args[0])}
	headerError := mpy.NewException(py.ValueError, py.String("compression header"))
	var size int
	switch {
	case opt >= 16:
		var ok bool
		if err := guard(func() { ok = probe.parseGzip() }); err != nil {
			return nil, err
		}
		if !ok {
			return nil, headerError
		}
		size = windowSize(opt - 16)
	case opt >= 0:
		var w int
		var ok bool
		if err := guard(func() { w, ok = probe.parseZlib() }); err != nil {
			return nil, err
		}
		if !ok {
			return nil, headerError
		}
		size = windowSize(w + 8)
	default:
		size = windowSize(-opt)
	}
	dec, err := allocWindow(it, size)
	if err != nil {
		return nil, err
	}
	dec.read, dec.check, dec.checksum = probe.read, probe.check, probe.checksum
	return &DeflateIO{t: t, it: it, stream: args[0], legacy: true, dec: dec}, nil
}

// windowSize is 1 << bits as the C code computes it, a size no board could allocate for shifts
// beyond a 32-bit word.
func windowSize(bits int) int {
	if bits >= 31 {
		return maxAlloc + 1
	}
	return 1 << bits
}

func uzlibDecompress(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 3); err != nil {
		return nil, err
	}
	data, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	raw := false
	if len(args) > 1 {
		if v, ok := args[1].(py.Int); ok && v < 0 {
			raw = true
		}
	}
	budget := maxAlloc
	if it := mpy.InterpOf(self.(*py.Module).Context); it != nil {
		budget = min(budget, it.MemFree())
	}
	f := newInflater(0)
	f.src = data
	codeError := func(st int) error { return mpy.NewException(py.ValueError, py.Int(st)) }
	if !raw {
		if _, ok := f.parseZlib(); !ok {
			return nil, codeError(infData)
		}
	}
	chunk := make([]byte, max((len(data)+15)&^15, 16))
	var out []byte
	for {
		n, st, _ := f.fill(chunk)
		if st < 0 {
			return nil, codeError(st)
		}
		out = append(out, chunk[:n]...)
		if st == infDone {
			break
		}
		if len(out) > budget {
			return nil, errNoMemory(len(out) + 256)
		}
		if len(chunk) != 256 {
			chunk = make([]byte, 256)
		}
	}
	return mpy.NewByteArray(out), nil
}
