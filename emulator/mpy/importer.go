package mpy

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/spf13/afero"
)

// The importer reads only the device flash. It follows MicroPython 1.27's rules:
//   - sys.path is searched in order ('' is the current directory, i.e. "/" at boot);
//   - a package is a directory with __init__.py, or without one (a namespace package);
//   - extensible built-in modules (os, time, json, ...) are shadowed by a file or package of
//     that name on sys.path, while their u-prefixed names always give the built-in;
//   - sys.modules is a dict: deleting an entry makes the next import run the file again;
//   - a missing module raises ImportError("no module named 'x'").

// extensible are the built-in modules a file on sys.path may replace (MicroPython's
// MICROPY_MODULE_BUILTIN_SUBPACKAGES / "extensible" modules).
var extensible = map[string]bool{
	"os": true, "time": true, "json": true, "random": true, "re": true, "io": true,
	"struct": true, "binascii": true, "hashlib": true, "heapq": true, "select": true,
	"socket": true, "ssl": true, "errno": true, "collections": true, "zlib": true,
	"asyncio": true, "platform": true, "array": true, "deflate": true, "tls": true,
}

// RegisterModule makes a native module importable on every interpreter (when the board's
// Config.Builtin allows it). Register before the first interpreter is made.
func RegisterModule(impl *py.ModuleImpl) { py.RegisterModule(impl) }

// libraryModules are the registered modules that are micropython-lib packages rather than
// part of the firmware (see MarkLibrary).
var libraryModules = map[string]bool{}

// MarkLibrary marks a registered module as a micropython-lib package (logging, hmac,
// tarfile...): firmware does not include it, a board has it only once installed in /lib. The
// importer looks for it on the whole sys.path first, and only then falls back to the
// registered version if Config.OnLibrary allows. Call it from init, before any interpreter.
func MarkLibrary(name string) { libraryModules[name] = true }

// builtinImpl returns the registered built-in module for name on this board, following the
// u-prefix alias rule.
func (it *Interp) builtinImpl(name string) *py.ModuleImpl {
	if alias, ok := it.cfg.ModuleAliases[name]; ok {
		name = alias
	}
	switch name {
	case "builtins", "sys":
		return nil // always present in the store
	}
	if it.cfg.Builtin != nil && !it.cfg.Builtin(name) {
		return nil
	}
	if impl := py.GetModuleImpl(name); impl != nil {
		return impl
	}
	// only the extensible modules (and sys) have a u-prefixed name: ugc, umicropython do not exist
	if strings.HasPrefix(name, "u") && (extensible[name[1:]] || name == "usys") {
		if it.cfg.Builtin != nil && !it.cfg.Builtin(name[1:]) {
			return nil
		}
		return py.GetModuleImpl(name[1:])
	}
	return nil
}

// importBuiltin is builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).
func importBuiltin(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	it := interpOf(self.(*py.Module).Context)
	if it == nil {
		return nil, py.ExceptionNewf(py.ImportError, "no importer")
	}
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "__import__() missing argument")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module name must be a str")
	}
	var globals py.StringDict
	if len(args) > 1 {
		if g, ok := args[1].(py.StringDict); ok {
			globals = g
		}
	}
	if globals == nil && it.frame != nil {
		globals = it.frame.Globals
	}
	var fromlist []py.Object
	if len(args) > 3 && args[3] != py.None {
		fl, err := Collect(args[3])
		if err != nil {
			return nil, err
		}
		fromlist = fl
	}
	level := 0
	if len(args) > 4 {
		if l, ok := args[4].(py.Int); ok {
			level = int(l)
		}
	}
	if v, ok := kw["level"].(py.Int); ok {
		level = int(v)
	}
	return it.importModule(string(name), globals, fromlist, level)
}

func (it *Interp) importModule(name string, globals py.StringDict, fromlist []py.Object, level int) (py.Object, error) {
	full := name
	if level > 0 {
		pkg := ""
		if p, ok := globals["__package__"].(py.String); ok && p != "" {
			pkg = string(p)
		} else if n, ok := globals["__name__"].(py.String); ok {
			pkg = string(n)
			if _, isPkg := globals["__path__"]; !isPkg {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
		for i := 1; i < level; i++ {
			j := strings.LastIndexByte(pkg, '.')
			if j < 0 {
				return nil, py.ExceptionNewf(py.ImportError, "can't perform relative import")
			}
			pkg = pkg[:j]
		}
		if pkg == "" {
			return nil, py.ExceptionNewf(py.ImportError, "can't perform relative import")
		}
		if name == "" {
			full = pkg
		} else {
			full = pkg + "." + name
		}
	}
	parts := strings.Split(full, ".")
	var top, leaf py.Object
	for i := range parts {
		m, err := it.importOne(strings.Join(parts[:i+1], "."), leaf)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		}
		leaf = m
	}
	if len(fromlist) == 0 {
		if level > 0 && name == "" {
			return leaf, nil
		}
		if level > 0 {
			// `from . import x` style handled by fromlist; plain relative import gives the leaf
			return leaf, nil
		}
		return top, nil
	}
	// from pkg import sub: import submodules named in fromlist that are not attributes yet.
	if mod, ok := leaf.(*py.Module); ok {
		if _, isPkg := mod.Globals["__path__"]; isPkg {
			for _, f := range fromlist {
				fn, ok := f.(py.String)
				if !ok || fn == "*" {
					continue
				}
				if _, ok := mod.Globals[string(fn)]; ok {
					continue
				}
				if _, err := it.importOne(full+"."+string(fn), leaf); err != nil && !isException(err, py.ImportError) {
					return nil, err
				}
			}
		}
	}
	return leaf, nil
}

// importOne imports one fully qualified module whose parent (if any) is already imported.
func (it *Interp) importOne(full string, parent py.Object) (py.Object, error) {
	if m, ok, err := it.sysMods.Get(py.String(full)); err != nil || ok {
		return m, err
	}
	short := full
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		short = full[i+1:]
	}
	var dirs []string
	if pm, ok := parent.(*py.Module); ok {
		p, ok := pm.Globals["__path__"].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", full)
		}
		dirs = []string{string(p)}
	} else {
		if full == "usys" {
			m := it.ctx.store.MustGetModule("sys")
			_ = it.sysMods.SetItem(py.String(full), m)
			return m, nil
		}
		impl := it.builtinImpl(full)
		if impl != nil && libraryModules[full] {
			// a micropython-lib package: a board has it only when installed in /lib (or
			// beside main.py); ota-emu's own version is the fallback the device config allows
			if file, isPkg, dir, ok := it.findModule(it.sysPath(), short); ok {
				return it.execModule(full, file, isPkg, dir, parent, short)
			}
			if it.cfg.OnLibrary != nil && !it.cfg.OnLibrary(full) {
				return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", full)
			}
			return it.initBuiltin(full, impl)
		}
		if impl != nil && strings.HasPrefix(impl.Info.FileDesc, ".frozen/") {
			// frozen modules sit at ".frozen" on sys.path: a file in '' comes first
			if file, isPkg, dir, ok := it.findModule([]string{""}, short); ok {
				return it.execModule(full, file, isPkg, dir, parent, short)
			}
			return it.initBuiltin(full, impl)
		}
		if impl != nil && (!extensible[full] || strings.HasPrefix(full, "u")) {
			return it.initBuiltin(full, impl)
		}
		dirs = it.sysPath()
		if file, isPkg, dir, ok := it.findModule(dirs, short); ok {
			return it.execModule(full, file, isPkg, dir, parent, short)
		}
		if impl != nil {
			return it.initBuiltin(full, impl)
		}
		if full == "sys" || full == "builtins" {
			return it.ctx.store.MustGetModule(full), nil
		}
		return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", full)
	}
	if file, isPkg, dir, ok := it.findModule(dirs, short); ok {
		return it.execModule(full, file, isPkg, dir, parent, short)
	}
	return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", full)
}

func (it *Interp) sysPath() []string {
	sys := it.ctx.store.MustGetModule("sys")
	var out []string
	if l, ok := sys.Globals["path"].(*py.List); ok {
		for _, p := range l.Items {
			if s, ok := p.(py.String); ok {
				out = append(out, string(s))
			}
		}
	}
	return out
}

// findModule looks for name.py or a package directory name/ in dirs.
func (it *Interp) findModule(dirs []string, name string) (file string, isPkg bool, dir string, ok bool) {
	fs := it.cfg.FS
	for _, d := range dirs {
		pkgDir := modulePath(d, name)
		if st, err := fs.Stat(pkgDir); err == nil && st.IsDir() {
			init := pkgDir + "/__init__.py"
			if _, err := fs.Stat(init); err == nil {
				return init, true, pkgDir, true
			}
			return "", true, pkgDir, true
		}
		f := modulePath(d, name+".py")
		if st, err := fs.Stat(f); err == nil && !st.IsDir() {
			return f, false, "", true
		}
	}
	return "", false, "", false
}

// execModule runs a flash module file (or makes a namespace package) and registers it.
func (it *Interp) execModule(full, file string, isPkg bool, dir string, parent py.Object, short string) (py.Object, error) {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: full, FileDesc: displayPath(file)}}
	mod, err := it.ctx.store.NewModule(it.ctx, impl)
	if err != nil {
		return nil, err
	}
	if file == "" {
		delete(mod.Globals, "__file__")
	}
	trimModuleGlobals(mod)
	if isPkg {
		mod.Globals["__path__"] = py.String(dir)
	}
	if err := it.sysMods.SetItem(py.String(full), mod); err != nil {
		return nil, err
	}
	it.imported = append(it.imported, mod)
	if file != "" {
		src, err := afero.ReadFile(it.cfg.FS, file)
		if err != nil {
			_ = it.sysMods.DelItem(py.String(full))
			if os.IsNotExist(err) {
				return nil, py.ExceptionNewf(py.ImportError, "no module named '%s'", full)
			}
			return nil, NewOSError(5)
		}
		code, err := compileSource(src, displayPath(file))
		if err == nil {
			_, err = it.ctx.RunCode(code, mod.Globals, mod.Globals, nil)
		}
		if err != nil {
			_ = it.sysMods.DelItem(py.String(full))
			return nil, err
		}
	}
	if pm, ok := parent.(*py.Module); ok {
		pm.Globals[short] = mod
	}
	return mod, nil
}

// displayPath is the file name MicroPython shows in tracebacks: paths under "/" found through
// the ” entry of sys.path are shown relative ("main.py", "lib/x.py" as "/lib/x.py").
func displayPath(file string) string {
	if strings.Count(file, "/") == 1 && strings.HasPrefix(file, "/") {
		return file[1:]
	}
	return file
}

// initBuiltin makes a registered native module (once per interpreter).
func (it *Interp) initBuiltin(name string, impl *py.ModuleImpl) (py.Object, error) {
	if m, err := it.ctx.store.GetModule(impl.Info.Name); err == nil {
		_ = it.sysMods.SetItem(py.String(name), m)
		return m, nil
	}
	m, err := it.ctx.ModuleInit(impl)
	if err != nil {
		return nil, err
	}
	if setup := moduleSetups[impl.Info.Name]; setup != nil {
		setup(it, m)
	}
	if err := it.sysMods.SetItem(py.String(name), m); err != nil {
		return nil, err
	}
	it.imported = append(it.imported, m)
	return m, nil
}

// trimModuleGlobals removes what gpython adds to a module's namespace and MicroPython does not
// have (__doc__, __package__).
func trimModuleGlobals(m *py.Module) {
	delete(m.Globals, "__doc__")
	delete(m.Globals, "__package__")
}
