// Package release builds, from an application directory (a device tree: main.py, lib/...),
// one release in every server format the public MicroPython updaters read, so a single
// directory can be served to any of them: uOTA's `latest` file and gzipped ustar archive,
// our own signed manifest.json (read by pylib), SaguarOTA's versions.json with the files beside
// it, and a local git repository laid out as netsim's GitHub emulator serves it (a tag per
// release, assets in .release-assets/TAG/).
//
// The formats are documented byte for byte in README.md beside this file. A release is a pure
// function of the application tree and the Options: no wall clock, no host user or group, no
// host file modes or times, no map iteration order; the same input gives byte-identical output.
// The package reads the application directory and never writes to it.
package release

import (
	"crypto/ecdsa"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ota-emu/ota-emu/vfs"
)

// File and directory names of a release directory (see README.md).
const (
	LatestName      = "latest"
	ArchiveName     = "firmware.tar.gz"
	ManifestName    = "manifest.json"
	SignatureName   = "manifest.json.sig"
	P256Name        = "manifest.json.p256"
	VersionsName    = "versions.json"
	FilesDir        = "files"
	DefaultVersionF = "version"
)

// MaxTarName is the longest path (in bytes, a directory's trailing "/" included) an archive
// member may have: MicroPython's tarfile reads only the 100-byte name field of a header (no
// ustar prefix, no PAX or GNU long names).
const MaxTarName = 100

// maxVersionLen bounds a version string.
const maxVersionLen = 128

// Options configure a release.
type Options struct {
	// Version is the release's version string (required). It must be valid UTF-8 without control
	// characters, without ';' and without surrounding white space; at most 128 bytes.
	Version string
	// Key, when not nil, signs manifest.json (HMAC-SHA256, detached in manifest.json.sig) and
	// versions.json (SaguarOTA's HMAC-SHA256 "signature" field). It must not be empty.
	Key []byte
	// P256Key, when not nil, also signs manifest.json with ECDSA P-256 over SHA-256 (RFC 6979
	// deterministic nonces, so the same input gives the same bytes), detached in
	// manifest.json.p256 as the lower-case hex of r and s (32 bytes each) and "\n": a device
	// then holds only the public key, and a stolen device cannot sign a release.
	P256Key *ecdsa.PrivateKey
	// Previous is an older application directory; files (and directories) in it that the new
	// tree lacks are listed in the manifest's "deletes".
	Previous string
	// Time is the release time: the mtime of every archive member and the date of the git commit
	// and tag. Zero means the Unix epoch (1970-01-01T00:00:00Z).
	Time time.Time
	// Expires, when not zero, is written to the manifest as "expires".
	Expires time.Time
	// Serial is the positive integer release number of versions.json (SaguarOTA compares
	// integers). Zero derives it from Version: MAJOR[.MINOR[.PATCH]] (optional leading "v",
	// parts below 1000) gives MAJOR*1000000 + MINOR*1000 + PATCH.
	Serial int64
	// VersionFile names a top-level file holding the version that every release tree carries
	// (uOTA reads the device's version from a file named "version" and never writes it itself).
	// If the application has that file, its content (trimmed) must equal Version; otherwise it is
	// added, containing Version and "\n". Empty means DefaultVersionF; "-" adds no file.
	VersionFile string
}

// File is one file of a release tree.
type File struct {
	// Path is slash-separated and relative to the device root ("lib/util.py").
	Path string
	// Data are the file's bytes.
	Data []byte
}

// SHA256 returns the file's SHA-256 in lower-case hex.
func (f File) SHA256() string {
	s := sha256.Sum256(f.Data)
	return hex.EncodeToString(s[:])
}

// MD5 returns the file's MD5 in lower-case hex.
func (f File) MD5() string {
	s := md5.Sum(f.Data)
	return hex.EncodeToString(s[:])
}

// Release is a built release: the tree and every format's bytes.
type Release struct {
	// Version is the release's version string and Serial its integer number (versions.json).
	Version string
	Serial  int64
	// Time is the release time (see Options.Time).
	Time time.Time
	// Files is the release tree, sorted by path (byte order); Dirs the directories holding them,
	// each ending in "/", sorted.
	Files []File
	Dirs  []string
	// Deletes are the paths of the previous tree that this one lacks: files first (sorted),
	// then directories ending in "/" (deepest first).
	Deletes []string
	// Skipped lists what the application directory held that the tree leaves out, with why
	// (symbolic links leaving the directory or naming a directory, special files, empty
	// directories), for the CLI to print.
	Skipped []string
	// Archive is firmware.tar.gz; Latest the uOTA `latest` file; Manifest manifest.json;
	// Signature manifest.json.sig (nil without a key); Versions versions.json.
	Archive   []byte
	Latest    []byte
	Manifest  []byte
	Signature []byte
	Versions  []byte
	// P256 is manifest.json.p256 (nil without a P-256 key).
	P256 []byte
}

// Build reads appDir and makes the release. appDir is never modified.
func Build(appDir string, opts Options) (*Release, error) {
	if err := CheckVersion(opts.Version); err != nil {
		return nil, err
	}
	if opts.Key != nil && len(opts.Key) == 0 {
		return nil, errors.New("release: empty signing key")
	}
	if opts.Time.IsZero() {
		opts.Time = time.Unix(0, 0)
	}
	if opts.Time.Before(time.Unix(0, 0)) {
		return nil, fmt.Errorf("release: time %s is before the Unix epoch", opts.Time.UTC().Format(time.RFC3339))
	}
	serial := opts.Serial
	if serial < 0 {
		return nil, fmt.Errorf("release: serial %d: want a positive integer", serial)
	}
	if serial == 0 {
		s, err := SerialFromVersion(opts.Version)
		if err != nil {
			return nil, err
		}
		serial = s
	}
	t, err := readTree(appDir)
	if err != nil {
		return nil, err
	}
	if err := addVersionFile(t, opts); err != nil {
		return nil, err
	}
	if len(t.files) == 0 {
		return nil, fmt.Errorf("release: %s holds no files (hidden files and __pycache__ are skipped)", appDir)
	}
	r := &Release{Version: opts.Version, Serial: serial, Time: time.Unix(opts.Time.Unix(), 0).UTC(), Skipped: t.skipped}
	r.Files, r.Dirs = t.sorted()
	for _, f := range r.Files {
		if err := checkPath(f.Path); err != nil {
			return nil, err
		}
	}
	for _, d := range r.Dirs {
		if err := checkPath(d); err != nil {
			return nil, err
		}
	}
	if opts.Previous != "" {
		prev, err := readTree(opts.Previous)
		if err != nil {
			return nil, fmt.Errorf("release: previous tree: %w", err)
		}
		r.Deletes = deletes(prev, t)
	}
	if r.Archive, err = archive(r.Files, r.Dirs, r.Time); err != nil {
		return nil, err
	}
	r.Latest = latest(r)
	r.Manifest = manifest(r, opts.Expires)
	if opts.Key != nil {
		r.Signature = []byte(Sign(opts.Key, r.Manifest) + "\n")
	}
	if opts.P256Key != nil {
		sig, err := SignP256(opts.P256Key, r.Manifest)
		if err != nil {
			return nil, err
		}
		r.P256 = []byte(sig + "\n")
	}
	r.Versions = versionsJSON(r, opts.Key)
	return r, nil
}

// CheckVersion reports whether v can be a release version (see Options.Version).
func CheckVersion(v string) error {
	switch {
	case v == "":
		return errors.New("release: empty version")
	case len(v) > maxVersionLen:
		return fmt.Errorf("release: version is %d bytes, more than %d", len(v), maxVersionLen)
	case !utf8.ValidString(v):
		return fmt.Errorf("release: version %q is not valid UTF-8", v)
	case strings.ContainsRune(v, ';'):
		return fmt.Errorf("release: version %q contains ';', the field separator of uOTA's latest file", v)
	case strings.TrimSpace(v) != v:
		return fmt.Errorf("release: version %q has leading or trailing white space", v)
	}
	for _, c := range v {
		if isControl(c) {
			return fmt.Errorf("release: version %q contains a control character (newline, tab, ...)", v)
		}
	}
	return nil
}

// SerialFromVersion derives versions.json's integer from MAJOR[.MINOR[.PATCH]] (an optional
// leading "v"; each part a decimal number below 1000): MAJOR*1000000 + MINOR*1000 + PATCH.
func SerialFromVersion(v string) (int64, error) {
	s := strings.TrimPrefix(strings.TrimPrefix(v, "v"), "V")
	parts := strings.Split(s, ".")
	bad := fmt.Errorf("release: versions.json (SaguarOTA) needs an integer release number and version %q is not MAJOR[.MINOR[.PATCH]] with parts below 1000: give one (--serial N)", v)
	if len(parts) > 3 {
		return 0, bad
	}
	var n int64
	for i := 0; i < 3; i++ {
		n *= 1000
		if i >= len(parts) {
			continue
		}
		p := parts[i]
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return 0, bad
		}
		x, _ := strconv.Atoi(p)
		n += int64(x)
	}
	if n <= 0 {
		return 0, bad
	}
	return n, nil
}

func isControl(c rune) bool { return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) }

// checkPath refuses tree paths (directories with their trailing "/") a format cannot carry.
func checkPath(p string) error {
	if !utf8.ValidString(p) {
		return fmt.Errorf("release: file name %q is not valid UTF-8", p)
	}
	for _, c := range p {
		if isControl(c) {
			return fmt.Errorf("release: file name %q contains a control character", p)
		}
	}
	if len(p) > MaxTarName {
		return fmt.Errorf("release: path %q is %d bytes: MicroPython's tarfile reads names of at most %d bytes; shorten it", p, len(p), MaxTarName)
	}
	return nil
}

// tree is a scanned application directory.
type tree struct {
	files   map[string][]byte
	skipped []string
}

func (t *tree) sorted() ([]File, []string) {
	names := make([]string, 0, len(t.files))
	for n := range t.files {
		names = append(names, n)
	}
	sort.Strings(names)
	files := make([]File, len(names))
	dirSet := map[string]bool{}
	for i, n := range names {
		files[i] = File{Path: n, Data: t.files[n]}
		for d := path.Dir(n); d != "."; d = path.Dir(d) {
			dirSet[d+"/"] = true
		}
	}
	dirs := make([]string, 0, len(dirSet))
	for d := range dirSet {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return files, dirs
}

// readTree reads a host directory as ota-emu run copies it onto a flash: hidden names and
// __pycache__ skipped; a symbolic link is followed only to a regular file inside the directory.
func readTree(dir string) (*tree, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("release: %s: %w", dir, err)
	}
	if root, err = filepath.EvalSymlinks(root); err != nil {
		return nil, fmt.Errorf("release: %s: %w", dir, err)
	}
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("release: %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("release: %s is not a directory", dir)
	}
	t := &tree{files: map[string][]byte{}}
	if err := t.walk(root, root, ""); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *tree) walk(root, hostDir, rel string) error {
	entries, err := os.ReadDir(hostDir)
	if err != nil {
		return fmt.Errorf("release: read %s: %w", hostDir, err)
	}
	before := len(t.files)
	for _, e := range entries {
		if vfs.SkipHostFile(e.Name(), e.IsDir()) {
			continue
		}
		hp := filepath.Join(hostDir, e.Name())
		rp := e.Name()
		if rel != "" {
			rp = rel + "/" + e.Name()
		}
		if e.Type()&fs.ModeSymlink != 0 {
			real, err := filepath.EvalSymlinks(hp)
			in := err == nil
			if in {
				r, err := filepath.Rel(root, real)
				in = err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
			}
			if !in {
				t.skipped = append(t.skipped, rp+": symbolic link leading out of the directory (or broken)")
				continue
			}
			st, err := os.Stat(real)
			if err != nil || !st.Mode().IsRegular() {
				t.skipped = append(t.skipped, rp+": symbolic link to a directory or special file")
				continue
			}
			data, err := os.ReadFile(real)
			if err != nil {
				return fmt.Errorf("release: read %s: %w", hp, err)
			}
			t.files[rp] = data
			continue
		}
		switch {
		case e.IsDir():
			if err := t.walk(root, hp, rp); err != nil {
				return err
			}
		case e.Type().IsRegular():
			data, err := os.ReadFile(hp)
			if err != nil {
				return fmt.Errorf("release: read %s: %w", hp, err)
			}
			t.files[rp] = data
		default:
			t.skipped = append(t.skipped, rp+": not a regular file")
		}
	}
	if rel != "" && len(t.files) == before {
		t.skipped = append(t.skipped, rel+"/: no files (a release tree has no empty directories)")
	}
	return nil
}

func addVersionFile(t *tree, opts Options) error {
	name := opts.VersionFile
	if name == "-" {
		return nil
	}
	if name == "" {
		name = DefaultVersionF
	}
	if strings.Contains(name, "/") || vfs.SkipHostFile(name, false) {
		return fmt.Errorf("release: version file %q: want a plain top-level name", name)
	}
	if have, ok := t.files[name]; ok {
		if got := strings.TrimSpace(string(have)); got != opts.Version {
			return fmt.Errorf("release: the application's %s says %q but the version is %q: make them agree", name, got, opts.Version)
		}
		return nil
	}
	t.files[name] = []byte(opts.Version + "\n")
	return nil
}

// deletes lists what prev has and cur lacks: files sorted, then directories deepest first.
// A path that changes kind (file <-> directory) is listed too.
func deletes(prev, cur *tree) []string {
	pf, pd := prev.sorted()
	cf, cd := cur.sorted()
	curFiles := map[string]bool{}
	for _, f := range cf {
		curFiles[f.Path] = true
	}
	curDirs := map[string]bool{}
	for _, d := range cd {
		curDirs[d] = true
	}
	var out []string
	for _, f := range pf {
		if !curFiles[f.Path] {
			out = append(out, f.Path)
		}
	}
	var dirs []string
	for _, d := range pd {
		if !curDirs[d] {
			dirs = append(dirs, d)
		}
	}
	sort.SliceStable(dirs, func(i, j int) bool {
		di, dj := strings.Count(dirs[i], "/"), strings.Count(dirs[j], "/")
		if di != dj {
			return di > dj
		}
		return dirs[i] < dirs[j]
	})
	return append(out, dirs...)
}

// TotalSize is the sum of the tree's file sizes.
func (r *Release) TotalSize() int64 {
	var n int64
	for _, f := range r.Files {
		n += int64(len(f.Data))
	}
	return n
}

// FreeKB is the third field of uOTA's latest file: the flash space, in KiB rounded up, that
// holds the downloaded archive and the unpacked tree at once.
func (r *Release) FreeKB() int64 {
	return (int64(len(r.Archive)) + r.TotalSize() + 1023) / 1024
}
