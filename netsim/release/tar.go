package release

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Tar header layout (POSIX ustar). Only these fields are written; the rest stay zero.
const (
	blockSize  = 512
	offName    = 0
	offMode    = 100
	offUID     = 108
	offGID     = 116
	offSize    = 124
	offMtime   = 136
	offChksum  = 148
	offType    = 156
	offMagic   = 257
	offVersion = 263
	offDevMaj  = 329
	offDevMin  = 337
)

// ustarHeader returns one 512-byte ustar header. It writes what Go's archive/tar writes for
// the same header in FormatUSTAR, byte for byte (the tests check it), except that a non-ASCII
// name is stored as its raw UTF-8 bytes: archive/tar would turn it into a PAX extended header,
// which MicroPython's tarfile (reading only name and size) would unpack as a regular file
// named "PaxHeaders.0/...".
func ustarHeader(name string, dir bool, size int64, mtime int64) []byte {
	h := make([]byte, blockSize)
	copy(h[offName:offName+100], name)
	mode, typ := int64(0o644), byte('0')
	if dir {
		mode, typ = 0o755, '5'
	}
	octal(h[offMode:offMode+8], mode)
	octal(h[offUID:offUID+8], 0)
	octal(h[offGID:offGID+8], 0)
	octal(h[offSize:offSize+12], size)
	octal(h[offMtime:offMtime+12], mtime)
	h[offType] = typ
	copy(h[offMagic:], "ustar\x00")
	copy(h[offVersion:], "00")
	octal(h[offDevMaj:offDevMaj+8], 0)
	octal(h[offDevMin:offDevMin+8], 0)
	// The checksum is the byte sum with the checksum field read as eight spaces, written as six
	// octal digits, a NUL and a space.
	copy(h[offChksum:offChksum+8], "        ")
	var sum int64
	for _, b := range h {
		sum += int64(b)
	}
	octal(h[offChksum:offChksum+7], sum)
	h[offChksum+7] = ' '
	return h
}

// octal writes x as zero-padded octal digits filling all but the last byte, which is NUL.
func octal(b []byte, x int64) {
	s := strconv.FormatInt(x, 8)
	for len(s) < len(b)-1 {
		s = "0" + s
	}
	copy(b, s)
	b[len(b)-1] = 0
}

// tarball returns the uncompressed archive: directories (DIRTYPE, name ending in "/") each
// before its contents, then files, in one path-sorted sequence, ending with two zero blocks.
func tarball(files []File, dirs []string, mtime time.Time) ([]byte, error) {
	type member struct {
		name string
		data []byte
		dir  bool
	}
	ms := make([]member, 0, len(files)+len(dirs))
	for _, d := range dirs {
		ms = append(ms, member{name: d, dir: true})
	}
	for _, f := range files {
		ms = append(ms, member{name: f.Path, data: f.Data})
	}
	sortMembers(ms, func(m member) string { return m.name })
	var buf bytes.Buffer
	for _, m := range ms {
		if len(m.name) > MaxTarName {
			return nil, fmt.Errorf("release: archive member %q longer than %d bytes", m.name, MaxTarName)
		}
		buf.Write(ustarHeader(m.name, m.dir, int64(len(m.data)), mtime.Unix()))
		buf.Write(m.data)
		if pad := len(m.data) % blockSize; pad != 0 {
			buf.Write(make([]byte, blockSize-pad))
		}
	}
	buf.Write(make([]byte, 2*blockSize))
	return buf.Bytes(), nil
}

// sortMembers orders names as a depth-first walk with sorted siblings: a directory comes
// right before its contents ("/" ranks below every other byte, so "lib/" and "lib/x.py"
// precede "lib.py").
func sortMembers[T any](ms []T, name func(T) string) {
	key := func(s string) string { return strings.ReplaceAll(s, "/", "\x00") }
	sort.Slice(ms, func(i, j int) bool { return key(name(ms[i])) < key(name(ms[j])) })
}

// archive returns the gzip-compressed tarball. The gzip header carries no name, no
// modification time and OS 255 (unknown); compression is level 9 with Go's compress/flate
// (32 KiB window), so the bytes depend only on the tree, the time and the Go release.
func archive(files []File, dirs []string, mtime time.Time) ([]byte, error) {
	raw, err := tarball(files, dirs, mtime)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("release: gzip: %w", err)
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("release: gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("release: gzip: %w", err)
	}
	return buf.Bytes(), nil
}
