package vfs

import (
	"errors"
	"fmt"
	"os"
)

// Errno is a MicroPython errno value as the device sees it in OSError.args[0].
type Errno int

// The errno values MicroPython's filesystems raise (MicroPython's own numbering, which is
// newlib's/Linux's for these).
const (
	ENOENT       Errno = 2
	EIO          Errno = 5
	EBADF        Errno = 9
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EEXIST       Errno = 17
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	ENOSPC       Errno = 28
	EROFS        Errno = 30
	ENAMETOOLONG Errno = 36
	ENOTEMPTY    Errno = 39
)

var errnoNames = map[Errno]string{
	ENOENT: "ENOENT", EIO: "EIO", EBADF: "EBADF", ENOMEM: "ENOMEM", EACCES: "EACCES",
	EEXIST: "EEXIST", ENOTDIR: "ENOTDIR", EISDIR: "EISDIR", EINVAL: "EINVAL", ENOSPC: "ENOSPC",
	EROFS: "EROFS", ENAMETOOLONG: "ENAMETOOLONG", ENOTEMPTY: "ENOTEMPTY",
}

// Error returns MicroPython's name for the errno ("ENOENT"), or "errno N" for one without a
// name in MicroPython's errno module table.
func (e Errno) Error() string {
	if n, ok := errnoNames[e]; ok {
		return n
	}
	return fmt.Sprintf("errno %d", int(e))
}

// Is lets errors.Is(err, fs.ErrNotExist) and friends work on device errors. (os.IsNotExist
// and helpers built on it, such as afero.Exists, only recognise syscall.Errno: use
// errors.Is or ErrnoOf.)
func (e Errno) Is(target error) bool {
	switch target {
	case os.ErrNotExist:
		return e == ENOENT
	case os.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case os.ErrPermission:
		return e == EACCES || e == EROFS
	case os.ErrInvalid:
		return e == EINVAL
	}
	return false
}

// ErrnoOf finds the device errno carried by err (a *os.PathError, *os.LinkError or a wrapped
// Errno).
func ErrnoOf(err error) (int, bool) {
	var e Errno
	if errors.As(err, &e) {
		return int(e), true
	}
	return 0, false
}

func perr(op, path string, e Errno) error {
	return &os.PathError{Op: op, Path: path, Err: e}
}
