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
						switch r.Status {
						case Skip:
							t.Skip(r.Reason)
						case XFail:
							t.Logf("xfail (%s): %s", r.XFail, r.Reason)
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
	t.Logf("JUnit XML: %s", file)
}
