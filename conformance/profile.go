package conformance

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"go.yaml.in/yaml/v3"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
)

// Protocols are the release formats a profile can read (netsim/release writes them all from
// one application tree). "flat" is manifest.json with every file also served at the root
// (URL + PATH instead of URL + "files/" + PATH), the layout of simple manifest updaters such as
// examples/staged. "firmware" is an ESP32 app image (firmware.json + .sig + app.bin) written
// into the next OTA partition; the application tree is not touched.
var Protocols = []string{"manifest", "uota", "versions", "github", "flat", "firmware"}

// Profile says how one updater is put on a device and served: everything the suite needs to
// run any case against it. Profiles are YAML (or JSON, which YAML reads) files; relative
// paths in them are relative to the file.
type Profile struct {
	// Name identifies the profile in tables and test names.
	Name        string `yaml:"name" json:"name"`
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Protocol is the release format the updater reads (see Protocols).
	Protocol string `yaml:"protocol" json:"protocol"`
	// Device are host directories copied onto the flash in order (later ones win); Files are
	// then written over them (device path -> content, a text/template: see TemplateData). The
	// entry point is /main.py (and /boot.py if present), as on a board.
	Device []Mount           `yaml:"device" json:"device"`
	Files  map[string]string `yaml:"files,omitempty" json:"files,omitempty"`
	// App is the host directory of the application the releases are built from (the new
	// version's tree, without the version file); AppSkip are path.Match globs of its paths
	// to leave out (relative, "manifest.json").
	App     string   `yaml:"app" json:"app"`
	AppSkip []string `yaml:"app_skip,omitempty" json:"app_skip,omitempty"`
	// ReleaseFiles are added to every release tree (path -> template), e.g. uOTA's uota.cfg
	// whose delete list names what a release removes.
	ReleaseFiles map[string]string `yaml:"release_files,omitempty" json:"release_files,omitempty"`
	// InstalledVersion is the version the device starts with; the suite's releases are
	// 2.0.0 (new), 3.0.0 (a later one) and 0.9.0 (an older one).
	InstalledVersion string `yaml:"installed_version" json:"installed_version"`
	// VersionFile is the release's version file (release.Options.VersionFile: "" is
	// "version", "-" none).
	VersionFile string `yaml:"version_file,omitempty" json:"version_file,omitempty"`
	// Server is where the release is served.
	Server Server `yaml:"server" json:"server"`
	// Version says how the installed version is read after a run: a device file, or a
	// regular expression with one group on the last boot's console.
	Version VersionReader `yaml:"version,omitempty" json:"version,omitempty"`
	// State are updater state-file patterns left out of the tree comparison (see
	// emulator.IsStateFile).
	State []string `yaml:"state,omitempty" json:"state,omitempty"`
	// SecretHeaders are request headers that carry secrets (the profile's config sends them):
	// no impostor may ever see one.
	SecretHeaders []string `yaml:"secret_headers,omitempty" json:"secret_headers,omitempty"`
	// Exclude is a device file the updater is configured never to overwrite (its config names
	// it; TemplateData.Exclude): the excluded-files case ships a different one in the release.
	Exclude string `yaml:"exclude,omitempty" json:"exclude,omitempty"`
	// Board, Firmware, FSModel choose the device (defaults ESP32_GENERIC, 1.27, the board's).
	Board    string `yaml:"board,omitempty" json:"board,omitempty"`
	Firmware string `yaml:"firmware,omitempty" json:"firmware,omitempty"`
	FSModel  string `yaml:"fs_model,omitempty" json:"fs_model,omitempty"`
	// MaxBoots bounds a run's boots (default 10).
	MaxBoots int `yaml:"max_boots,omitempty" json:"max_boots,omitempty"`
	// XFail are cases the updater is known to fail, with why: a key is a case id, a
	// path.Match glob of ids ("tls-*") or "tag:NAME" (every case with that tag).
	XFail map[string]string `yaml:"xfail,omitempty" json:"xfail,omitempty"`

	// Dir is the directory of the profile file (relative paths are resolved against it); File
	// the file itself ("" when parsed from bytes).
	Dir  string `yaml:"-" json:"-"`
	File string `yaml:"-" json:"-"`
}

// Mount is one host directory (or a package embedded in ota-emu) copied onto the flash.
type Mount struct {
	// Dir is the host directory; At the device directory it lands in (default "/").
	Dir string `yaml:"dir,omitempty" json:"dir,omitempty"`
	At  string `yaml:"at,omitempty" json:"at,omitempty"`
	// Embed names a package ota-emu carries instead of Dir: "pylib" (our updater, installed
	// as At/ota/, At defaulting to /lib).
	Embed string `yaml:"embed,omitempty" json:"embed,omitempty"`
}

// Server is where a profile's release is served.
type Server struct {
	// Host is the virtual host (default ota.example); Scheme http or https (default https);
	// Path the directory of the release on it (default "/").
	Host   string `yaml:"host,omitempty" json:"host,omitempty"`
	Scheme string `yaml:"scheme,omitempty" json:"scheme,omitempty"`
	Path   string `yaml:"path,omitempty" json:"path,omitempty"`
	// Repo is OWNER/REPO for the github protocol (default ota-emu/app).
	Repo string `yaml:"repo,omitempty" json:"repo,omitempty"`
	// CAFile, if set, is the device path the netsim CA certificate (PEM) is written to.
	CAFile string `yaml:"ca_file,omitempty" json:"ca_file,omitempty"`
	// SSID and Password of the access point (default ota-emu / micropython).
	SSID     string `yaml:"ssid,omitempty" json:"ssid,omitempty"`
	Password string `yaml:"password,omitempty" json:"password,omitempty"`
}

// VersionReader reads the version a device reports.
type VersionReader struct {
	File   string `yaml:"file,omitempty" json:"file,omitempty"`
	Regexp string `yaml:"regexp,omitempty" json:"regexp,omitempty"`
}

// TemplateData is what profile file templates see.
type TemplateData struct {
	// URL is the release's base URL, ending in "/" (for github: https://github.com/OWNER/REPO/).
	URL, Host, Scheme, Repo string
	// Key is the signing key (HMAC-SHA256) of genuine releases, as text.
	Key string
	// CAFile is the device path of the CA certificate ("" when none).
	CAFile string
	// SSID and Password of the access point.
	SSID, Password string
	// Secret is the value of every secret header.
	Secret string
	// Exclude is the excluded device path ("" when none); Deletes the paths a release removes,
	// as a JSON list.
	Exclude string
	Deletes string
	// Version is the installed version (device files) or the release's (release files).
	Version string
}

// Key is the signing key of genuine releases; WrongKey an attacker's.
const (
	Key      = "conformance-key"
	WrongKey = "attacker-key"
	// Secret is the value the suite gives every secret header.
	Secret = "s3cret-token"
)

// ParseProfile reads a profile from YAML or JSON. dir is the directory relative paths are
// resolved against (the profile file's). The profile is checked: a bad one is an error
// naming the field, never a panic.
func ParseProfile(data []byte, dir string) (*Profile, error) {
	var p Profile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	p.Dir = dir
	if err := p.check(); err != nil {
		return nil, fmt.Errorf("profile %q: %w", p.Name, err)
	}
	return &p, nil
}

// LoadProfile reads a profile file.
func LoadProfile(file string) (*Profile, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	abs, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	p, err := ParseProfile(data, abs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	p.File = file
	return p, nil
}

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

func (p *Profile) check() error {
	if !nameRE.MatchString(p.Name) {
		return fmt.Errorf("name %q: want 1-64 letters, digits, '.', '_' or '-'", p.Name)
	}
	if !contains(Protocols, p.Protocol) {
		return fmt.Errorf("protocol %q: want one of %s", p.Protocol, strings.Join(Protocols, ", "))
	}
	if len(p.Device) == 0 {
		return fmt.Errorf("device: at least one host directory is needed")
	}
	for i, m := range p.Device {
		if (m.Dir == "") == (m.Embed == "") {
			return fmt.Errorf("device[%d]: give dir or embed", i)
		}
		if m.Embed != "" && m.Embed != "pylib" {
			return fmt.Errorf("device[%d].embed %q: the only embedded package is pylib", i, m.Embed)
		}
		if m.At != "" && !strings.HasPrefix(m.At, "/") {
			return fmt.Errorf("device[%d].at %q: want an absolute device path", i, m.At)
		}
	}
	for _, f := range sortedKeys(p.Files) {
		if !strings.HasPrefix(f, "/") || strings.HasSuffix(f, "/") {
			return fmt.Errorf("files: %q: want an absolute device file path", f)
		}
		if _, err := template.New(f).Option("missingkey=error").Parse(p.Files[f]); err != nil {
			return fmt.Errorf("files: %q: %w", f, err)
		}
	}
	for _, f := range sortedKeys(p.ReleaseFiles) {
		if f == "" || strings.HasPrefix(f, "/") || strings.Contains("/"+f+"/", "/../") {
			return fmt.Errorf("release_files: %q: want a relative path", f)
		}
		if _, err := template.New(f).Option("missingkey=error").Parse(p.ReleaseFiles[f]); err != nil {
			return fmt.Errorf("release_files: %q: %w", f, err)
		}
	}
	if p.App == "" {
		return fmt.Errorf("app: the application directory releases are built from is needed")
	}
	for _, g := range p.AppSkip {
		if _, err := path.Match(g, ""); err != nil {
			return fmt.Errorf("app_skip %q: %w", g, err)
		}
	}
	if err := release.CheckVersion(p.InstalledVersion); err != nil {
		return fmt.Errorf("installed_version: %w", err)
	}
	switch p.Server.Scheme {
	case "", "http", "https":
	default:
		return fmt.Errorf("server.scheme %q: want http or https", p.Server.Scheme)
	}
	if p.Server.Path != "" && (!strings.HasPrefix(p.Server.Path, "/") || strings.Contains(p.Server.Path+"/", "/../")) {
		return fmt.Errorf("server.path %q: want an absolute path", p.Server.Path)
	}
	if p.Server.Host != "" && strings.ContainsAny(p.Server.Host, "/: \t") {
		return fmt.Errorf("server.host %q: want a host name", p.Server.Host)
	}
	if p.Server.Repo != "" {
		if o, r, ok := strings.Cut(p.Server.Repo, "/"); !ok || o == "" || r == "" || strings.Contains(r, "/") {
			return fmt.Errorf("server.repo %q: want OWNER/REPO", p.Server.Repo)
		}
	}
	if p.Server.CAFile != "" && !strings.HasPrefix(p.Server.CAFile, "/") {
		return fmt.Errorf("server.ca_file %q: want an absolute device path", p.Server.CAFile)
	}
	if p.Version.File != "" && p.Version.Regexp != "" {
		return fmt.Errorf("version: give file or regexp, not both")
	}
	if p.Version.Regexp != "" {
		re, err := regexp.Compile(p.Version.Regexp)
		if err != nil {
			return fmt.Errorf("version.regexp: %w", err)
		}
		if re.NumSubexp() > 1 {
			return fmt.Errorf("version.regexp %q: want at most one group", p.Version.Regexp)
		}
	}
	if p.Exclude != "" && (!strings.HasPrefix(p.Exclude, "/") || strings.HasSuffix(p.Exclude, "/")) {
		return fmt.Errorf("exclude %q: want an absolute device file path", p.Exclude)
	}
	for _, s := range p.State {
		if _, err := path.Match(strings.TrimSuffix(s, "/**"), ""); err != nil || s == "" {
			return fmt.Errorf("state %q: bad pattern", s)
		}
	}
	if p.Board != "" {
		if _, err := emulator.LookupBoard(p.Board); err != nil {
			return fmt.Errorf("board: %w", err)
		}
	}
	if p.Firmware != "" {
		if _, err := emulator.LookupFirmware(p.Firmware); err != nil {
			return fmt.Errorf("firmware: %w", err)
		}
	}
	if p.FSModel != "" && p.FSModel != "littlefs" && p.FSModel != "fat" {
		return fmt.Errorf("fs_model %q: want littlefs or fat", p.FSModel)
	}
	if p.MaxBoots < 0 || p.MaxBoots > 1000 {
		return fmt.Errorf("max_boots %d: want 0 to 1000", p.MaxBoots)
	}
	for _, k := range sortedKeys(p.XFail) {
		pat := strings.TrimPrefix(k, "tag:")
		if _, err := path.Match(pat, ""); err != nil || pat == "" {
			return fmt.Errorf("xfail %q: want a case id, a glob of ids or tag:NAME", k)
		}
		if strings.TrimSpace(p.XFail[k]) == "" {
			return fmt.Errorf("xfail %q: give the reason", k)
		}
	}
	for _, h := range p.SecretHeaders {
		if h == "" || strings.ContainsAny(h, ": \r\n") {
			return fmt.Errorf("secret_headers: %q is not a header name", h)
		}
	}
	return nil
}

// XFailReason returns why the profile is expected to fail case c ("" when it is not).
func (p *Profile) XFailReason(c *Case) string {
	for _, k := range sortedKeys(p.XFail) {
		if tag, ok := strings.CutPrefix(k, "tag:"); ok {
			for _, t := range c.Tags {
				if m, _ := path.Match(tag, t); m {
					return p.XFail[k]
				}
			}
			continue
		}
		if m, _ := path.Match(k, c.ID); m {
			return p.XFail[k]
		}
	}
	return ""
}

// resolve makes a profile path absolute.
func (p *Profile) resolve(f string) string {
	if filepath.IsAbs(f) || p.Dir == "" {
		return f
	}
	return filepath.Join(p.Dir, f)
}

// defaults fills in the server's defaults.
func (p *Profile) server() Server {
	s := p.Server
	if s.Host == "" {
		s.Host = "ota.example"
		if p.Protocol == "github" {
			s.Host = "github.com"
		}
	}
	if s.Scheme == "" {
		s.Scheme = "https"
	}
	if s.Path == "" {
		s.Path = "/"
	}
	if !strings.HasSuffix(s.Path, "/") {
		s.Path += "/"
	}
	if s.Repo == "" {
		s.Repo = "ota-emu/app"
	}
	if s.SSID == "" {
		s.SSID = "ota-emu"
	}
	if s.Password == "" {
		s.Password = "micropython"
	}
	return s
}

// data is the template data of the profile's device files.
func (p *Profile) data(deletes []string) TemplateData {
	s := p.server()
	url := s.Scheme + "://" + s.Host + s.Path
	if p.Protocol == "github" {
		url = "https://github.com/" + s.Repo + "/"
	}
	del := "[]"
	if len(deletes) > 0 {
		del = `["` + strings.Join(deletes, `", "`) + `"]`
	}
	return TemplateData{URL: url, Host: s.Host, Scheme: s.Scheme, Repo: s.Repo, Key: Key,
		CAFile: s.CAFile, SSID: s.SSID, Password: s.Password, Secret: Secret, Exclude: p.Exclude,
		Deletes: del, Version: p.InstalledVersion}
}

// render expands one template.
func render(name, text string, d TemplateData) ([]byte, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	return b.Bytes(), nil
}

// usesTLS says whether the profile fetches its releases over HTTPS.
func (p *Profile) usesTLS() bool { return p.server().Scheme == "https" || p.Protocol == "github" }

// caPEM is what a profile's CA file holds.
func caPEM() []byte { return netsim.CACertificatePEM() }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
