package mpy

import (
	"fmt"
	"sort"

	"github.com/go-python/gpython/py"
)

// The modules that belong to the language layer itself: errno (numbers per board), gc (the
// heap model), micropython (const, mem_info). Device modules live in emulator/modules.

// ErrnoTable is a board's errno names and numbers.
type ErrnoTable map[string]int

// DefaultErrno is MicroPython's internal errno table (unix and webassembly ports), which the
// errno module exposes when the board profile gives none.
var DefaultErrno = ErrnoTable{
	"EPERM": 1, "ENOENT": 2, "EIO": 5, "EBADF": 9, "EAGAIN": 11, "ENOMEM": 12, "EACCES": 13,
	"EEXIST": 17, "ENODEV": 19, "EISDIR": 21, "EINVAL": 22, "EOPNOTSUPP": 95, "EADDRINUSE": 98,
	"ECONNABORTED": 103, "ECONNRESET": 104, "ENOBUFS": 105, "ENOTCONN": 107, "ETIMEDOUT": 110,
	"ECONNREFUSED": 111, "EHOSTUNREACH": 113, "EALREADY": 114, "EINPROGRESS": 115,
}

// moduleSetups run when an interpreter imports a registered module, to fill its per-device
// parts (a native module's globals are otherwise shared by every device).
var moduleSetups = map[string]func(it *Interp, m *py.Module){}

// RegisterModuleSetup adds a per-device setup step for a registered module. Call it from an
// init function, before the first interpreter exists.
func RegisterModuleSetup(name string, setup func(it *Interp, m *py.Module)) {
	moduleSetups[name] = setup
}

func (it *Interp) errnoTable() ErrnoTable {
	if it != nil && it.cfg.Errno != nil {
		return it.cfg.Errno
	}
	return DefaultErrno
}

// Errno returns the board's number for an errno name (0 if the board has none).
func (it *Interp) Errno(name string) int { return it.errnoTable()[name] }

func modMethod(name string, fn any) *py.Method { return py.MustNewMethod(name, fn, 0, "") }

func installCoreModules() {
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "errno"}})
	RegisterModuleSetup("errno", func(it *Interp, m *py.Module) {
		table := it.errnoTable()
		names := make([]string, 0, len(table))
		for n := range table {
			names = append(names, n)
		}
		sort.Strings(names)
		codes := NewDict()
		for _, n := range names {
			m.Globals[n] = py.Int(table[n])
			_ = codes.SetItem(py.Int(table[n]), py.String(n))
		}
		m.Globals["errorcode"] = codes
	})
	gcInterp := func(self py.Object) *Interp { return interpOf(self.(*py.Module).Context) }
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "gc"},
		Methods: []*py.Method{
			modMethod("collect", func(self py.Object, args py.Tuple) (py.Object, error) {
				if it := gcInterp(self); it != nil {
					it.heap.live, it.heap.small = it.liveSize(), 0
				}
				return py.None, nil
			}),
			modMethod("mem_free", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(gcInterp(self).MemFree()), nil
			}),
			modMethod("mem_alloc", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(gcInterp(self).MemAlloc()), nil
			}),
			modMethod("enable", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }),
			modMethod("disable", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }),
			modMethod("isenabled", func(self py.Object, args py.Tuple) (py.Object, error) { return py.True, nil }),
			modMethod("threshold", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 0 {
					return py.Int(-1), nil
				}
				return py.None, nil
			}),
		},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "micropython"},
		Methods: []*py.Method{
			modMethod("const", func(self, v py.Object) (py.Object, error) { return v, nil }),
			modMethod("opt_level", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 0 {
					return py.Int(0), nil
				}
				return py.None, nil
			}),
			modMethod("mem_info", func(self py.Object, args py.Tuple) (py.Object, error) {
				it := gcInterp(self)
				used := it.MemAlloc()
				return py.None, it.write(fmt.Sprintf("stack: 736 out of 15360\nGC: total: %d, used: %d, free: %d\n", it.heap.size, used, it.heap.size-used))
			}),
			modMethod("qstr_info", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }),
			modMethod("stack_use", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(gcInterp(self).depth * 64), nil
			}),
			modMethod("heap_lock", func(self py.Object, args py.Tuple) (py.Object, error) { return py.Int(0), nil }),
			modMethod("heap_unlock", func(self py.Object, args py.Tuple) (py.Object, error) { return py.Int(0), nil }),
			modMethod("kbd_intr", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }),
			modMethod("alloc_emergency_exception_buf", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }),
			modMethod("schedule", func(self py.Object, args py.Tuple) (py.Object, error) {
				if err := nargs("schedule", args, 2, 2); err != nil {
					return nil, err
				}
				_, err := py.Call(args[0], py.Tuple{args[1]}, nil)
				return py.None, err
			}),
		},
	})
}
