package vfs

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"weak"
)

// SkipHostFile is ota-emu's rule for which host files never reach a device (as LoadHostDir's
// skip): hidden files and directories (a leading ".") and __pycache__. `ota-emu run`,
// `ota-emu release` and the conformance suite all use it, so a release holds what a run loads.
func SkipHostFile(relPath string, _ bool) bool {
	base := path.Base(relPath)
	return strings.HasPrefix(base, ".") || base == "__pycache__"
}

// LoadHostDir formats a flash and copies the host directory dir into it: directories first
// in name order, then their files. The host is only read: nothing under dir is ever
// written, and a symbolic link is followed only when its target stays inside dir (others are
// skipped). skip, when not nil, leaves out entries by their slash-separated path relative
// to dir (hidden files and __pycache__ are the caller's choice). The journal of the result
// starts empty: the loaded tree is its base image.
func LoadHostDir(cfg Config, dir string, skip func(relPath string, isDir bool) bool) (*Flash, error) {
	f, err := New(cfg)
	if err != nil {
		return nil, err
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("vfs: load %s: %w", dir, err)
	}
	if root, err = filepath.EvalSymlinks(root); err != nil {
		return nil, fmt.Errorf("vfs: load %s: %w", dir, err)
	}
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("vfs: load %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("vfs: load %s: not a directory", dir)
	}
	if err := f.loadDir(root, root, "", skip); err != nil {
		return nil, err
	}
	f.ResetJournal()
	return f, nil
}

// inside resolves host path p (possibly a symbolic link) and reports whether it stays
// within root.
func inside(root, p string) (string, bool) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return real, true
}

func (f *Flash) loadDir(root, hostDir, rel string, skip func(string, bool) bool) error {
	entries, err := os.ReadDir(hostDir)
	if err != nil {
		return fmt.Errorf("vfs: load %s: %w", hostDir, err)
	}
	for _, e := range entries {
		hp := filepath.Join(hostDir, e.Name())
		rp := e.Name()
		if rel != "" {
			rp = rel + "/" + e.Name()
		}
		real := hp
		if e.Type()&fs.ModeSymlink != 0 {
			var ok bool
			if real, ok = inside(root, hp); !ok {
				continue
			}
		}
		st, err := os.Stat(real)
		if err != nil {
			return fmt.Errorf("vfs: load %s: %w", hp, err)
		}
		if !st.IsDir() && !st.Mode().IsRegular() {
			continue
		}
		if skip != nil && skip(rp, st.IsDir()) {
			continue
		}
		dev := "/" + rp
		if st.IsDir() {
			if real != hp {
				// A link to a directory inside the tree would copy it twice (or loop).
				continue
			}
			if err := f.Mkdir(dev, 0o777); err != nil {
				return fmt.Errorf("vfs: load %s: %w", hp, explain(err))
			}
			if err := f.loadDir(root, hp, rp, skip); err != nil {
				return err
			}
			continue
		}
		data, err := os.ReadFile(real)
		if err != nil {
			return fmt.Errorf("vfs: load %s: %w", hp, err)
		}
		if err := f.putFile(dev, data); err != nil {
			return fmt.Errorf("vfs: load %s: %w", hp, explain(err))
		}
	}
	return nil
}

func explain(err error) error {
	if e, ok := ErrnoOf(err); ok && (e == int(ENOSPC) || e == int(ENAMETOOLONG) || e == int(EACCES)) {
		return fmt.Errorf("%w (the tree does not fit this flash: choose a larger board or a smaller tree)", err)
	}
	return err
}

// putFile writes a whole file and closes it. Its mtime is the device clock's (Config.Now),
// never the host file's: the device must not observe the host.
func (f *Flash) putFile(p string, data []byte) error {
	h, err := f.OpenMode(p, "wb")
	if err != nil {
		return err
	}
	if _, err := h.Write(data); err != nil {
		_ = h.Close()
		return err
	}
	return h.Close()
}

// ExportDir writes the image a power cut would leave now into the host directory dir
// (created if missing; it must be empty), every file included, dot-files too.
func (f *Flash) ExportDir(dir string) error {
	f.mu.Lock()
	root := f.st.root
	g := f.g
	f.mu.Unlock()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("vfs: export to %s: %w", dir, err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("vfs: export to %s: %w", dir, err)
	}
	if len(ents) > 0 {
		return fmt.Errorf("vfs: export to %s: directory not empty (choose an empty or new directory)", dir)
	}
	var werr error
	walk(root, "", func(p string, n *node) {
		if werr != nil {
			return
		}
		hp := filepath.Join(dir, filepath.FromSlash(p))
		if n.dir {
			werr = os.Mkdir(hp, 0o755)
			return
		}
		buf := make([]byte, n.size())
		readContent(g, n.data, buf, 0)
		werr = os.WriteFile(hp, buf, 0o644)
	})
	if werr != nil {
		return fmt.Errorf("vfs: export to %s: %w", dir, werr)
	}
	return nil
}

// ReadFile returns a whole file of the current image (what a cut would leave).
func (f *Flash) ReadFile(p string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.stat("open", p)
	if err != nil {
		return nil, err
	}
	if n.dir {
		return nil, perr("open", p, EISDIR)
	}
	buf := make([]byte, n.size())
	readContent(f.g, n.data, buf, 0)
	return buf, nil
}

// Entry is one file or directory of an image, as Entries lists it.
type Entry struct {
	Path  string // device path; directories end without a slash
	Dir   bool
	Data  []byte // a file's bytes (a copy)
	Mtime int64
}

// Entries lists every file and directory of the current image (what a cut would leave),
// sorted by path: the deterministic form for comparing images and judging verdicts.
func (f *Flash) Entries() []Entry {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Entry
	walk(f.st.root, "", func(p string, n *node) {
		e := Entry{Path: p, Dir: n.dir, Mtime: n.mtime}
		if !n.dir {
			e.Data = make([]byte, n.size())
			readContent(f.g, n.data, e.Data, 0)
		}
		out = append(out, e)
	})
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// Digest is one file or directory of an image with the SHA-256 of a file's bytes.
type Digest struct {
	Path   string
	Dir    bool
	Size   int64
	SHA256 [32]byte // zero for a directory
}

// Digests lists every file and directory of the current image sorted by path, with each
// file's SHA-256. Images share file contents, and a content's digest is computed once for
// all of them, so judging every image of a sweep costs little more than its first.
func (f *Flash) Digests() []Digest {
	f.mu.Lock()
	root := f.st.root
	f.mu.Unlock()
	g := f.g
	var out []Digest
	walk(root, "", func(p string, n *node) {
		d := Digest{Path: p, Dir: n.dir}
		if !n.dir {
			d.Size = n.data.size
			d.SHA256 = g.digest(n.data)
		}
		out = append(out, d)
	})
	slices.SortFunc(out, func(a, b Digest) int { return strings.Compare(a.Path, b.Path) })
	return out
}

func (g *geometry) digest(c *content) [32]byte {
	key := weak.Make(c)
	g.digestMu.Lock()
	sum, ok := g.digests[key]
	g.digestMu.Unlock()
	if ok {
		return sum
	}
	buf := make([]byte, c.size)
	readContent(g, c, buf, 0)
	sum = sha256.Sum256(buf)
	g.digestMu.Lock()
	if g.digests == nil {
		g.digests = map[weak.Pointer[content]][32]byte{}
	}
	g.digests[key] = sum
	g.digestMu.Unlock()
	return sum
}

// Tree maps every path of the current image to its content: directories (with a trailing
// slash) to nil, files to their bytes. Meant for equality checks; iterate Entries instead
// when order matters.
func (f *Flash) Tree() map[string][]byte {
	out := map[string][]byte{}
	for _, e := range f.Entries() {
		if e.Dir {
			out[e.Path+"/"] = nil
		} else {
			out[e.Path] = e.Data
		}
	}
	return out
}
