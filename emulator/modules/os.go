package modules

import (
	"io/fs"
	"sort"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
)

// The os module over the device flash: paths resolve against the device's current directory,
// errors are OSError with the board's errno, stat() and statvfs() are MicroPython's plain
// tuples. With a vfs.Flash the filesystem's own order, errno and durability apply.

// osDevice is what os needs from the device beyond the interpreter (emulator.Device).
type osDevice interface {
	RTC() time.Time
	Epoch1970() bool
	UniqueID() []byte
}

func osOf(self py.Object) *mpy.Interp { return mpy.InterpOf(self.(*py.Module).Context) }

// pathArg reads a path argument (” is the current directory).
func pathArg(it *mpy.Interp, args py.Tuple, i int, def string) (string, error) {
	if len(args) <= i {
		return it.DevicePath(def), nil
	}
	s, ok := args[i].(py.String)
	if !ok {
		if b, ok := mpy.BufferOf(args[i]); ok {
			s = py.String(b)
		} else {
			return "", mpy.NewException(py.TypeError, py.String("can't convert '"+args[i].Type().Name+"' object to str implicitly"))
		}
	}
	return it.DevicePath(string(s)), nil
}

// dirNames lists a directory in the filesystem's own order.
func dirNames(it *mpy.Interp, dir string) ([]string, error) {
	if f, ok := it.FS().(*vfs.Flash); ok {
		return f.ReadDirNames(dir)
	}
	st, err := it.FS().Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, &fs.PathError{Op: "listdir", Path: dir, Err: fs.ErrInvalid}
	}
	infos, err := afero.ReadDir(it.FS(), dir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(infos))
	for i, fi := range infos {
		names[i] = fi.Name()
	}
	sort.Strings(names)
	return names, nil
}

// statTuple is os.stat()'s 10-tuple.
func statTuple(it *mpy.Interp, fi fs.FileInfo) py.Tuple {
	mode, size, mtime := int64(0x8000), fi.Size(), int64(0)
	if fi.IsDir() {
		mode, size = 0x4000, 0
	}
	if st, ok := fi.Sys().(*vfs.StatT); ok {
		mode, size, mtime = int64(st.Mode), st.Size, st.Mtime
	}
	if mtime != 0 {
		if d, ok := it.Device().(osDevice); ok && !d.Epoch1970() {
			mtime -= epoch2000.Unix()
		}
	}
	return py.Tuple{py.Int(mode), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0),
		py.Int(size), py.Int(mtime), py.Int(mtime), py.Int(mtime)}
}

func osMethod(name string, fn func(it *mpy.Interp, args py.Tuple) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		return fn(osOf(self), args)
	}, 0, "")
}

func init() {
	remove := func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
		p, err := pathArg(it, args, 0, "")
		if err != nil {
			return nil, err
		}
		if err := it.FS().Remove(p); err != nil {
			return nil, it.OSErrorOf(err)
		}
		return py.None, nil
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "os"},
		Methods: []*py.Method{
			osMethod("listdir", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				names, err := dirNames(it, p)
				if err != nil {
					return nil, it.OSErrorOf(err)
				}
				items := make([]py.Object, len(names))
				for i, n := range names {
					items[i] = py.String(n)
				}
				return py.NewListFromItems(items), nil
			}),
			osMethod("ilistdir", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				names, err := dirNames(it, p)
				if err != nil {
					return nil, it.OSErrorOf(err)
				}
				items := make([]py.Object, 0, len(names))
				for _, n := range names {
					fi, err := it.FS().Stat(vfs.Resolve(p, n))
					if err != nil {
						return nil, it.OSErrorOf(err)
					}
					kind, size := int64(0x8000), fi.Size()
					if fi.IsDir() {
						kind, size = 0x4000, 0
					}
					items = append(items, py.Tuple{py.String(n), py.Int(kind), py.Int(0), py.Int(size)})
				}
				return mpy.Iter(py.NewListFromItems(items))
			}),
			osMethod("stat", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				fi, err := it.FS().Stat(p)
				if err != nil {
					return nil, it.OSErrorOf(err)
				}
				return statTuple(it, fi), nil
			}),
			osMethod("statvfs", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				if _, err := it.FS().Stat(p); err != nil {
					return nil, it.OSErrorOf(err)
				}
				f, ok := it.FS().(*vfs.Flash)
				if !ok {
					return nil, it.NewOSErrorFor(it.Errno("EINVAL"))
				}
				st := f.Statvfs()
				out := make(py.Tuple, len(st))
				for i, v := range st {
					out[i] = py.Int(v)
				}
				return out, nil
			}),
			osMethod("mkdir", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				if err := it.FS().Mkdir(p, 0o755); err != nil {
					return nil, it.OSErrorOf(err)
				}
				return py.None, nil
			}),
			osMethod("remove", remove),
			osMethod("unlink", remove),
			osMethod("rmdir", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				if f, ok := it.FS().(*vfs.Flash); ok {
					err = f.Rmdir(p)
				} else {
					err = it.FS().Remove(p)
				}
				if err != nil {
					return nil, it.OSErrorOf(err)
				}
				return py.None, nil
			}),
			osMethod("rename", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
				}
				from, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				to, err := pathArg(it, args, 1, "")
				if err != nil {
					return nil, err
				}
				if err := it.FS().Rename(from, to); err != nil {
					return nil, it.OSErrorOf(err)
				}
				return py.None, nil
			}),
			osMethod("chdir", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				p, err := pathArg(it, args, 0, "")
				if err != nil {
					return nil, err
				}
				fi, err := it.FS().Stat(p)
				if err != nil {
					return nil, it.OSErrorOf(err)
				}
				if !fi.IsDir() {
					return nil, it.NewOSErrorFor(it.Errno("ENOENT"))
				}
				it.SetCwd(p)
				return py.None, nil
			}),
			osMethod("getcwd", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				return py.String(it.Cwd()), nil
			}),
			osMethod("sync", func(it *mpy.Interp, args py.Tuple) (py.Object, error) { return py.None, nil }),
			osMethod("urandom", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				if len(args) != 1 {
					return nil, mpy.NewException(py.TypeError, py.String("function takes 1 positional arguments"))
				}
				n, ok := args[0].(py.Int)
				if !ok || n < 0 {
					return nil, mpy.NewException(py.ValueError, py.String("negative length"))
				}
				b := make([]byte, int(n))
				it.RandomBytes(b)
				return mpy.NewBytes(b), nil
			}),
			osMethod("uname", func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				return py.Tuple{py.String(it.Platform()), py.String(it.Platform()), py.String("1.27.0"),
					py.String("v1.27.0 on 2025-12-09"), py.String(it.Platform())}, nil
			}),
		},
		Globals: py.StringDict{"sep": py.String("/")},
	})
}
