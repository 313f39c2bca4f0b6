package mpy

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Generators are gpython's, repaired where they differ from MicroPython:
//   - `return v` in a generator gives StopIteration(v) (gpython drops v), and `yield from`
//     evaluates to it (gpython left the sub-iterator itself as the value);
//   - a StopIteration raised inside a generator becomes RuntimeError (PEP 479, as MicroPython);
//   - throw() and close() work: the exception is delivered at the resumed yield by the first
//     opcode that runs in the generator's frame (gpython v0.2.0 has neither).

func genHooks(m map[vm.OpCode]opFunc) {
	m[vm.RETURN_VALUE] = func(it *Interp, f *py.Frame, arg int32) error {
		if f.Code.Flags&py.CO_GENERATOR != 0 {
			if v := top(f); v != py.None {
				if it.genReturn == nil {
					it.genReturn = map[*py.Frame]py.Object{}
				}
				it.genReturn[f] = v
			}
		}
		return errFallback
	}
}

// yieldFrom wraps gpython's YIELD_FROM: when the sub-iterator is exhausted, its return value
// (None for anything but a generator that returned one) replaces it on the stack.
func yieldFrom(orig func(*vm.Vm, int32) error) func(it *Interp, v *vm.Vm, f *py.Frame, arg int32) error {
	return func(it *Interp, v *vm.Vm, f *py.Frame, arg int32) error {
		sub := peek(f, 2)
		f.Yielded = false
		if err := orig(v, arg); err != nil {
			return err
		}
		if !f.Yielded {
			var r py.Object = py.None
			if g, ok := sub.(*py.Generator); ok {
				if rv, ok := it.genReturn[g.Frame]; ok {
					r = rv
					delete(it.genReturn, g.Frame)
				}
			}
			setTop(f, r)
		}
		return nil
	}
}

// genSend resumes a generator with value.
func genSend(g *py.Generator, value py.Object) (py.Object, error) {
	it := interpOf(g.Frame.Context)
	r, err := g.Send(value)
	if err == nil {
		return r, nil
	}
	if t, ok := err.(*py.Type); ok && t == py.StopIteration {
		// the generator finished: report its return value
		if it != nil {
			if rv, ok := it.genReturn[g.Frame]; ok {
				delete(it.genReturn, g.Frame)
				return nil, NewException(py.StopIteration, rv)
			}
		}
		return nil, err
	}
	if isException(err, py.StopIteration) {
		return nil, NewException(py.RuntimeError, py.String("generator raised StopIteration"))
	}
	return nil, err
}

func genStarted(g *py.Generator) bool  { return g.Frame.Lasti != 0 }
func genFinished(g *py.Generator) bool { return g.Frame.Lasti != 0 && !g.Frame.Yielded }

// genThrow raises exc at the generator's paused yield.
func genThrow(g *py.Generator, exc *py.Exception) (py.Object, error) {
	it := interpOf(g.Frame.Context)
	if it == nil || !genStarted(g) || genFinished(g) {
		return nil, exc
	}
	if it.pendingThrow == nil {
		it.pendingThrow = map[*py.Frame]error{}
	}
	it.pendingThrow[g.Frame] = exc
	return genSend(g, py.None)
}

func installGenerators() {
	t := py.GeneratorType
	t.Dict["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
		return genSend(self.(*py.Generator), v)
	}, 0, "")
	t.Dict["__next__"] = py.MustNewMethod("__next__", func(self py.Object) (py.Object, error) {
		return genSend(self.(*py.Generator), py.None)
	}, 0, "")
	t.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := nargs("throw", args, 1, 3); err != nil {
			return nil, err
		}
		exc := args[0]
		if len(args) > 1 && args[1] != py.None {
			if cls, ok := exc.(*py.Type); ok {
				r, err := py.Call(cls, py.Tuple{args[1]}, nil)
				if err != nil {
					return nil, err
				}
				exc = r
			}
		}
		e, err := makeRaisable(exc)
		if err != nil {
			return nil, err
		}
		return genThrow(self.(*py.Generator), e)
	}, 0, "")
	t.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		g := self.(*py.Generator)
		if !genStarted(g) || genFinished(g) {
			return py.None, nil
		}
		_, err := genThrow(g, NewException(py.GeneratorExit))
		switch {
		case err == nil:
			return nil, NewException(py.RuntimeError, py.String("generator ignored GeneratorExit"))
		case isException(err, py.GeneratorExit) || isStopIteration(err):
			return py.None, nil
		}
		return nil, err
	}, 0, "")
}
