package mpy

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
)

// open() over the device flash. On a vfs.Flash it uses the flash's own MicroPython open (its
// durability model sees every write, sync and close); on any other afero.Fs it maps the mode
// to open flags. Errors are OSError with the board's errno numbers.

// File is a file object returned by open().
type File struct {
	f      afero.File
	path   string
	binary bool
	closed bool
	it     *Interp
}

// FileIOType and TextIOType are MicroPython's io.FileIO and io.TextIOWrapper.
var (
	FileIOType = defType(py.NewType("FileIO", ""))
	TextIOType = defType(py.NewType("TextIOWrapper", ""))
)

// Type returns FileIO for binary files, TextIOWrapper for text.
func (f *File) Type() *py.Type {
	if f.binary {
		return FileIOType
	}
	return TextIOType
}

// modeOpener is the flash's MicroPython open (vfs.Flash.OpenMode).
type modeOpener interface {
	OpenMode(name, mode string) (*vfs.File, error)
}

// Cwd returns the device's current directory (os.chdir changes it).
func (it *Interp) Cwd() string {
	if it.cwd == "" {
		return "/"
	}
	return it.cwd
}

// SetCwd sets the current directory.
func (it *Interp) SetCwd(dir string) { it.cwd = dir }

// DevicePath resolves a path as MicroPython does against the current directory.
func (it *Interp) DevicePath(p string) string { return vfs.Resolve(it.Cwd(), p) }

// OSErrorOf turns a filesystem error into OSError with the board's errno number.
func (it *Interp) OSErrorOf(err error) error {
	if n, ok := vfs.ErrnoOf(err); ok {
		return it.NewOSErrorFor(it.errnoFor(n))
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return it.NewOSErrorFor(it.Errno("ENOENT"))
	case errors.Is(err, fs.ErrExist):
		return it.NewOSErrorFor(it.Errno("EEXIST"))
	case errors.Is(err, fs.ErrPermission):
		return it.NewOSErrorFor(it.Errno("EACCES"))
	}
	return it.NewOSErrorFor(it.Errno("EIO"))
}

// errnoFor maps a vfs errno (MicroPython's common numbers) onto this board's table.
func (it *Interp) errnoFor(n int) int {
	name := vfs.Errno(n).Error()
	if v := it.Errno(name); v != 0 {
		return v
	}
	return n
}

func builtinOpen(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	it := interpOf(self.(*py.Module).Context)
	if err := nargsFn("open", args, 1, 2); err != nil {
		return nil, err
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", typeName(args[0]))
	}
	mode := "r"
	if len(args) == 2 {
		m, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", typeName(args[1]))
		}
		mode = string(m)
	}
	if v, ok := kw["mode"].(py.String); ok {
		mode = string(v)
	}
	if strings.Trim(mode, "rwaxbt+") != "" || mode == "" {
		return nil, py.ExceptionNewf(py.ValueError, "invalid mode")
	}
	p := it.DevicePath(string(name))
	var file afero.File
	var err error
	if o, ok := it.cfg.FS.(modeOpener); ok {
		var vf *vfs.File
		vf, err = o.OpenMode(p, mode)
		if err == nil {
			file = vf
		}
	} else {
		file, err = it.cfg.FS.OpenFile(p, openFlags(mode), 0o644)
	}
	if err != nil {
		return nil, it.OSErrorOf(err)
	}
	return &File{f: file, path: p, binary: strings.Contains(mode, "b"), it: it}, nil
}

func openFlags(mode string) int {
	flag := os.O_RDONLY
	switch {
	case strings.Contains(mode, "w"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case strings.Contains(mode, "a"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if strings.Contains(mode, "+") {
		flag = flag&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
	}
	return flag
}

func (f *File) checkOpen() error {
	if f.closed {
		return f.it.NewOSErrorFor(f.it.Errno("EBADF"))
	}
	return nil
}

// result wraps data read from the file as str or bytes.
func (f *File) result(b []byte) (py.Object, error) {
	if f.binary {
		return &Bytes{b: b}, nil
	}
	if !utf8.Valid(b) {
		return nil, NewException(UnicodeErrorType)
	}
	return py.String(b), nil
}

// readAll reads to the end, charging the heap.
func (f *File) readAll() ([]byte, error) {
	var out []byte
	buf := make([]byte, 4096)
	for {
		n, err := f.f.Read(buf)
		out = append(out, buf[:n]...)
		if cerr := chargeAlloc(len(out)); cerr != nil {
			return nil, cerr
		}
		if err == io.EOF || n == 0 {
			return out, nil
		}
		if err != nil {
			return nil, f.it.OSErrorOf(err)
		}
	}
}

// readN reads up to n bytes (binary) or n characters (text).
func (f *File) readN(n int) ([]byte, error) {
	if err := chargeAlloc(n); err != nil {
		return nil, err
	}
	if f.binary {
		buf := make([]byte, n)
		got, err := io.ReadFull(f.f, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, f.it.OSErrorOf(err)
		}
		return buf[:got], nil
	}
	var out []byte
	one := make([]byte, 1)
	for chars := 0; chars < n; {
		k, err := f.f.Read(one)
		if k == 0 || err != nil {
			break
		}
		out = append(out, one[0])
		if utf8.FullRune(out[lastStart(out):]) {
			chars++
		}
	}
	return out, nil
}

// lastStart finds the start of the last (possibly incomplete) UTF-8 sequence.
func lastStart(b []byte) int {
	i := len(b) - 1
	for i > 0 && b[i]&0xc0 == 0x80 {
		i--
	}
	return i
}

func (f *File) readLine() ([]byte, error) {
	var out []byte
	one := make([]byte, 1)
	for {
		k, err := f.f.Read(one)
		if k == 0 || err != nil {
			return out, nil
		}
		out = append(out, one[0])
		if one[0] == '\n' {
			return out, nil
		}
		if len(out)%4096 == 0 {
			if err := chargeAlloc(len(out)); err != nil {
				return nil, err
			}
		}
	}
}

// M__iter__ iterates lines.
func (f *File) M__iter__() (py.Object, error) { return f, nil }

// M__next__ returns the next line.
func (f *File) M__next__() (py.Object, error) {
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	line, err := f.readLine()
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return f.result(line)
}

// M__enter__ and M__exit__ make files context managers.
func (f *File) M__enter__() (py.Object, error) { return f, nil }

// M__exit__ closes the file.
func (f *File) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, f.close() }

func (f *File) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if err := f.f.Close(); err != nil {
		return f.it.OSErrorOf(err)
	}
	return nil
}

func installFile() {
	def := func(name string, fn func(f *File, args py.Tuple) (py.Object, error)) {
		m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			f := self.(*File)
			if name != "close" {
				if err := f.checkOpen(); err != nil {
					return nil, err
				}
			}
			return fn(f, args)
		}, 0, "")
		FileIOType.Dict[name] = m
		TextIOType.Dict[name] = m
	}
	def("read", func(f *File, args py.Tuple) (py.Object, error) {
		if len(args) > 0 && args[0] != py.None {
			n, ok := args[0].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[0]))
			}
			if n >= 0 {
				b, err := f.readN(int(n))
				if err != nil {
					return nil, err
				}
				return f.result(b)
			}
		}
		b, err := f.readAll()
		if err != nil {
			return nil, err
		}
		return f.result(b)
	})
	def("readinto", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("readinto", args, 1, 2); err != nil {
			return nil, err
		}
		buf, ok := bufferOf(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
		}
		if len(args) == 2 {
			if n, ok := args[1].(py.Int); ok && int(n) < len(buf) {
				buf = buf[:n]
			}
		}
		n, err := io.ReadFull(f.f, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, f.it.OSErrorOf(err)
		}
		return py.Int(n), nil
	})
	def("readline", func(f *File, args py.Tuple) (py.Object, error) {
		b, err := f.readLine()
		if err != nil {
			return nil, err
		}
		return f.result(b)
	})
	def("readlines", func(f *File, args py.Tuple) (py.Object, error) {
		var lines []py.Object
		for {
			b, err := f.readLine()
			if err != nil {
				return nil, err
			}
			if len(b) == 0 {
				return py.NewListFromItems(lines), nil
			}
			r, err := f.result(b)
			if err != nil {
				return nil, err
			}
			lines = append(lines, r)
		}
	})
	def("write", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("write", args, 1, 1); err != nil {
			return nil, err
		}
		var data []byte
		if s, ok := args[0].(py.String); ok {
			data = []byte(string(s)) // MicroPython accepts str in binary mode too
		} else if b, ok := bufferOf(args[0]); ok {
			data = b
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
		}
		n, err := f.f.Write(data)
		if err != nil {
			return nil, f.it.OSErrorOf(err)
		}
		return py.Int(n), nil
	})
	def("seek", func(f *File, args py.Tuple) (py.Object, error) {
		if err := nargs("seek", args, 1, 2); err != nil {
			return nil, err
		}
		off, _ := args[0].(py.Int)
		whence := py.Int(0)
		if len(args) == 2 {
			whence, _ = args[1].(py.Int)
		}
		pos, err := f.f.Seek(int64(off), int(whence))
		if err != nil {
			return nil, f.it.OSErrorOf(err)
		}
		return py.Int(pos), nil
	})
	def("tell", func(f *File, args py.Tuple) (py.Object, error) {
		pos, err := f.f.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, f.it.OSErrorOf(err)
		}
		return py.Int(pos), nil
	})
	def("flush", func(f *File, args py.Tuple) (py.Object, error) {
		if err := f.f.Sync(); err != nil {
			return nil, f.it.OSErrorOf(err)
		}
		return py.None, nil
	})
	def("close", func(f *File, args py.Tuple) (py.Object, error) { return py.None, f.close() })
}
