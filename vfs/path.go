package vfs

import (
	"path"
	"strings"
)

// Resolve turns a path as MicroPython code passes it to os/open into an absolute device path:
// "" is the current directory, a relative path is taken from cwd, "." and ".." are resolved
// (".." of the root is the root) and repeated slashes collapse. A trailing slash is kept,
// because the filesystems treat "file/" differently from "file".
func Resolve(cwd, p string) string {
	if cwd == "" || cwd[0] != '/' {
		cwd = "/" + cwd
	}
	if p == "" {
		return path.Clean(cwd)
	}
	trailing := len(p) > 1 && strings.HasSuffix(p, "/")
	if p[0] != '/' {
		p = cwd + "/" + p
	}
	c := path.Clean(p)
	if trailing && c != "/" {
		c += "/"
	}
	return c
}

// split breaks an absolute device path into its names. It reports whether the path ended
// with a slash. Relative paths are taken from the root; "." and ".." are resolved.
func split(p string) (names []string, trailing bool) {
	trailing = len(p) > 1 && strings.HasSuffix(p, "/")
	for _, n := range strings.Split(p, "/") {
		switch n {
		case "", ".":
		case "..":
			if len(names) > 0 {
				names = names[:len(names)-1]
			}
		default:
			names = append(names, n)
		}
	}
	return names, trailing
}

// lfsNameLess is the order littlefs 2 keeps directory entries in and lfs_dir_read returns
// them: bytewise over the common prefix, and when one name is a prefix of the other the
// LONGER one first (lfs_dir_find_match compares sizes the wrong way round, which littlefs
// keeps for on-disk compatibility: littlefs issues #923 and #1024). So "111111" lists
// before "111", but "1234" before "234".
func lfsNameLess(a, b string) bool {
	n := min(len(a), len(b))
	if c := strings.Compare(a[:n], b[:n]); c != 0 {
		return c < 0
	}
	return len(a) > len(b)
}

// fatBadChars are the characters FatFs rejects in a long file name (FR_INVALID_NAME).
const fatBadChars = "\"*:<>?\\|"

// fatNameOK reports whether FatFs accepts name as a long file name.
func fatNameOK(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] < 0x20 || strings.IndexByte(fatBadChars, name[i]) >= 0 {
			return false
		}
	}
	return true
}

// fatSlots is how many 32-byte directory entries FatFs uses for name: one short entry, plus
// ceil(len/13) long-name entries unless the name fits an 8.3 short entry.
func fatSlots(name string) int {
	if is83(name) {
		return 1
	}
	u := len([]rune(name))
	return 1 + (u+12)/13
}

func is83(name string) bool {
	base, ext, _ := strings.Cut(name, ".")
	if len(base) == 0 || len(base) > 8 || len(ext) > 3 || strings.Contains(ext, ".") {
		return false
	}
	// FatFs keeps an all-lower-case body or extension in the short entry (NT case flags);
	// a part mixing cases needs a long name.
	for _, part := range []string{base, ext} {
		var upper, lower bool
		for _, r := range part {
			switch {
			case r >= 'A' && r <= 'Z':
				upper = true
			case r >= 'a' && r <= 'z':
				lower = true
			case r >= '0' && r <= '9' || strings.ContainsRune("$%'-_@~`!(){}^#&", r):
			default:
				return false
			}
		}
		if upper && lower {
			return false
		}
	}
	return true
}
