package conformance

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var long = flag.Bool("long", false, "run long cases and the long samples of power-cut sweeps")

// builtinProfiles are the profile files under profiles/ (profiles/NAME/profile.yaml).
func builtinProfiles(t testing.TB) []*Profile {
	files, err := filepath.Glob(filepath.Join("profiles", "*", "profile.yaml"))
	require.NoError(t, err)
	sort.Strings(files)
	var ps []*Profile
	for _, f := range files {
		p, err := LoadProfile(f)
		require.NoError(t, err, f)
		ps = append(ps, p)
	}
	return ps
}

// suiteProfiles are the built-in profiles, or with OTA_EMU_PROFILE=FILE[,FILE] those files
// (OTA_EMU_PROFILE=+FILE adds them to the built-in ones).
func suiteProfiles(t testing.TB) []*Profile {
	env := os.Getenv("OTA_EMU_PROFILE")
	if env == "" {
		return builtinProfiles(t)
	}
	var ps []*Profile
	if rest, ok := strings.CutPrefix(env, "+"); ok {
		ps, env = builtinProfiles(t), rest
	}
	for _, f := range strings.Split(env, ",") {
		// go test runs in conformance/: a path relative to the repository root works too
		if _, err := os.Stat(f); err != nil && !filepath.IsAbs(f) {
			if _, err := os.Stat(filepath.Join("..", f)); err == nil {
				f = filepath.Join("..", f)
			}
		}
		p, err := LoadProfile(f)
		require.NoError(t, err, "OTA_EMU_PROFILE")
		ps = append(ps, p)
	}
	return ps
}

// TestConformance runs every profile x case, prints the table and writes JUnit XML (to
// $OTA_EMU_JUNIT, else a temporary file named in the log). OTA_EMU_CASES=PATTERN limits the
// cases (ids, globs, tag:NAME; comma-separated).
func TestConformance(t *testing.T) {
	profiles := suiteProfiles(t)
	require.NotEmpty(t, profiles)
	cases := Select(Cases(), os.Getenv("OTA_EMU_CASES"))
	require.NotEmpty(t, cases)
	s := NewSuite(t.TempDir())
	s.Long = *long
	results := make([]*Result, len(profiles)*len(cases))
	t.Run("cases", func(t *testing.T) {
		for i, p := range profiles {
			t.Run(p.Name, func(t *testing.T) {
				for j, c := range cases {
					t.Run(c.ID, func(t *testing.T) {
						t.Parallel()
						r := s.Run(p, c)
						results[i*len(cases)+j] = r
						t.Logf("%s in %d device runs", r.Status, r.Runs)
						switch r.Status {
						case Skip:
							t.Skip(r.Reason)
						case XFail:
							t.Logf("xfail (%s): %s", r.XFail, r.Reason)
						case Hazard:
							t.Logf("hazard: %s", r.Reason)
						case Fail, XPass:
							t.Errorf("%s: %s", r.Status, r.Reason)
						}
					})
				}
			})
		}
	})
	var done []*Result
	for _, r := range results {
		if r != nil {
			done = append(done, r)
		}
	}
	var tb strings.Builder
	Table(&tb, done)
	Failures(&tb, done, false)
	t.Logf("conformance table (%d cases):\n%s", len(cases), tb.String())
	file := os.Getenv("OTA_EMU_JUNIT")
	if file == "" {
		f, err := os.CreateTemp("", "ota-emu-conformance-*.xml")
		require.NoError(t, err)
		file = f.Name()
		require.NoError(t, f.Close())
	}
	require.NoError(t, WriteJUnitFile(file, done))
	// go test shows a passing package's output only with -v: the table also goes to a file
	txt := strings.TrimSuffix(file, ".xml") + ".txt"
	require.NoError(t, os.WriteFile(txt, []byte(tb.String()), 0o644))
	t.Logf("JUnit XML: %s; table: %s", file, txt)
}

// TestCatalogue: at least 40 cases, unique ids, known tags, every TUF attack (and slow
// retrieval) covered, every case judged by something.
func TestCatalogue(t *testing.T) {
	cs := Cases()
	require.GreaterOrEqual(t, len(cs), 40)
	seen := map[string]bool{}
	attacks := map[string]bool{}
	for _, c := range cs {
		require.False(t, seen[c.ID], "duplicate id %s", c.ID)
		seen[c.ID] = true
		require.NotEmpty(t, c.Desc, c.ID)
		require.Contains(t, []string{ExpectNew, ExpectOld, ExpectAny}, c.Expect, c.ID)
		require.NotEmpty(t, c.Tags, c.ID)
		for _, tag := range c.Tags {
			if a, ok := strings.CutPrefix(tag, "attack:"); ok {
				require.Contains(t, Attacks, a, c.ID)
				attacks[a] = true
				continue
			}
			require.Contains(t, Tags, tag, c.ID)
		}
	}
	for _, a := range Attacks {
		require.True(t, attacks[a], "no case for attack %s", a)
	}
	for _, p := range Protocols {
		require.True(t, seen["happy-"+p], "no happy path for %s", p)
	}
}

func TestParseProfileErrors(t *testing.T) {
	good := "name: x\nprotocol: flat\ndevice: [{dir: d}]\napp: a\ninstalled_version: '1'\n"
	_, err := ParseProfile([]byte(good), "/")
	require.NoError(t, err)
	for _, c := range []struct{ add, want string }{
		{"protocol: ftp\n", "protocol"},
		{"nope: 1\n", "not found"},
		{"files: {'rel': x}\n", "absolute"},
		{"files: {'/a': '{{.Nope'}\n", "files"},
		{"xfail: {happy-flat: ''}\n", "reason"},
		{"version: {regexp: '(a)(b)'}\n", "one group"},
		{"board: NOPE\n", "board"},
		{"server: {scheme: ftp}\n", "scheme"},
		{"release_files: {'../x': y}\n", "relative"},
		{"device: [{embed: other}]\n", "embedded"},
	} {
		src := good
		if strings.HasPrefix(c.add, "protocol:") || strings.HasPrefix(c.add, "device:") {
			key := c.add[:strings.Index(c.add, ":")]
			lines := strings.Split(src, "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, key+":") {
					lines[i] = strings.TrimSuffix(c.add, "\n")
				}
			}
			src = strings.Join(lines, "\n")
		} else {
			src += c.add
		}
		_, err := ParseProfile([]byte(src), "/")
		require.Error(t, err, c.add)
		require.Contains(t, err.Error(), c.want, c.add)
	}
}

func TestXFailMatching(t *testing.T) {
	p := &Profile{XFail: map[string]string{"tls-*": "no TLS", "tag:space": "in place", "rollback": "none"}}
	byID := map[string]*Case{}
	for _, c := range Cases() {
		byID[c.ID] = c
	}
	require.Equal(t, "no TLS", p.XFailReason(byID["tls-expired"]))
	require.Equal(t, "in place", p.XFailReason(byID["lowspace-half"]))
	require.Equal(t, "none", p.XFailReason(byID["rollback"]))
	require.Equal(t, "", p.XFailReason(byID["health-rollback"]))
}

func TestTableAndJUnit(t *testing.T) {
	rs := []*Result{
		{Profile: "a", Case: "c1", Status: Pass},
		{Profile: "a", Case: "c2", Status: XFail, XFail: "known", Reason: "bricked"},
		{Profile: "b", Case: "c1", Status: Fail, Reason: "stuck"},
		{Profile: "b", Case: "c2", Status: Skip, Reason: "protocol"},
	}
	var tb strings.Builder
	Table(&tb, rs)
	require.Contains(t, tb.String(), "a: 1 pass, 0 fail, 1 xfail, 0 xpass, 0 skip")
	require.Contains(t, tb.String(), "b: 0 pass, 1 fail, 0 xfail, 0 xpass, 1 skip")
	require.Regexp(t, `c1\s+pass\s+fail`, tb.String())
	require.Equal(t, 1, Unexpected(rs))
	var x strings.Builder
	require.NoError(t, WriteJUnit(&x, rs))
	require.Contains(t, x.String(), `<testsuite name="conformance/b" tests="2" failures="1" skipped="1"`)
	require.Contains(t, x.String(), `<failure message="stuck" type="fail">`)
	require.Contains(t, x.String(), `xfail: known: bricked`)
}
