package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConformanceCommand(t *testing.T) {
	junit := filepath.Join(t.TempDir(), "out.xml")
	var out, errb bytes.Buffer
	code := execute([]string{"conformance", "--profile", "../../conformance/profiles/staged/profile.yaml",
		"--cases", "happy-*,rollback,wifi-absent", "--junit", junit}, &out, &errb)
	require.Equal(t, exitOK, code, "stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	assert.Regexp(t, `happy-flat\s+pass`, out.String())
	assert.Regexp(t, `rollback\s+xfail`, out.String())
	assert.Regexp(t, `happy-uota\s+skip`, out.String())
	assert.Contains(t, out.String(), "staged: 2 pass, 0 fail, 1 xfail, 0 xpass, 5 skip")
	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	var doc struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Tests int    `xml:"tests,attr"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	require.Len(t, doc.Suites, 1)
	assert.Equal(t, 8, doc.Suites[0].Tests) // 6 happy paths, rollback, wifi-absent
}

func TestConformanceCommandFailsUnexpected(t *testing.T) {
	// the staged profile without its xfail list: rollback is an unexpected failure (exit 4)
	src, err := os.ReadFile("../../conformance/profiles/staged/profile.yaml")
	require.NoError(t, err)
	text := string(src)
	text = text[:strings.Index(text, "xfail:")]
	dir, err := filepath.Abs("../../conformance/profiles/staged")
	require.NoError(t, err)
	prof := filepath.Join(t.TempDir(), "p.yaml")
	text = strings.ReplaceAll(text, "../../../examples", filepath.Join(dir, "../../../examples"))
	require.NoError(t, os.WriteFile(prof, []byte(text), 0o644))
	var out, errb bytes.Buffer
	code := execute([]string{"conformance", "--profile", prof, "--cases", "rollback"}, &out, &errb)
	assert.Equal(t, exitVerdict, code, "stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	assert.Contains(t, out.String(), "FAIL staged/rollback")
	assert.Contains(t, out.String(), "replay: ota-emu conformance --profile "+prof+" --cases rollback")
}

func TestConformanceCommandUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, exitUsage, execute([]string{"conformance"}, &out, &errb))
	assert.Equal(t, exitUsage, execute([]string{"conformance", "--profile", "/nonexistent.yaml"}, &out, &errb))
	out.Reset()
	assert.Equal(t, exitOK, execute([]string{"conformance", "--list", "--cases", "tag:power"}, &out, &errb))
	assert.Contains(t, out.String(), "powercut-apply")
	assert.NotContains(t, out.String(), "wifi-absent")
}
