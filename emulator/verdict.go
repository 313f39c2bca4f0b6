package emulator

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/ota-emu/ota-emu/vfs"
)

// Verdict outcomes (DESIGN.md decision 8).
const (
	// OKOld: the device ends on the old release, complete.
	OKOld = "ok-old"
	// OKNew: the device ends on the new release, complete.
	OKNew = "ok-new"
	// Bricked: the flash holds no complete release (a mix, a partial file, no main.py), or the
	// device reports a version its files are not.
	Bricked = "bricked"
	// Stuck: the device never converges (a reboot loop, a run past the time limit, a runaway
	// boot).
	Stuck = "stuck"
	// Crashed: the flash holds a release but main.py ends in an uncaught exception.
	Crashed = "crashed"
)

// Release is one known application tree: what "old" or "new" is.
type Release struct {
	// Name is "old", "new" or the name the user gave.
	Name string
	// Version is what the device reports when it runs this release ("" if unknown).
	Version string
	// Files maps device paths ("/main.py") to contents; directories are implied.
	Files map[string][]byte
	// Firmware is the app image version an ESP32 runs with this release ("" if not judged).
	Firmware string
}

// ReleaseFromFlash takes a flash image's files as a release, leaving out state files.
func ReleaseFromFlash(name string, f *vfs.Flash, state []string) Release {
	r := Release{Name: name, Files: map[string][]byte{}}
	for p, c := range f.Tree() {
		if strings.HasSuffix(p, "/") || IsStateFile(p, state) {
			continue
		}
		r.Files[p] = c
	}
	return r
}

// IsStateFile reports whether a device path is an updater state file by the patterns: each is a
// path.Match glob against the whole path ("/ota/*.json") or its base name ("*.state"), and a
// pattern ending in "/**" takes a whole directory ("/ota/**").
func IsStateFile(p string, patterns []string) bool {
	for _, pat := range patterns {
		if !strings.HasPrefix(pat, "/") && !strings.Contains(pat, "/") {
			if ok, _ := path.Match(pat, path.Base(p)); ok {
				return true
			}
			continue
		}
		if !strings.HasPrefix(pat, "/") {
			pat = "/" + pat
		}
		if dir, ok := strings.CutSuffix(pat, "/**"); ok {
			if p == dir || strings.HasPrefix(p, dir+"/") {
				return true
			}
			continue
		}
		if ok, _ := path.Match(pat, p); ok {
			return true
		}
	}
	return false
}

// Judge is the one verdict checker: the CLI, the sweep and the conformance suite all use it.
type Judge struct {
	// Releases are the known trees, in order of preference when two are equal ("old" first).
	Releases []Release
	// State are the updater state-file patterns left out of the comparison (see IsStateFile).
	State []string
	// VersionFile, if set, is the device path whose trimmed content is the version the device
	// reports; VersionPattern, if set, a regular expression with one group matched against the
	// last boot's console (the last match counts). Either is checked against the release's
	// Version.
	VersionFile    string
	VersionPattern *regexp.Regexp
	// Expect restricts which releases pass: nil takes any; ["old"] says an update had to be
	// refused (a forged certificate, a tampered manifest).
	Expect []string
}

// Verdict is the checker's answer for one run.
type Verdict struct {
	Outcome string `json:"outcome"`
	// Pass says whether the outcome is acceptable (ok-old or ok-new, and expected).
	Pass bool `json:"pass"`
	// Release names the release the flash holds ("" if none).
	Release string `json:"release,omitempty"`
	// Version is the version the device reported, if asked for.
	Version string `json:"version,omitempty"`
	// Reason says why, in one line.
	Reason string `json:"reason"`
}

// String is "ok-new (new)" or "bricked: /lib/a.py differs from every release".
func (v Verdict) String() string {
	if v.Pass {
		return v.Outcome + ": " + v.Reason
	}
	return v.Outcome + " (FAIL): " + v.Reason
}

// JudgeRun judges a finished run of a scenario: its outcome, final flash, running firmware and
// last boot's console.
func (j *Judge) JudgeRun(r *Run) Verdict {
	return j.Judge(r.Outcome, r.Device.Flash, r.Device.FirmwareVersion(), r.LastConsole)
}

// DefaultReleases are what a fault is judged against when the user names no release: "old" is
// the flash (and app image) a scenario starts from, "new" what its uninterrupted run ends
// with, state files left out.
func DefaultReleases(s *Scenario, uninterrupted *Run, state []string) (old, new Release) {
	old = ReleaseFromFlash("old", s.Flash, state)
	old.Firmware = StartFirmware(s.Raw)
	new = ReleaseFromFlash("new", uninterrupted.Device.Flash, state)
	new.Firmware = uninterrupted.Device.FirmwareVersion()
	return old, new
}

// Judge judges the end of a run: its outcome, the flash it left, the raw flash's running
// firmware (fw, "" if none) and the last boot's console.
func (j *Judge) Judge(out Outcome, flash *vfs.Flash, fw string, lastConsole []byte) Verdict {
	switch out.Result {
	case "max-boots", "max-time", "stopped":
		return Verdict{Outcome: Stuck, Reason: "never converged: " + out.Message}
	case "no-app":
		return Verdict{Outcome: Bricked, Reason: out.Message}
	}
	tree := map[string][]byte{}
	for p, c := range flash.Tree() {
		if !strings.HasSuffix(p, "/") && !IsStateFile(p, j.State) {
			tree[p] = c
		}
	}
	var match *Release
	for i := range j.Releases {
		r := &j.Releases[i]
		if sameFiles(tree, r.Files) && (r.Firmware == "" || fw == "" || r.Firmware == fw) {
			match = r
			break
		}
	}
	if match == nil {
		return Verdict{Outcome: Bricked, Reason: j.nearest(tree, fw)}
	}
	v := Verdict{Release: match.Name}
	switch out.Result {
	case "exception":
		v.Outcome = Crashed
		v.Reason = fmt.Sprintf("holds release %s but main.py raised %s: %s", match.Name, out.Exception, out.Message)
		return v
	case "emulator-fault":
		v.Outcome = Crashed
		v.Reason = "emulator fault (a bug in ota-emu, please report it): " + out.Message
		return v
	}
	if _, ok := tree["/main.py"]; !ok {
		v.Outcome = Bricked
		v.Reason = fmt.Sprintf("release %s has no /main.py: the board idles at the REPL", match.Name)
		return v
	}
	if reported, ok, why := j.reportedVersion(flash, lastConsole); ok {
		v.Version = reported
		if match.Version != "" && reported != match.Version {
			v.Outcome = Bricked
			v.Reason = fmt.Sprintf("reports version %q but holds release %s (version %q)", reported, match.Name, match.Version)
			return v
		}
	} else if why != "" && match.Version != "" {
		v.Outcome = Bricked
		v.Reason = fmt.Sprintf("holds release %s but %s", match.Name, why)
		return v
	}
	v.Outcome = OKNew
	if match.Name == "old" {
		v.Outcome = OKOld
	}
	v.Pass = true
	v.Reason = "holds release " + match.Name + " complete"
	if match.Version != "" {
		v.Reason += " (version " + match.Version + ")"
	}
	if len(j.Expect) > 0 && !contains(j.Expect, match.Name) {
		v.Pass = false
		v.Reason = fmt.Sprintf("holds release %s, but only %s was acceptable: an update that had to be refused was applied", match.Name, strings.Join(j.Expect, " or "))
	}
	return v
}

func (j *Judge) reportedVersion(flash *vfs.Flash, console []byte) (string, bool, string) {
	if j.VersionFile != "" {
		b, err := flash.ReadFile(j.VersionFile)
		if err != nil {
			return "", false, "its version file " + j.VersionFile + " is missing"
		}
		return strings.TrimSpace(string(b)), true, ""
	}
	if j.VersionPattern != nil {
		all := j.VersionPattern.FindAllSubmatch(console, -1)
		if len(all) == 0 {
			return "", false, "the console never reported a version"
		}
		m := all[len(all)-1]
		if len(m) > 1 {
			return string(m[1]), true, ""
		}
		return string(m[0]), true, ""
	}
	return "", false, ""
}

// nearest explains a tree that matches no release: its differences from the closest one.
func (j *Judge) nearest(tree map[string][]byte, fw string) string {
	if len(j.Releases) == 0 {
		return "no release to compare with"
	}
	best, bestDiff := "", []string(nil)
	for _, r := range j.Releases {
		d := diffFiles(tree, r.Files)
		if r.Firmware != "" && fw != "" && r.Firmware != fw {
			d = append(d, fmt.Sprintf("firmware %s (release has %s)", fw, r.Firmware))
		}
		if best == "" || len(d) < len(bestDiff) {
			best, bestDiff = r.Name, d
		}
	}
	const show = 3
	more := ""
	if len(bestDiff) > show {
		more = fmt.Sprintf(" and %d more", len(bestDiff)-show)
		bestDiff = bestDiff[:show]
	}
	return fmt.Sprintf("matches no release; nearest is %s: %s%s", best, strings.Join(bestDiff, ", "), more)
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for p, c := range a {
		d, ok := b[p]
		if !ok || !bytes.Equal(c, d) {
			return false
		}
	}
	return true
}

// diffFiles lists how tree differs from release, sorted by path.
func diffFiles(tree, release map[string][]byte) []string {
	var out []string
	for p, c := range tree {
		r, ok := release[p]
		switch {
		case !ok:
			out = append(out, p+" is extra")
		case !bytes.Equal(c, r):
			if len(c) < len(r) && bytes.Equal(c, r[:len(c)]) {
				out = append(out, fmt.Sprintf("%s is truncated (%d of %d bytes)", p, len(c), len(r)))
			} else {
				out = append(out, p+" differs")
			}
		}
	}
	for p := range release {
		if _, ok := tree[p]; !ok {
			out = append(out, p+" is missing")
		}
	}
	sort.Strings(out)
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
