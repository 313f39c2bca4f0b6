package conformance

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim/release"

	"github.com/ota-emu/ota-emu/vfs"
)

// Device files and contents the suite adds.
const (
	// obsoletePath is the device file the deletes case expects removed.
	obsoletePath    = "/obsolete.py"
	obsoleteContent = "# a module the new release no longer has\n"
	// excludedContent is the device's own copy of the excluded file; the release's differs.
	excludedContent = "device-local settings: never overwrite\n"
	excludedRelease = "settings from the release: must not reach the device\n"
	// evilContent is what an attacker installs.
	evilContent = "print('pwned')\nimport machine\n"
	// healthModule is the health check every release carries (a profile with health checks
	// configures "ota_health:check").
	healthModule = "ota_health.py"
)

// served is a release as the server holds it.
type served struct {
	// dir is the release directory served over HTTP(S) (static protocols) or the git
	// repository (github).
	dir string
	// need is the flash the new release needs (files plus archive), in bytes.
	need int64
}

// variantKey names a server state's release (the cache key).
func variantKey(st ServerState) string {
	return fmt.Sprintf("v=%s key=%s exp=%t del=%t excl=%t health=%t same=%t tamper=%s",
		st.Version, st.SignKey, st.Expired, st.Deletes, st.ExcludeDiffers, st.HealthFail, st.Same, st.Tamper)
}

// genuine is the server state an attack is measured against: the same release, untampered.
func (st ServerState) genuine() ServerState {
	g := st
	g.Tamper = ""
	g.GitHubLimit = 0
	if g.SignKey == WrongKey {
		g.SignKey = ""
	}
	if g.Version == "0.9.0" || g.Version == "999.0.0" {
		g.Version = ""
	}
	g.Expired = false
	return g
}

// version is the offered release's version.
func (st ServerState) version(p *Profile) string {
	switch {
	case st.Same:
		return p.InstalledVersion
	case st.Version != "":
		return st.Version
	}
	return "2.0.0"
}

// appTree writes the application tree of one release version into a new directory.
func (s *Suite) appTree(p *Profile, version string, st ServerState, extra map[string]string) (string, error) {
	dir, err := os.MkdirTemp(s.work, "app-")
	if err != nil {
		return "", fmt.Errorf("conformance: %w", err)
	}
	src := p.resolve(p.App)
	err = filepath.WalkDir(src, func(f string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, f)
		if err != nil || rel == "." {
			return err
		}
		rel = filepath.ToSlash(rel)
		if vfs.SkipHostFile(rel, d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		for _, g := range p.AppSkip {
			if m, _ := path.Match(g, rel); m {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(dir, filepath.FromSlash(rel)), data)
	})
	if err != nil {
		return "", fmt.Errorf("conformance: application %s: %w", src, err)
	}
	health := "True"
	if st.HealthFail {
		health = "False"
	}
	files := map[string]string{
		healthModule: fmt.Sprintf("# release %s\n\n\ndef check():\n    return %s\n", version, health),
	}
	d := p.data(nil)
	d.Version = version
	if st.Deletes {
		d.Deletes = `["` + strings.TrimPrefix(obsoletePath, "/") + `"]`
	}
	for _, name := range sortedKeys(p.ReleaseFiles) {
		b, err := render(name, p.ReleaseFiles[name], d)
		if err != nil {
			return "", err
		}
		files[name] = string(b)
	}
	if st.ExcludeDiffers && p.Exclude != "" {
		files[strings.TrimPrefix(p.Exclude, "/")] = excludedRelease
	}
	for k, v := range extra {
		files[k] = v
	}
	for _, name := range sortedKeys(files) {
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(files[name])); err != nil {
			return "", fmt.Errorf("conformance: %w", err)
		}
	}
	return dir, nil
}

func writeFile(f string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
		return err
	}
	return os.WriteFile(f, data, 0o644)
}

// build builds one release of the profile's application.
func (s *Suite) build(p *Profile, version string, st ServerState, key string, extra map[string]string) (*release.Release, error) {
	app, err := s.appTree(p, version, st, extra)
	if err != nil {
		return nil, err
	}
	o := release.Options{Version: version, VersionFile: p.VersionFile, Key: []byte(key)}
	if key == "" {
		o.Key = nil
	}
	if st.Expired {
		o.Expires = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if st.Deletes {
		prev, err := s.appTree(p, version, st, map[string]string{strings.TrimPrefix(obsoletePath, "/"): obsoleteContent})
		if err != nil {
			return nil, err
		}
		o.Previous = prev
	}
	r, err := release.Build(app, o)
	if err != nil {
		return nil, fmt.Errorf("conformance: build release %s of %s: %w", version, p.Name, err)
	}
	return r, nil
}

// serve returns the served release of a server state, building it once per suite.
func (s *Suite) serve(p *Profile, st ServerState) (*served, error) {
	k := p.Name + "\x00" + variantKey(st)
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.served[k]; ok {
		return v, nil
	}
	v, err := s.serveNew(p, st)
	if err != nil {
		return nil, err
	}
	s.served[k] = v
	return v, nil
}

func (s *Suite) serveNew(p *Profile, st ServerState) (*served, error) {
	version := st.version(p)
	key := st.SignKey
	if key == "" {
		key = Key
	}
	r, err := s.build(p, version, st, key, nil)
	if err != nil {
		return nil, err
	}
	out, err := os.MkdirTemp(s.work, "srv-")
	if err != nil {
		return nil, fmt.Errorf("conformance: %w", err)
	}
	v := &served{dir: out, need: int64(len(r.Archive)) + r.TotalSize()}
	if p.Protocol == "firmware" {
		v.need = firmwareSize
		return v, writeFirmware(out, version, key, st.Tamper)
	}
	if p.Protocol == "github" {
		if st.Tamper != "" {
			return nil, fmt.Errorf("conformance: tampering %q is not modelled for github", st.Tamper)
		}
		if err := r.WriteGitHubRepo(out); err != nil {
			return nil, fmt.Errorf("conformance: github release: %w", err)
		}
		return v, nil
	}
	if err := r.Write(out); err != nil {
		return nil, fmt.Errorf("conformance: write release: %w", err)
	}
	if st.Tamper != "" {
		if err := s.tamper(p, st, r, out); err != nil {
			return nil, fmt.Errorf("conformance: tamper %s: %w", st.Tamper, err)
		}
	}
	if p.Protocol == "flat" {
		if err := flatten(out); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// flatten copies files/PATH to PATH (the flat layout).
func flatten(out string) error {
	files := filepath.Join(out, release.FilesDir)
	return filepath.WalkDir(files, func(f string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(files, f)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(out, rel), data)
	})
}

// tamper changes a written release directory as the attack says.
func (s *Suite) tamper(p *Profile, st ServerState, r *release.Release, out string) error {
	version := st.version(p)
	metaNames := []string{release.ManifestName, release.SignatureName, release.LatestName, release.VersionsName}
	switch st.Tamper {
	case TamperPayload:
		victim := r.Files[0].Path
		for _, f := range r.Files {
			if strings.HasSuffix(f.Path, ".py") && f.Path != healthModule {
				victim = f.Path
				break
			}
		}
		evil, err := s.build(p, version, st, "", map[string]string{victim: evilContent})
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(out, release.FilesDir, filepath.FromSlash(victim)), []byte(evilContent)); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(out, release.ArchiveName), evil.Archive, 0o644)
	case TamperMetadata, TamperExtra:
		extra := map[string]string{"main.py": evilContent}
		if st.Tamper == TamperExtra {
			extra = map[string]string{"evil_dep.py": evilContent}
		}
		evil, err := s.build(p, version, st, WrongKey, extra)
		if err != nil {
			return err
		}
		sig, err := os.ReadFile(filepath.Join(out, release.SignatureName))
		if err != nil {
			sig = nil
		}
		if err := evil.Write(out); err != nil {
			return err
		}
		if sig != nil { // the genuine signature, now over other bytes
			return os.WriteFile(filepath.Join(out, release.SignatureName), sig, 0o644)
		}
		return nil
	case TamperMix:
		later, err := s.build(p, "3.0.0", st, Key, nil)
		if err != nil {
			return err
		}
		dir, err := os.MkdirTemp(s.work, "mix-")
		if err != nil {
			return err
		}
		if err := later.Write(dir); err != nil {
			return err
		}
		for _, n := range metaNames {
			if data, err := os.ReadFile(filepath.Join(dir, n)); err == nil {
				if err := os.WriteFile(filepath.Join(out, n), data, 0o644); err != nil {
					return err
				}
			}
		}
		return nil
	case TamperTraversal, TamperAbsolute:
		bad := "lib/../../boot.py"
		if st.Tamper == TamperAbsolute {
			bad = "/boot.py"
		}
		return addBadPath(r, out, bad)
	}
	return fmt.Errorf("unknown tampering %q", st.Tamper)
}

// addBadPath adds a file with a bad path to every format of a written release, signed with
// the genuine key (the attacker holds it), and serves the file where a client asking for
// files/BAD could land.
func addBadPath(r *release.Release, out, bad string) error {
	data := []byte(evilContent)
	sum := sha256.Sum256(data)
	for _, f := range []string{filepath.Join(out, "boot.py"), filepath.Join(out, release.FilesDir, "boot.py")} {
		if err := writeFile(f, data); err != nil {
			return err
		}
	}
	// manifest.json (canonical JSON: keys sorted, no spaces, no HTML escaping)
	var m map[string]any
	if err := json.Unmarshal(r.Manifest, &m); err != nil {
		return err
	}
	files, _ := m["files"].([]any)
	m["files"] = append(files, map[string]any{"path": bad, "sha256": hex.EncodeToString(sum[:]), "size": len(data)})
	man, err := canonicalJSON(m)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, release.ManifestName), man, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, release.SignatureName), []byte(release.Sign([]byte(Key), man)+"\n"), 0o644); err != nil {
		return err
	}
	// versions.json, with SaguarOTA's signature recomputed
	var v struct {
		Version int64 `json:"version"`
		Files   []struct {
			Path    string `json:"path"`
			Version int64  `json:"version"`
			MD5     string `json:"md5"`
		} `json:"files"`
		Signature string `json:"signature,omitempty"`
	}
	if err := json.Unmarshal(r.Versions, &v); err != nil {
		return err
	}
	md := md5.Sum(data)
	v.Files = append(v.Files, struct {
		Path    string `json:"path"`
		Version int64  `json:"version"`
		MD5     string `json:"md5"`
	}{bad, v.Version, hex.EncodeToString(md[:])})
	sort.Slice(v.Files, func(i, j int) bool { return v.Files[i].Path < v.Files[j].Path })
	lines := []string{fmt.Sprintf("v=%d", v.Version)}
	for _, f := range v.Files {
		lines = append(lines, fmt.Sprintf("%s\t%d\t%s", f.Path, f.Version, f.MD5))
	}
	v.Signature = release.Sign([]byte(Key), []byte(strings.Join(lines, "\n")))
	vj, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, release.VersionsName), append(vj, '\n'), 0o644); err != nil {
		return err
	}
	// firmware.tar.gz with one more member, and latest describing it
	arch, err := appendTarMember(r.Archive, bad, data)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, release.ArchiveName), arch, 0o644); err != nil {
		return err
	}
	as := sha256.Sum256(arch)
	kb := int64(math.Ceil(float64(int64(len(arch))+r.TotalSize()+int64(len(data))) / 1024))
	latest := fmt.Sprintf("%s;%s;%d;%s\n", r.Version, release.ArchiveName, kb, hex.EncodeToString(as[:]))
	return os.WriteFile(filepath.Join(out, release.LatestName), []byte(latest), 0o644)
}

// appendTarMember re-packs a gzipped ustar archive with one more file.
func appendTarMember(archive []byte, name string, data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	tw := tar.NewWriter(zw)
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		body := new(bytes.Buffer)
		if _, err := body.ReadFrom(tr); err != nil {
			return nil, err
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(body.Bytes()); err != nil {
			return nil, err
		}
	}
	h := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg, Format: tar.FormatUSTAR}
	if err := tw.WriteHeader(h); err != nil {
		return nil, err
	}
	if _, err := tw.Write(data); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// canonicalJSON encodes v with sorted keys, no white space and no HTML escaping.
func canonicalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// firmwareSize is the size of the app images the firmware protocol serves.
const firmwareSize = 64 << 10

// writeFirmware writes a firmware release: app.bin (an ESP32 app image of the version),
// firmware.json describing it and firmware.json.sig (HMAC-SHA256 of its bytes), tampered as
// the attack says.
func writeFirmware(out, version, key, tamper string) error {
	img := emulator.MakeAppImage(version, firmwareSize)
	descOf := func(v string, img []byte) ([]byte, error) {
		sum := sha256.Sum256(img)
		return canonicalJSON(map[string]any{"version": v, "file": "app.bin", "size": len(img), "sha256": hex.EncodeToString(sum[:])})
	}
	desc, err := descOf(version, img)
	if err != nil {
		return err
	}
	sig := release.Sign([]byte(key), desc) + "\n"
	switch tamper {
	case "":
	case TamperPayload:
		img = emulator.MakeAppImage("6.6.6", firmwareSize)
	case TamperMetadata:
		img = emulator.MakeAppImage("6.6.6", firmwareSize)
		if desc, err = descOf("6.6.6", img); err != nil {
			return err
		}
	case TamperMix:
		later := emulator.MakeAppImage("3.0.0", firmwareSize)
		if desc, err = descOf("3.0.0", later); err != nil {
			return err
		}
		sig = release.Sign([]byte(key), desc) + "\n"
	default:
		return fmt.Errorf("tampering %q is not modelled for firmware", tamper)
	}
	for name, data := range map[string][]byte{"app.bin": img, "firmware.json": desc, "firmware.json.sig": []byte(sig)} {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
