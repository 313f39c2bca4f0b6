package mpy

import (
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// context is our own py.Context: it gives gpython a module store whose imports resolve only on
// the device flash (see importer.go) and leads every builtin back to its Interp.
type context struct {
	it    *Interp
	store *py.ModuleStore
	done  chan struct{}
	once  sync.Once
}

var _ py.Context = (*context)(nil)

func newContext(it *Interp) (*context, error) {
	ctx := &context{it: it, store: py.NewModuleStore(), done: make(chan struct{})}
	for _, name := range []string{"builtins", "sys"} {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", name)
		}
		if _, err := ctx.ModuleInit(impl); err != nil {
			return nil, err
		}
	}
	setupSys(ctx)
	return ctx, nil
}

// InterpOf returns the interpreter behind a gpython context (a native module method finds its
// device with InterpOf(self.(*py.Module).Context)), or nil for a context mpy did not make.
func InterpOf(c py.Context) *Interp { return interpOf(c) }

// interpOf finds the Interp behind a gpython context, or nil for a foreign context.
func interpOf(c py.Context) *Interp {
	if ctx, ok := c.(*context); ok {
		return ctx.it
	}
	return nil
}

// ModuleInit makes a module from a registered implementation and runs its code, if any.
// The shared ModuleImpl is never written: a frozen module's source is compiled through the
// code cache, so interpreters on other goroutines can import it at the same time.
func (ctx *context) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	code := impl.Code
	if code == nil && impl.CodeSrc != "" {
		c, err := compileSource([]byte(impl.CodeSrc), impl.Info.FileDesc)
		if err != nil {
			return nil, err
		}
		code = c
	}
	module, err := ctx.store.NewModule(ctx, impl)
	if err != nil {
		return nil, err
	}
	if code != nil {
		trimModuleGlobals(module)
		if _, err := ctx.RunCode(code, module.Globals, module.Globals, nil); err != nil {
			return nil, err
		}
	}
	return module, nil
}

// ResolveAndCompile is gpython's host-disk import path; device code never uses it.
func (ctx *context) ResolveAndCompile(pathname string, opts py.CompileOpts) (py.CompileOut, error) {
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "no module named '%s'", pathname)
}

// RunCode runs a code object in the given namespaces.
func (ctx *context) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return vm.EvalCode(ctx, code, globals, locals, nil, nil, nil, nil, closure)
}

// GetModule returns an imported module.
func (ctx *context) GetModule(name string) (*py.Module, error) { return ctx.store.GetModule(name) }

// Store returns the module store.
func (ctx *context) Store() *py.ModuleStore { return ctx.store }

// Close releases the context.
func (ctx *context) Close() error {
	ctx.once.Do(func() { ctx.store.OnContextClosed(); close(ctx.done) })
	return nil
}

// Done is closed when the context is closed.
func (ctx *context) Done() <-chan struct{} { return ctx.done }
