package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sweepReport is a small whole sweep: n cuts, the ones listed in failing bricked.
func sweepReport(n int, failing ...int) *report.Report {
	r := &report.Report{Tool: "ota-emu test", Command: "ota-emu sweep main.py --seed 3", Board: "ESP32_GENERIC",
		Firmware: "1.27", FSModel: "littlefs", Seed: 3}
	r.Baseline.Outcome = report.OKNew
	r.Baseline.Boots = []report.Boot{{N: 1, Cause: "power-on", EndUS: int64(n) * 100}}
	for i := 0; i < n; i++ {
		r.Baseline.Ops = append(r.Baseline.Ops, report.Op{Index: i, Boot: 1, TimeUS: int64(i) * 100, Kind: "fs write", Path: "/app/main.py", Bytes: 64})
		c := report.Case{Cut: report.Cut{Op: i, Label: fmt.Sprintf("after op %d (fs write /app/main.py)", i)}, Outcome: report.OKOld, Boots: 1}
		for _, f := range failing {
			if f == i {
				c.Outcome, c.Reason, c.Replay = report.Bricked, "main.py is half written", fmt.Sprintf("ota-emu run main.py --seed 3 --fault powercut@op:%d", i)
			}
		}
		r.Cases = append(r.Cases, c)
	}
	return r
}

// writeParts writes the n shard parts of r as JSON files and returns their paths.
func writeParts(t *testing.T, dir string, r *report.Report, n int) []string {
	t.Helper()
	var paths []string
	for i := 1; i <= n; i++ {
		p, err := r.Part(report.Shard{Index: i, Count: n})
		require.NoError(t, err)
		paths = append(paths, writeReport(t, filepath.Join(dir, fmt.Sprintf("part%d.json", i)), p))
	}
	return paths
}

func writeReport(t *testing.T, path string, r *report.Report) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.WriteJSON(&buf, r))
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

func TestReportMergeJoinsShardsIntoEveryFormat(t *testing.T) {
	dir := t.TempDir()
	whole := sweepReport(10, 7, 2)
	parts := writeParts(t, dir, whole, 3)
	out, html, junit := filepath.Join(dir, "merged.json"), filepath.Join(dir, "sweep.html"), filepath.Join(dir, "sweep.xml")
	args := append([]string{"report", "merge", "--out", out, "--html", html, "--junit", junit, "--text"}, parts[2], parts[0], parts[1])
	stdout, stderr, code := runCLI(t, args...)
	assert.Equal(t, exitVerdict, code, "a failing case makes the merge exit 4: %s", stderr)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "cases:    10")
	assert.Contains(t, stdout, "failing:  2 (smallest first)\n  1. bricked: after op 2")
	assert.Contains(t, stdout, "replay: ota-emu run main.py --seed 3 --fault powercut@op:7")

	var want bytes.Buffer
	require.NoError(t, report.WriteJSON(&want, whole))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got), "the merge of the parts is the whole sweep")

	page, err := os.ReadFile(html)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(page, []byte("<!DOCTYPE html>")))
	x, err := os.ReadFile(junit)
	require.NoError(t, err)
	var doc struct {
		Suites []struct {
			Tests    int `xml:"tests,attr"`
			Failures int `xml:"failures,attr"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(x, &doc))
	require.Len(t, doc.Suites, 1)
	assert.Equal(t, 10, doc.Suites[0].Tests)
	assert.Equal(t, 2, doc.Suites[0].Failures)
}

func TestReportMergeDefaultsToTextAndExitsZeroWhenAllPass(t *testing.T) {
	dir := t.TempDir()
	parts := writeParts(t, dir, sweepReport(5), 2)
	stdout, stderr, code := runCLI(t, append([]string{"report", "merge"}, parts...)...)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "failing:  none")

	// --out - writes the JSON on stdout (and no text)
	stdout, _, code = runCLI(t, append([]string{"report", "merge", "--out", "-"}, parts...)...)
	assert.Equal(t, exitOK, code)
	r, err := report.ReadJSON(strings.NewReader(stdout))
	require.NoError(t, err)
	assert.Len(t, r.Cases, 5)
	assert.Nil(t, r.Shard)
}

func TestReportMergeErrors(t *testing.T) {
	dir := t.TempDir()
	parts := writeParts(t, dir, sweepReport(6, 1), 3)
	other := sweepReport(6, 1)
	other.Seed = 4
	otherPart, err := other.Part(report.Shard{Index: 2, Count: 3})
	require.NoError(t, err)
	foreign := writeReport(t, filepath.Join(dir, "foreign.json"), otherPart)
	garbage := filepath.Join(dir, "garbage.json")
	require.NoError(t, os.WriteFile(garbage, []byte("not json"), 0o644))

	cases := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no parts", []string{"report", "merge"}, exitUsage, "give the JSON parts"},
		{"missing file", []string{"report", "merge", filepath.Join(dir, "nope.json")}, exitUsage, "nope.json"},
		{"not a report", []string{"report", "merge", garbage}, exitUsage, "garbage.json: report: json: not a sweep report"},
		{"missing shard", []string{"report", "merge", parts[0], parts[2]}, exitUsage, "shard 2/3 missing"},
		{"other sweep", []string{"report", "merge", parts[0], foreign, parts[2]}, exitUsage, `seed "3" vs "4"`},
		{"unwritable output", append([]string{"report", "merge", "--html", filepath.Join(dir, "no", "such", "dir.html")}, parts...), exitFault, "dir.html"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tc.args...)
			assert.Equal(t, tc.code, code, stderr)
			assert.Contains(t, stderr, tc.msg)
		})
	}
}
