package main

import (
	"bytes"
	"encoding/json"
	"github.com/ota-emu/ota-emu/emulator"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs ota-emu with args and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := execute(args, &out, &errb)
	return out.String(), errb.String(), code
}

func writeScript(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	return p
}

// snapshot lists every file under dir with its content, to prove a run never writes there.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	require.NoError(t, filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		m[p] = string(b)
		return err
	}))
	return m
}

func TestRunPrintsTheConsoleAndExitsZero(t *testing.T) {
	out, errs, code := runCLI(t, "run", "../../examples/hello/main.py")
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "update available")
	assert.Empty(t, errs)
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, src string
		args      []string
		code      int
		stdout    string
		stderr    string
	}{
		{"exception", "raise ValueError('bad')\n", nil, 1, "ValueError: bad\n", ""},
		{"recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", nil, 1, "RuntimeError: maximum recursion depth exceeded\n", ""},
		{"huge allocation", "x = bytearray(100 * 1024 * 1024)\n", nil, 1, "MemoryError: memory allocation failed", ""},
		{"endless loop", "while True:\n    pass\n", []string{"--max-steps", "100000"}, 3, "", "ota-emu: step budget exhausted"},
		{"sys.exit", "import sys\nsys.exit(2)\n", nil, 0, "", ""},
		{"syntax error", "def f(:\n", nil, 1, "SyntaxError: invalid syntax\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sub := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_"))
			require.NoError(t, os.MkdirAll(sub, 0o755))
			script := writeScript(t, sub, "main.py", c.src)
			out, errs, code := runCLI(t, append(append([]string{"run"}, c.args...), script)...)
			assert.Equal(t, c.code, code, "stdout %q stderr %q", out, errs)
			assert.Contains(t, out, c.stdout)
			assert.Contains(t, errs, c.stderr)
		})
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"run"},
		{"run", "/no/such/file.py"},
		{"run", "--board", "NOPE", "../../examples/hello/main.py"},
		{"frobnicate"},
	} {
		_, errs, code := runCLI(t, args...)
		assert.Equal(t, 2, code, "%v: %s", args, errs)
		assert.True(t, strings.HasPrefix(errs, "ota-emu: "), "%v: %q", args, errs)
	}
}

func TestRunNeverWritesTheHostDirAndExportsWithOut(t *testing.T) {
	dir := t.TempDir()
	writeScript(t, dir, "helper.py", "GREETING = 'hi'\n")
	writeScript(t, dir, ".hidden", "secret")
	script := writeScript(t, dir, "main.py", "import helper\nprint(helper.GREETING)\n")
	before := snapshot(t, dir)
	out := filepath.Join(t.TempDir(), "flash")
	js := filepath.Join(t.TempDir(), "run.json")
	stdout, errs, code := runCLI(t, "run", "--out", out, "--json", js, script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "hi\n", stdout)
	assert.Equal(t, before, snapshot(t, dir), "the host directory must not change")
	assert.FileExists(t, filepath.Join(out, "main.py"))
	assert.FileExists(t, filepath.Join(out, "helper.py"))
	assert.NoFileExists(t, filepath.Join(out, ".hidden"), "hidden files are not copied onto the flash")
	var sum summary
	data, err := os.ReadFile(js)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &sum))
	assert.Equal(t, "finished", sum.Result)
	assert.Equal(t, "ESP32_GENERIC", sum.Board)
	assert.Greater(t, sum.Steps, int64(0))
}

func TestCAIsStable(t *testing.T) {
	a, _, code := runCLI(t, "ca")
	require.Equal(t, 0, code)
	b, _, _ := runCLI(t, "ca")
	assert.Equal(t, a, b)
	assert.True(t, strings.HasPrefix(a, "-----BEGIN CERTIFICATE-----"))
}

func TestRebootingExampleBootsThreeTimes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "flash")
	trace := filepath.Join(t.TempDir(), "trace.jsonl")
	stdout, errs, code := runCLI(t, "run", "--out", out, "--trace", trace, "../../examples/reboots/main.py")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "boot 1 reset cause 1\nresetting\nboot 2 reset cause 2\nresetting\nboot 3 reset cause 2\ndone after 3 boots\n", stdout)
	data, err := os.ReadFile(trace)
	require.NoError(t, err)
	var lines []string // the boot loop's own events
	kinds := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var ev emulator.Event
		require.NoError(t, json.Unmarshal([]byte(l), &ev))
		kinds[ev.Kind]++
		if ev.Kind == "boot" || ev.Kind == "reset" || ev.Kind == "end" {
			lines = append(lines, l)
		}
	}
	require.Len(t, lines, 6)
	assert.Contains(t, lines[0], `"kind":"boot","boot":1,"detail":"PWRON_RESET"`)
	assert.Contains(t, lines[2], `"kind":"boot","boot":2,"detail":"HARD_RESET"`)
	assert.Contains(t, lines[5], `"kind":"end","boot":3,"detail":"finished"`)
	assert.Equal(t, 14, kinds["flash"], "every flash operation is in the trace")
	assert.Equal(t, 6, kinds["console"], "and every console write")
	log, err := os.ReadFile(filepath.Join(out, "log.txt"))
	require.NoError(t, err)
	assert.Equal(t, "boot 1 cause 1\nboot 2 cause 2\nboot 3 cause 2\n", string(log))
	assert.NoFileExists(t, "../../examples/reboots/boots.txt", "the example's host directory is never written")
}

func TestRebootLoopIsStopped(t *testing.T) {
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", "import machine\nmachine.reset()\n")
	_, errs, code := runCLI(t, "run", "--max-boots", "4", script)
	assert.Equal(t, 3, code)
	assert.Contains(t, errs, "still rebooting after 4 boots")
}
