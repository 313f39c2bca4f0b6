package mpy

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/spf13/afero"
)

// Defaults for a Config field left zero.
const (
	DefaultHeap     = 192 * 1024  // bytes of Python heap (ESP32_GENERIC has about this much free)
	DefaultMaxSteps = 100_000_000 // bytecodes before a run is declared runaway (about 8 s)
	DefaultMaxDepth = 160         // nested Python calls before RuntimeError
)

// Config is the immutable configuration of one interpreter. Everything device code can observe
// comes through it: there is no ambient host state.
type Config struct {
	// Console receives everything the device prints (stdout and tracebacks), as a board's
	// serial console does. Nil discards it.
	Console io.Writer
	// FS is the device flash, the only place imports and files are read from. Paths are
	// absolute device paths ("/main.py", "/lib/ota/__init__.py"). Nil means an empty flash.
	FS afero.Fs
	// Path is sys.path; nil means MicroPython's default ["", "/lib"].
	Path []string
	// Heap is the Python heap size in bytes (board profile). 0 means DefaultHeap.
	Heap int
	// MaxSteps bounds the bytecodes one run may execute; 0 means DefaultMaxSteps.
	MaxSteps int64
	// MaxDepth bounds nested Python calls; 0 means DefaultMaxDepth.
	MaxDepth int
	// OnSteps, if set, is called every StepQuantum bytecodes with the count executed since the
	// previous call, on the interpreter's goroutine. The device uses it to advance its virtual
	// clock while code runs (busy-wait loops must end). It may call Interp.Cut.
	OnSteps func(n int64)
	// OnLibrary is asked when device code imports a micropython-lib package (MarkLibrary) that
	// the flash does not hold: true supplies ota-emu's version, false raises ImportError as a
	// board does. nil supplies it.
	OnLibrary func(name string) bool
	// Builtin decides whether a registered built-in module exists on this board (firmware
	// generations differ: uzlib vs deflate, ussl vs tls). Nil means every registered module.
	Builtin func(name string) bool
	// Platform is sys.platform; empty means "esp32".
	Platform string
	// Seed seeds everything random the device sees (os.urandom, random).
	Seed uint64
	// ModuleAliases maps an import name to the registered module that answers it on this
	// device (a device may choose the newer requests: "requests" -> "_requests_1_1").
	ModuleAliases map[string]string
	// Errno is the board's errno table (names to numbers); nil means DefaultErrno.
	Errno ErrnoTable
	// Device is an opaque value device modules reach through Interp.Device.
	Device any
}

// StepQuantum is how many bytecodes run between OnSteps calls and abort checks.
const StepQuantum = 256

// Interp is one MicroPython interpreter: one gpython context and the device state its modules
// reach. An Interp runs on one goroutine at a time; it is discarded after an abort.
type Interp struct {
	cfg     Config
	closers []func() // run by Close, last added first (see AtClose)
	ctx     *context
	console io.Writer

	steps        int64 // bytecodes executed
	nextCheck    int64
	depth        int
	frame        *py.Frame   // the frame running the current opcode
	frames       []*py.Frame // frames by nesting depth (heap walk roots)
	imported     []*py.Module
	sysMods      *Dict                   // sys.modules
	genReturn    map[*py.Frame]py.Object // generator return values not yet reported
	pendingThrow map[*py.Frame]error     // exceptions thrown into paused generators
	kwOrder      []string                // keyword names of the latest call, in call order
	rng          *rand.Rand              // the device's seeded source
	cwd          string                  // current directory on the flash
	stop         atomic.Pointer[Abort]   // set from any goroutine to stop the run
	cut          *Abort                  // set when this goroutine panicked with an abort

	heap    heapState
	idSeq   int64 // deterministic object ids (id(), default hash)
	ids     map[py.Object]uint64
	classes []*py.Type
	main    *py.Module
	failed  error
}

// Abort ends a run at once. No Python code runs after it: no except, no finally. It is how a
// power cut, a runaway loop, an exhausted step budget or a host-side stop end a device run.
type Abort struct {
	// Reason says why, in words for the user.
	Reason string
	// Cause is the device's own value (for example a power-cut record), or nil.
	Cause any
}

// Error describes why the device was stopped.
func (a *Abort) Error() string { return "device stopped: " + a.Reason }

// Exit is returned when device code ends with an uncaught SystemExit (sys.exit()).
type Exit struct{ Code int }

// Error gives the exit status.
func (e *Exit) Error() string { return fmt.Sprintf("device code exited with status %d", e.Code) }

// Uncaught is returned when device code ends with an uncaught Python exception. The traceback
// has already been printed on the console, as MicroPython prints it.
type Uncaught struct {
	// Type is the exception's class name, e.g. "ValueError".
	Type string
	// Message is str() of the exception.
	Message string
	// Traceback is the text printed on the console.
	Traceback string
}

// Error is "uncaught TYPE: MESSAGE".
func (u *Uncaught) Error() string {
	if u.Message == "" {
		return "uncaught " + u.Type
	}
	return "uncaught " + u.Type + ": " + u.Message
}

// Fault is an emulator failure: a Go panic inside gpython or our layer. It never comes from
// device code alone, and it is reported, never allowed to crash the host.
type Fault struct {
	Panic any
	Stack string
}

// Error describes the emulator fault.
func (f *Fault) Error() string { return fmt.Sprintf("emulator fault: %v", f.Panic) }

// New makes an interpreter for one device boot.
func New(cfg Config) (*Interp, error) {
	installOnce()
	if cfg.Console == nil {
		cfg.Console = io.Discard
	}
	if cfg.FS == nil {
		cfg.FS = afero.NewMemMapFs()
	}
	if cfg.Path == nil {
		cfg.Path = []string{"", "/lib"}
	}
	if cfg.Heap == 0 {
		cfg.Heap = DefaultHeap
	}
	if cfg.MaxSteps == 0 {
		cfg.MaxSteps = DefaultMaxSteps
	}
	if cfg.MaxDepth == 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.Platform == "" {
		cfg.Platform = "esp32"
	}
	it := &Interp{cfg: cfg, console: cfg.Console, nextCheck: StepQuantum, frames: make([]*py.Frame, 1, 64)}
	it.heap.init(cfg.Heap)
	ctx, err := newContext(it)
	if err != nil {
		return nil, fmt.Errorf("mpy: new interpreter: %w", err)
	}
	it.ctx = ctx
	return it, nil
}

// Close releases what the interpreter holds process-wide (its classes' registration for
// deterministic ids). Call it when the device run is over; the Interp cannot run afterwards.
func (it *Interp) Close() {
	for i := len(it.closers) - 1; i >= 0; i-- {
		it.closers[i]()
	}
	it.closers = nil
	it.releaseClasses()
	_ = it.ctx.Close()
	if it.failed == nil {
		it.failed = errors.New("interpreter closed")
	}
}

// AtClose registers fn to run when the interpreter is closed (the end of a boot, a power cut
// included): native objects release what outlives device code there (a helper goroutine).
func (it *Interp) AtClose(fn func()) { it.closers = append(it.closers, fn) }

// RandomBytes fills b from the device's seeded source: the same seed gives the same bytes.
func (it *Interp) RandomBytes(b []byte) {
	if it.rng == nil {
		it.rng = rand.New(rand.NewPCG(it.cfg.Seed, 0x6f74612d656d75)) // "ota-emu"
	}
	for i := range b {
		b[i] = byte(it.rng.Uint32())
	}
}

// Platform is sys.platform.
func (it *Interp) Platform() string { return it.cfg.Platform }

// Device returns Config.Device, for device modules.
func (it *Interp) Device() any { return it.cfg.Device }

// Context returns the gpython context of this interpreter.
func (it *Interp) Context() py.Context { return it.ctx }

// Steps returns how many bytecodes have run.
func (it *Interp) Steps() int64 { return it.steps }

// Console returns the device console writer.
func (it *Interp) Console() io.Writer { return it.console }

// FS returns the device flash.
func (it *Interp) FS() afero.Fs { return it.cfg.FS }

// Stop asks the run to end at the next check (within StepQuantum bytecodes or at the next
// blocking builtin). Safe from any goroutine.
func (it *Interp) Stop(reason string, cause any) {
	it.stop.CompareAndSwap(nil, &Abort{Reason: reason, Cause: cause})
}

// Cut ends the run at once from inside a builtin running on the interpreter's goroutine (a
// power cut at a flash operation). It does not return.
func (it *Interp) Cut(reason string, cause any) {
	a := &Abort{Reason: reason, Cause: cause}
	it.cut = a
	panic(abortPanic{a})
}

// abortPanic is the sentinel carried by panic through gpython; gpython never recovers it, so
// no except or finally clause runs.
type abortPanic struct{ a *Abort }

// RunFile runs a flash file as __main__ (as a board runs main.py).
func (it *Interp) RunFile(file string) error {
	src, err := afero.ReadFile(it.cfg.FS, file)
	if err != nil {
		return fmt.Errorf("mpy: read %s from flash: %w", file, err)
	}
	return it.RunSource(src, strings.TrimPrefix(file, "/"))
}

// RunSource runs src as the __main__ module; filename is what tracebacks show ("main.py").
// It returns nil, *Uncaught, *Exit, *Abort or *Fault.
func (it *Interp) RunSource(src []byte, filename string) (err error) {
	if it.failed != nil {
		return fmt.Errorf("mpy: interpreter was stopped and cannot run again: %w", it.failed)
	}
	defer func() {
		if r := recover(); r != nil {
			err = it.recovered(r)
			it.failed = err
		}
	}()
	code, err := compileSource(src, filename)
	if err != nil {
		return it.uncaught(err)
	}
	mod, err := it.ctx.Store().NewModule(it.ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: filename}})
	if err != nil {
		return fmt.Errorf("mpy: make __main__: %w", err)
	}
	trimModuleGlobals(mod)
	it.main = mod
	_, err = it.ctx.RunCode(code, mod.Globals, mod.Globals, nil)
	if err != nil {
		return it.uncaught(err)
	}
	return nil
}

// recovered turns a panic that reached the run boundary into an error.
func (it *Interp) recovered(r any) error {
	if ap, ok := r.(abortPanic); ok {
		return ap.a
	}
	if ex, ok := r.(py.ExceptionInfo); ok {
		return it.uncaught(ex)
	}
	if ex, ok := r.(*py.Exception); ok {
		return it.uncaught(ex)
	}
	// A stack overflow inside Go is fatal and never reaches here: the depth guard in the
	// hooks keeps Python recursion far from it.
	return &Fault{Panic: r, Stack: string(debug.Stack())}
}

// uncaught prints an exception as MicroPython does and classifies it.
func (it *Interp) uncaught(err error) error {
	var info py.ExceptionInfo
	switch e := err.(type) {
	case py.ExceptionInfo:
		info = e
	case *py.Exception:
		info = py.ExceptionInfo{Type: e.Type(), Value: e}
	default:
		var ee *py.Exception
		if errors.As(err, &ee) {
			info = py.ExceptionInfo{Type: ee.Type(), Value: ee}
		} else {
			return &Fault{Panic: err}
		}
	}
	exc, _ := info.Value.(*py.Exception)
	if exc != nil && exc.Type().IsSubtype(py.SystemExit) {
		code := 0
		if args := excArgs(exc); len(args) > 0 {
			if n, ok := args[0].(py.Int); ok {
				code = int(n)
			} else if args[0] != py.None {
				code = 1
			}
		}
		return &Exit{Code: code}
	}
	var b strings.Builder
	printTraceback(&b, info)
	_, _ = io.WriteString(it.console, b.String())
	u := &Uncaught{Type: info.Type.Name, Traceback: b.String()}
	if exc != nil {
		u.Message = exceptionStr(exc)
	}
	return u
}

// printTraceback writes an exception as MicroPython prints an uncaught one.
func printTraceback(w io.Writer, info py.ExceptionInfo) {
	var frames []string
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		name := tb.Frame.Code.Name
		frames = append(frames, fmt.Sprintf("  File \"%s\", line %d, in %s\n", tb.Frame.Code.Filename, tb.Lineno, name))
	}
	if exc, ok := info.Value.(*py.Exception); ok && len(frames) == 0 {
		// a compile error: MicroPython names the file and line, with no function
		if file, ok := exc.Dict["\x00file"].(py.String); ok {
			line, _ := exc.Dict["\x00line"].(py.Int)
			scope := ""
			if s, ok := exc.Dict["\x00scope"].(py.String); ok {
				scope = ", in " + string(s)
			}
			frames = append(frames, fmt.Sprintf("  File \"%s\", line %d%s\n", file, line, scope))
		}
	}
	if len(frames) > 0 {
		_, _ = io.WriteString(w, "Traceback (most recent call last):\n")
		// gpython prepends each frame as the exception unwinds: the list runs outermost
		// first, the order MicroPython prints.
		for _, fr := range frames {
			_, _ = io.WriteString(w, fr)
		}
	}
	_, _ = io.WriteString(w, exceptionLine(info.Value))
}

// exceptionLine is the last line of a traceback: "ValueError: msg".
func exceptionLine(v py.Object) string {
	exc, ok := v.(*py.Exception)
	if !ok {
		return fmt.Sprintf("%s\n", v.Type().Name)
	}
	msg := exceptionStr(exc)
	if msg == "" && len(excArgs(exc)) == 0 {
		return exc.Type().Name + ": \n"
	}
	return exc.Type().Name + ": " + msg + "\n"
}

// modulePath joins a sys.path entry and a relative module path into a flash path.
func modulePath(dir, rel string) string {
	if dir == "" || dir == "." {
		return "/" + rel
	}
	return path.Join(dir, rel)
}
