package mpy

import (
	mathbig "math/big"

	"github.com/go-python/gpython/py"
)

// Heap accounting. A board has a small Python heap (Config.Heap). The emulator charges what
// device code keeps alive: after any opcode that produced a large object, and whenever gc
// asks, the live size is estimated by walking what is reachable from the modules and the
// running frames, as a mark phase would. A result that does not fit raises MemoryError, as on
// the board. Any single allocation larger than maxAlloc is refused before Go allocates it, so
// no device code can exhaust the host's memory.

// maxAlloc bounds one allocation (no MicroPython board has a larger heap).
const maxAlloc = 16 << 20

// wordSize is the size of an object pointer on the emulated board (32-bit MCUs).
const wordSize = 4

// largeObject is the size from which a new object triggers a heap check.
const largeObject = 1024

type heapState struct {
	size  int
	live  int // live estimate from the last walk
	small int // bytes of small objects made since the last walk
}

func (h *heapState) init(size int) { h.size = size }

// memoryError is MicroPython's MemoryError for a failed allocation.
func memoryError(n int) error {
	return NewException(py.MemoryError, py.String("memory allocation failed, allocating "+itoa(int64(n))+" bytes"))
}

// chargeAlloc refuses an allocation of n bytes that no board could make, before it happens.
func chargeAlloc(n int) error {
	if n > maxAlloc || n < 0 {
		return memoryError(n)
	}
	return nil
}

// HeapSizer is a native object that holds device heap memory of its own (a decompressor's
// window): the heap walk charges HeapSize bytes for it.
type HeapSizer interface {
	HeapSize() int
}

// HeapParent is a native object that holds other device objects (a deque's items): the heap
// walk visits them.
type HeapParent interface {
	HeapChildren() []py.Object
}

// shallowSize estimates the bytes MicroPython spends on o itself.
func shallowSize(o py.Object) int {
	switch x := o.(type) {
	case py.String:
		if len(x) < 8 {
			return 0 // interned/short strings
		}
		return 16 + len(x)
	case *Bytes:
		return 16 + len(x.b)
	case *ByteArray:
		return 16 + cap(x.b)
	case *py.List:
		return 16 + wordSize*cap(x.Items)
	case py.Tuple:
		return 8 + wordSize*len(x)
	case *Dict:
		return 16 + 2*wordSize*x.Len()
	case *Set:
		return 16 + wordSize*x.Len()
	case *Instance:
		return 32 + 2*wordSize*len(x.dict)
	case py.Float:
		return 16
	case *py.BigInt:
		return 16 + 8*len((*mathbig.Int)(x).Bits())
	case HeapSizer:
		return x.HeapSize()
	}
	return 16
}

// checkResult charges a freshly made object against the heap.
func (it *Interp) checkResult(o py.Object) error {
	n := shallowSize(o)
	if n < largeObject {
		// small objects are counted, not walked: only once what was made since the last walk
		// could overflow the heap does a walk (a collection, as the board's allocator runs
		// one when it finds no free block) check what is really alive
		it.heap.small += n
		if it.heap.live+it.heap.small <= it.heap.size {
			return nil
		}
	} else if it.heap.live+it.heap.small+n <= it.heap.size {
		it.heap.live += n
		return nil
	}
	it.heap.live = it.liveSize(o)
	it.heap.small = 0
	if it.heap.live > it.heap.size {
		return memoryError(n)
	}
	return nil
}

// liveSize walks everything reachable from the modules and frames (plus extra).
func (it *Interp) liveSize(extra ...py.Object) int {
	w := &walker{seen: map[any]bool{}}
	for _, m := range it.modules() {
		w.walkDict(m.Globals)
	}
	for _, f := range it.frames[:it.depth+1] {
		if f == nil {
			continue
		}
		w.walkFrame(f)
	}
	for _, o := range extra {
		w.walk(o, 0)
	}
	return w.total
}

type walker struct {
	seen  map[any]bool
	total int
}

func (w *walker) walkFrame(f *py.Frame) {
	if w.seen[f] {
		return
	}
	w.seen[f] = true
	for _, o := range f.Localsplus {
		w.walk(o, 0)
	}
	for _, o := range f.Stack {
		w.walk(o, 0)
	}
	if f.Locals != nil && !w.seen[&f.Locals] {
		w.walkDict(f.Locals)
	}
}

func (w *walker) walkDict(d py.StringDict) {
	for _, v := range d {
		w.walk(v, 0)
	}
}

func (w *walker) walk(o py.Object, depth int) {
	if o == nil || depth > 10000 {
		return
	}
	switch x := o.(type) {
	case py.Int, py.Bool, py.NoneType, *py.Type, *py.Module, *py.Function, *py.Method:
		return
	case py.Tuple:
		w.total += shallowSize(x)
		for _, v := range x {
			w.walk(v, depth+1)
		}
		return
	case py.String, py.Float:
		w.total += shallowSize(x)
		return
	}
	if w.seen[o] {
		return
	}
	w.seen[o] = true
	w.total += shallowSize(o)
	switch x := o.(type) {
	case *py.List:
		for _, v := range x.Items {
			w.walk(v, depth+1)
		}
	case *Dict:
		for _, kv := range x.Items() {
			w.walk(kv[0], depth+1)
			w.walk(kv[1], depth+1)
		}
	case *Set:
		for _, v := range x.Items() {
			w.walk(v, depth+1)
		}
	case *Instance:
		w.walkDict(x.dict)
		w.walk(x.base, depth+1)
	case *py.Cell:
		w.walk(x.Get(), depth+1)
	case *py.BoundMethod:
		w.walk(x.Self, depth+1)
	case HeapParent:
		for _, v := range x.HeapChildren() {
			w.walk(v, depth+1)
		}
	}
}

// Alloc checks that the device heap can hold a new object of n bytes that a builtin is about to
// make (a receive buffer, a growing read-all result), collecting first when the heap looks
// full: MemoryError as on the board, and never a host allocation the board could not make.
func (it *Interp) Alloc(n int) error {
	if n < 0 || n > maxAlloc {
		return memoryError(n)
	}
	if it.heap.live+it.heap.small+n <= it.heap.size {
		return nil
	}
	it.heap.live, it.heap.small = it.liveSize(), 0
	if it.heap.live+n > it.heap.size {
		return memoryError(n)
	}
	return nil
}

// MemFree is gc.mem_free(): the heap size less the live estimate.
func (it *Interp) MemFree() int {
	it.heap.live, it.heap.small = it.liveSize(), 0
	if it.heap.live > it.heap.size {
		return 0
	}
	return it.heap.size - it.heap.live
}

// MemAlloc is gc.mem_alloc().
func (it *Interp) MemAlloc() int {
	it.heap.live, it.heap.small = it.liveSize(), 0
	return it.heap.live
}

// modules lists the interpreter's imported modules in a fixed order.
func (it *Interp) modules() []*py.Module {
	var out []*py.Module
	if it.main != nil {
		out = append(out, it.main)
	}
	out = append(out, it.imported...)
	return out
}
