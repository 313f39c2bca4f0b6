package mpy

// This is the only file that reaches into gpython's virtual machine. It wraps entries of the
// opcode jump table (reached with one go:linkname) so that:
//   - every bytecode is counted (virtual time on the device, the step budget, abort checks);
//   - nesting is bounded (a recursion limit that raises RuntimeError long before Go's stack is
//     at risk);
//   - dict and set displays and comprehensions build our own types (MicroPython's order);
//   - a few operations gpython gets wrong (tuple + tuple, bytes %, raise of a class, truth of
//     our types) do what MicroPython does.
// The frame is read as the first field of vm.Vm; TestVMLayout fails loudly if gpython's layout
// ever differs from what this file assumes.

import (
	"errors"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

//go:linkname jumpTable github.com/go-python/gpython/vm.jumpTable
var jumpTable [256]func(*vm.Vm, int32) error

// frameOf returns the frame a vm.Vm is running: the first field of vm.Vm.
func frameOf(v *vm.Vm) *py.Frame { return *(**py.Frame)(unsafe.Pointer(v)) }

// errFallback, returned by an opFunc that left the stack untouched, runs gpython's own body.
var errFallback = errors.New("mpy: use gpython's opcode")

// depthPerCall is how many nested opcode executions one Python call level costs at most
// (the CALL, plus dunder hops such as LOAD_ATTR -> property getter).
const depthPerCall = 4

// opFunc is a replacement opcode body working on the frame's value stack.
type opFunc func(it *Interp, f *py.Frame, arg int32) error

// stack helpers on a frame's value stack.
func top(f *py.Frame) py.Object         { return f.Stack[len(f.Stack)-1] }
func peek(f *py.Frame, n int) py.Object { return f.Stack[len(f.Stack)-n] }
func setTop(f *py.Frame, o py.Object)   { f.Stack[len(f.Stack)-1] = o }
func push(f *py.Frame, o py.Object)     { f.Stack = append(f.Stack, o) }
func pop(f *py.Frame) py.Object {
	o := f.Stack[len(f.Stack)-1]
	f.Stack = f.Stack[:len(f.Stack)-1]
	return o
}

// allocates marks the opcodes whose result may be a large new object (heap.go checks it).
var allocates [256]bool

var allocatesList = map[vm.OpCode]bool{
	vm.CALL_FUNCTION: true, vm.CALL_FUNCTION_KW: true, vm.CALL_FUNCTION_VAR: true,
	vm.CALL_FUNCTION_VAR_KW: true, vm.BINARY_ADD: true, vm.INPLACE_ADD: true,
	vm.BINARY_MULTIPLY: true, vm.INPLACE_MULTIPLY: true, vm.BINARY_MODULO: true,
	vm.BUILD_LIST: true, vm.BINARY_SUBSCR: true,
}

// installHooks wraps the jump table. Called once, before any context exists.
func installHooks() {
	special := map[vm.OpCode]opFunc{
		vm.BUILD_MAP:            opBuildMap,
		vm.STORE_MAP:            opStoreMap,
		vm.MAP_ADD:              opMapAdd,
		vm.BUILD_SET:            opBuildSet,
		vm.SET_ADD:              opSetAdd,
		vm.BINARY_ADD:           opBinary(opAdd),
		vm.INPLACE_ADD:          opBinary(opInplaceAdd),
		vm.BINARY_MODULO:        opBinary(opModulo),
		vm.INPLACE_MODULO:       opBinary(opModulo),
		vm.BINARY_MULTIPLY:      opBinary(opMultiply),
		vm.INPLACE_MULTIPLY:     opBinary(opMultiply),
		vm.BINARY_SUBSCR:        opBinary(opGetItem),
		vm.COMPARE_OP:           opCompare,
		vm.POP_JUMP_IF_FALSE:    opJumpIf(false, true),
		vm.POP_JUMP_IF_TRUE:     opJumpIf(true, true),
		vm.JUMP_IF_FALSE_OR_POP: opJumpIf(false, false),
		vm.JUMP_IF_TRUE_OR_POP:  opJumpIf(true, false),
		vm.UNARY_NOT:            opNot,
		vm.RAISE_VARARGS:        opRaise,
		vm.GET_ITER:             opGetIter,
		vm.LOAD_ATTR:            opLoadAttr,
		vm.STORE_ATTR:           opStoreAttr,
		vm.LOAD_NAME:            opLoadDotted(vm.LOAD_NAME),
		vm.LOAD_GLOBAL:          opLoadDotted(vm.LOAD_GLOBAL),
	}
	special[vm.FOR_ITER] = opForIter
	special[vm.DUP_TOP] = opKeepTraceback
	special[vm.POP_TOP] = opKeepTraceback
	special[vm.MAKE_FUNCTION] = opMakeFunction(false)
	special[vm.MAKE_CLOSURE] = opMakeFunction(true)
	genHooks(special)
	arithHooks(special)
	callHooks(special)
	for op := range allocatesList {
		allocates[op] = true
	}
	for i := range jumpTable {
		orig := jumpTable[i]
		fn := special[vm.OpCode(i)]
		var raw rawFunc
		if vm.OpCode(i) == vm.YIELD_FROM {
			raw = yieldFrom(orig)
		}
		jumpTable[i] = wrap(vm.OpCode(i), orig, fn, raw)
	}
}

// wrap makes the counted, depth-guarded version of one opcode.
// rawFunc is a replacement that needs the vm itself (it runs gpython's own body inside).
type rawFunc func(it *Interp, v *vm.Vm, f *py.Frame, arg int32) error

func wrap(op vm.OpCode, orig func(*vm.Vm, int32) error, fn opFunc, raw rawFunc) func(*vm.Vm, int32) error {
	return func(v *vm.Vm, arg int32) error {
		f := frameOf(v)
		it := interpOf(f.Context)
		if it == nil { // a context we do not own: leave gpython alone
			return orig(v, arg)
		}
		it.steps++
		if it.steps >= it.nextCheck {
			it.checkpoint()
		}
		it.depth++
		prev := it.frame
		it.frame = f
		if it.depth < len(it.frames) {
			it.frames[it.depth] = f
		} else {
			it.frames = append(it.frames, f)
		}
		if f.Code.Flags&py.CO_VARKEYWORDS != 0 && f.Lasti <= 3 {
			it.convertKwargs(f)
		}
		var err error
		thrown := false
		if it.pendingThrow != nil {
			// an exception thrown into this generator: raised where it resumed
			if perr, ok := it.pendingThrow[f]; ok {
				delete(it.pendingThrow, f)
				err, thrown = perr, true
			}
		}
		if thrown {
		} else if it.depth > it.cfg.MaxDepth*depthPerCall {
			err = py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded")
		} else if raw != nil {
			err = raw(it, v, f, arg)
		} else if fn != nil {
			err = fn(it, f, arg)
			if err == errFallback {
				err = orig(v, arg)
			}
		} else {
			err = orig(v, arg)
		}
		if err == nil && allocates[op] && len(f.Stack) > 0 {
			err = it.checkResult(f.Stack[len(f.Stack)-1])
		}
		if err != nil {
			// tracebacks name the line of the failing instruction, not of the next one
			start := f.Lasti - 1
			if op >= vm.HAVE_ARGUMENT {
				start -= 2
			}
			if start >= 0 {
				f.Lasti = start
			}
			if op == vm.LOAD_FAST && isException(err, py.NameError) {
				err = py.ExceptionNewf(py.NameError, "local variable referenced before assignment")
			}
			err = translateError(err)
		}
		it.frame = prev
		it.frames[it.depth] = nil
		it.depth--
		return err
	}
}

// checkpoint runs every StepQuantum bytecodes: it charges virtual time and honours Stop and
// the step budget. It panics with an abort to end the run.
func (it *Interp) checkpoint() {
	it.nextCheck = it.steps + StepQuantum
	if it.cfg.OnSteps != nil {
		it.cfg.OnSteps(StepQuantum)
	}
	if a := it.stop.Load(); a != nil {
		it.cut = a
		panic(abortPanic{a})
	}
	if it.steps >= it.cfg.MaxSteps {
		it.Cut("step budget exhausted: the program ran "+itoa(it.steps)+" bytecodes without finishing (an endless loop?)", nil)
	}
}

// CheckStop is called by blocking builtins (sleep, socket reads) so a Stop is honoured even when
// no bytecode runs.
func (it *Interp) CheckStop() {
	if a := it.stop.Load(); a != nil {
		it.cut = a
		panic(abortPanic{a})
	}
}

func opBuildMap(it *Interp, f *py.Frame, arg int32) error {
	push(f, NewDictSized(int(arg)))
	return nil
}

func opStoreMap(it *Interp, f *py.Frame, arg int32) error {
	key := pop(f)
	value := pop(f)
	d := top(f).(*Dict)
	return d.SetItem(key, value)
}

func opMapAdd(it *Interp, f *py.Frame, arg int32) error {
	key := pop(f)
	value := pop(f)
	d := peek(f, int(arg)).(*Dict)
	return d.SetItem(key, value)
}

func opBuildSet(it *Interp, f *py.Frame, arg int32) error {
	n := int(arg)
	items := f.Stack[len(f.Stack)-n:]
	s := NewSetSized(n)
	for _, o := range items {
		if err := s.Add(o); err != nil {
			return err
		}
	}
	f.Stack = f.Stack[:len(f.Stack)-n]
	push(f, s)
	return nil
}

func opSetAdd(it *Interp, f *py.Frame, arg int32) error {
	w := pop(f)
	return peek(f, int(arg)).(*Set).Add(w)
}

// opBinary adapts a binary operation to the stack: TOS = op(TOS1, TOS).
func opBinary(op func(a, b py.Object) (py.Object, error)) opFunc {
	return func(it *Interp, f *py.Frame, arg int32) error {
		b := pop(f)
		r, err := op(top(f), b)
		if err != nil {
			return err
		}
		setTop(f, r)
		return nil
	}
}

func opJumpIf(when bool, always bool) opFunc {
	return func(it *Interp, f *py.Frame, target int32) error {
		t, err := Truth(top(f))
		if err != nil {
			return err
		}
		if t == when {
			if always {
				pop(f)
			}
			f.Lasti = target
			return nil
		}
		pop(f)
		return nil
	}
}

func opNot(it *Interp, f *py.Frame, arg int32) error {
	t, err := Truth(top(f))
	if err != nil {
		return err
	}
	setTop(f, py.NewBool(!t))
	return nil
}

func opRaise(it *Interp, f *py.Frame, argc int32) error {
	var exc, cause py.Object
	switch argc {
	case 2:
		cause = pop(f)
		exc = pop(f)
	case 1:
		exc = pop(f)
	default:
		return errFallback // bare raise: gpython re-raises the active exception correctly
	}
	e, err := makeRaisable(exc)
	if err != nil {
		return err
	}
	it.tagBoard(e)
	if cause != nil && cause != py.None {
		// MicroPython has no exception chaining: it warns on the console and drops the cause
		if err := it.write("Warning: exception chaining not supported\n"); err != nil {
			return err
		}
	}
	return e
}

func opGetIter(it *Interp, f *py.Frame, arg int32) error {
	r, err := Iter(top(f))
	if err != nil {
		return err
	}
	setTop(f, r)
	return nil
}

func opLoadAttr(it *Interp, f *py.Frame, namei int32) error {
	r, err := GetAttr(top(f), f.Code.Names[namei])
	if err != nil {
		return err
	}
	setTop(f, r)
	return nil
}

func opStoreAttr(it *Interp, f *py.Frame, namei int32) error {
	obj := pop(f)
	value := pop(f)
	return SetAttr(obj, f.Code.Names[namei], value)
}

// opLoadDotted serves gpython's compilation of a dotted decorator (@prop.setter) as one name
// "prop.setter": gpython's own load runs first; only when it fails is the name resolved
// component by component.
func opLoadDotted(op vm.OpCode) opFunc {
	return func(it *Interp, f *py.Frame, namei int32) error {
		name := f.Code.Names[namei]
		dot := strings.IndexByte(name, '.')
		if dot < 0 {
			return errFallback
		}
		v, ok := lookupName(f, name[:dot])
		if !ok {
			return py.ExceptionNewf(py.NameError, "name '%s' isn't defined", name[:dot])
		}
		for _, part := range strings.Split(name[dot+1:], ".") {
			var err error
			if v, err = GetAttr(v, part); err != nil {
				return err
			}
		}
		push(f, v)
		return nil
	}
}

// lookupName finds a plain name as the running code sees it: class-body locals, fast locals,
// cells and free variables, globals, builtins.
func lookupName(f *py.Frame, name string) (py.Object, bool) {
	if f.Locals != nil {
		if v, ok := f.Locals[name]; ok {
			return v, true
		}
	}
	for i, n := range f.Code.Varnames {
		if n == name && i < len(f.Localsplus) && f.Localsplus[i] != nil {
			return f.Localsplus[i], true
		}
	}
	names := append(append([]string(nil), f.Code.Cellvars...), f.Code.Freevars...)
	for i, n := range names {
		if n == name && i < len(f.CellAndFreeVars) {
			if c, ok := f.CellAndFreeVars[i].(*py.Cell); ok && c.Get() != nil {
				return c.Get(), true
			}
		}
	}
	if v, ok := f.Globals[name]; ok {
		return v, true
	}
	v, ok := f.Builtins[name]
	return v, ok
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	if n == -1<<63 {
		return "-9223372036854775808"
	}
	var b [24]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// opMakeFunction repairs the stack of a decorated function with default values: gpython's
// compiler loads the defaults before the decorators (CPython loads the decorators first), so
// MAKE_FUNCTION would take a decorator as a default. A function statement (never a lambda)
// followed by k CALL_FUNCTION 1 has k decorators; they are moved below the defaults and
// gpython's own opcode body runs on the repaired stack.
func opMakeFunction(closure bool) opFunc {
	return func(it *Interp, f *py.Frame, argc int32) error {
		nvals := int(argc&0xff) + 2*int((argc>>8)&0xff) + int(argc>>16)
		if nvals == 0 {
			return errFallback
		}
		code, ok := peek(f, 2).(*py.Code)
		if closure {
			code, ok = peek(f, 2).(*py.Code)
		}
		if !ok || code.Name == "<lambda>" {
			return errFallback
		}
		k := 0
		b := f.Code.Code
		for i := int(f.Lasti); i+2 < len(b) && vm.OpCode(b[i]) == vm.CALL_FUNCTION && b[i+1] == 1 && b[i+2] == 0; i += 3 {
			k++
		}
		top := 2
		if closure {
			top = 3
		}
		end := len(f.Stack) - top
		if k == 0 || end-k-nvals < 0 {
			return errFallback
		}
		seg := f.Stack[end-k-nvals : end]
		rotated := make([]py.Object, 0, len(seg))
		rotated = append(append(rotated, seg[nvals:]...), seg[:nvals]...)
		copy(seg, rotated)
		return errFallback
	}
}

// opForIter is FOR_ITER. gpython's own ends the loop on any error, so an exception raised
// inside a generator or iterator vanished; only StopIteration ends a loop.
func opForIter(it *Interp, f *py.Frame, delta int32) error {
	r, err := Next(top(f))
	if err != nil {
		if isStopIteration(err) {
			pop(f)
			f.Lasti += delta
			return nil
		}
		return err
	}
	push(f, r)
	return nil
}

// opKeepTraceback runs at the start of an except handler (DUP_TOP for `except E`, POP_TOP for
// a bare except), where gpython has pushed traceback, value and type: the traceback is kept
// on the exception so sys.print_exception can print it later.
func opKeepTraceback(it *Interp, f *py.Frame, arg int32) error {
	if n := len(f.Stack); n >= 3 {
		if e, ok := f.Stack[n-2].(*py.Exception); ok {
			if tb, ok := f.Stack[n-3].(*py.Traceback); ok {
				if _, ok := f.Stack[n-1].(*py.Type); ok {
					e.Traceback = tb
				}
			}
		}
	}
	return errFallback
}
