package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator/report"
	"github.com/ota-emu/ota-emu/netsim/release"
)

// replayArgs splits a printed replay command (no quoted spaces in these) into CLI arguments.
func replayArgs(t *testing.T, cmd string) []string {
	t.Helper()
	f := strings.Fields(cmd)
	require.Equal(t, []string{"ota-emu", "run"}, f[:2])
	for i, a := range f {
		f[i] = strings.Trim(a, "'")
	}
	return f[1:]
}

func TestSweepFindsTheNaiveUpdaterBrickingAndTheReplayReproducesIt(t *testing.T) {
	before := snapshot(t, "../../examples/naive")
	js := filepath.Join(t.TempDir(), "sweep.json")
	stdout, errs, code := runCLI(t, "sweep", "--no-progress", "--json", js,
		"../../examples/naive/device/main.py", "--serve", "ota.example=../../examples/naive/release")
	require.Equal(t, exitVerdict, code, "%s\n%s", stdout, errs)
	assert.Regexp(t, `bricked +[1-9]`, stdout)
	replays := regexp.MustCompile(`replay: (.*)`).FindAllStringSubmatch(stdout, -1)
	require.NotEmpty(t, replays)

	data, err := os.ReadFile(js)
	require.NoError(t, err)
	var rep report.Report
	require.NoError(t, json.Unmarshal(data, &rep))
	first := rep.Failures()[0]
	assert.Equal(t, first.Replay, replays[0][1], "the text lists the smallest failing case first")

	// the printed command reproduces the same failure
	out, errs, code := runCLI(t, replayArgs(t, replays[0][1])...)
	assert.Equal(t, exitVerdict, code, out+errs)
	assert.Contains(t, errs, "verdict: "+first.Outcome+" (FAIL): "+first.Reason)
	assert.Equal(t, before, snapshot(t, "../../examples/naive"), "the example's host directories are never written")
}

func TestSweepPassesTheStagedUpdaterOnLittleFSAndFAT(t *testing.T) {
	for _, model := range []string{"littlefs", "fat"} {
		stdout, errs, code := runCLI(t, "sweep", "--no-progress", "--fs-model", model, "--depth", "2",
			"../../examples/staged/device/main.py", "--serve", "ota.example=../../examples/staged/release", "--state", "/stage/**")
		require.Equal(t, exitOK, code, "%s\n%s", stdout, errs)
		assert.Regexp(t, `bricked +0\n +stuck +0\n +crashed +0`, stdout)
		assert.Contains(t, stdout, "failing:  none")
	}
}

func TestRunWithAPowerCutPrintsTheVerdict(t *testing.T) {
	js := filepath.Join(t.TempDir(), "run.json")
	_, errs, code := runCLI(t, "run", "--json", js, "../../examples/staged/device/main.py",
		"--serve", "ota.example=../../examples/staged/release", "--state", "/stage/**", "--fault=powercut@50%")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "verdict: ok-new")
	var sum summary
	data, err := os.ReadFile(js)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &sum))
	assert.Equal(t, "ok-new", sum.Verdict.Outcome)
	assert.Equal(t, []string{"powercut@50%"}, sum.Faults)
	assert.Len(t, sum.PowerCuts, 1, "the cut fired")
}

func TestSweepOutputsAndShardsMerge(t *testing.T) {
	dir := t.TempDir()
	args := []string{"sweep", "--no-progress", "../../examples/naive/device/main.py", "--serve", "ota.example=../../examples/naive/release"}
	_, _, code := runCLI(t, append(args, "--json", filepath.Join(dir, "whole.json"), "--junit", filepath.Join(dir, "s.xml"), "--html", filepath.Join(dir, "s.html"))...)
	require.Equal(t, exitVerdict, code)
	for i := 1; i <= 2; i++ {
		runCLI(t, append(args, "--shard", []string{"", "1/2", "2/2"}[i], "--json", filepath.Join(dir, []string{"", "p1.json", "p2.json"}[i]))...)
	}
	_, errs, code := runCLI(t, "report", "merge", filepath.Join(dir, "p1.json"), filepath.Join(dir, "p2.json"), "--out", filepath.Join(dir, "merged.json"))
	require.Equal(t, exitVerdict, code, "merge exits as the sweep would: failing cases give 4\n"+errs)
	load := func(name string) []report.Case {
		var r report.Report
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &r))
		return r.Cases
	}
	assert.Equal(t, load("whole.json"), load("merged.json"))
	for _, f := range []string{"s.xml", "s.html"} {
		st, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Greater(t, st.Size(), int64(500))
	}
}

func TestDemoRunsOnTheEmbeddedExamples(t *testing.T) {
	stdout, errs, code := runCLI(t, "demo")
	require.Equal(t, exitOK, code, "%s\n%s", stdout, errs)
	assert.Contains(t, stdout, "verdict: ok-new")
	assert.Regexp(t, `bricked +[1-9]`, stdout)
}

func TestBadFaultSpecIsAUsageError(t *testing.T) {
	_, errs, code := runCLI(t, "run", "../../examples/hello/main.py", "--fault=powrecut@50%")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "powercut")
}

func TestFlashAndHeapFlagsSizeTheBoard(t *testing.T) {
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", "import os, gc\nprint(os.statvfs('/')[2] * os.statvfs('/')[0])\ngc.collect()\nprint(gc.mem_free() + gc.mem_alloc())\n")
	out, errs, code := runCLI(t, "run", "--flash", "256K", "--heap", "64K", script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "262144\n65536\n", out)
	_, errs, code = runCLI(t, "run", "--heap", "lots", script)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--heap")
}

func TestNetworkFaultsReachTheRunAndTheVerdict(t *testing.T) {
	base := []string{"run", "../../examples/staged/device/main.py", "--serve", "ota.example=../../examples/staged/release", "--state", "/stage/**"}
	for _, tc := range []struct {
		fault, console, verdict string
	}{
		{"net.reset@30%:host=ota.example,path=/lib/*", "update failed: OSError(104,)", "verdict: ok-old"},
		{"http.status=503:path=/manifest.json", "update failed: ValueError('syntax error in JSON',)", "verdict: ok-old"},
		{"wifi.down", "update failed: OSError('no Wi-Fi',)", "verdict: ok-old"},
	} {
		out, errs, code := runCLI(t, append(base, "--fault="+tc.fault)...)
		assert.Equal(t, exitOK, code, "%s: %s %s", tc.fault, out, errs)
		assert.Contains(t, out, tc.console, tc.fault)
		assert.Contains(t, errs, tc.verdict, tc.fault)
	}
	// a fault limited to the first boot: the device resets after the failure and the
	// second boot's download goes through
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", `import machine, network, time, requests
w = network.WLAN(network.STA_IF)
w.active(True)
w.connect('ota-emu', 'micropython')
while not w.isconnected():
    time.sleep_ms(100)
try:
    print(len(requests.get('http://ota.example/app.py').content))
except OSError as e:
    print('boot', machine.reset_cause(), 'failed:', e)
    machine.reset()
`)
	out, errs, code := runCLI(t, "run", script, "--serve", "ota.example=../../examples/staged/release",
		"--fault=net.reset@30%:host=ota.example,boot=1")
	assert.Equal(t, exitOK, code, out+errs)
	assert.Equal(t, "boot 1 failed: [Errno 104] ECONNRESET\n94\n", out)
}

func TestSweepWithANetworkFaultReplaysExactly(t *testing.T) {
	stdout, errs, code := runCLI(t, "sweep", "--no-progress", "../../examples/naive/device/main.py",
		"--serve", "ota.example=../../examples/naive/release", "--fault=net.latency=50ms")
	require.Equal(t, exitVerdict, code, "%s\n%s", stdout, errs)
	replays := regexp.MustCompile(`replay: (.*)`).FindAllStringSubmatch(stdout, -1)
	reasons := regexp.MustCompile(`reason: (.*)`).FindAllStringSubmatch(stdout, -1)
	require.NotEmpty(t, replays)
	for i, r := range replays {
		assert.Contains(t, r[1], "--fault=net.latency=50ms")
		_, errs, code := runCLI(t, replayArgs(t, r[1])...)
		assert.Equal(t, exitVerdict, code)
		assert.Contains(t, errs, reasons[i][1], "replay %d reproduces the sweep's verdict", i)
	}
}

func TestNTPWorksInCLIRuns(t *testing.T) {
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", `import network, time, ntptime
w = network.WLAN(network.STA_IF)
w.active(True)
w.connect('ota-emu', 'micropython')
while not w.isconnected():
    time.sleep_ms(100)
print(time.localtime()[0])
ntptime.settime()
print(time.localtime()[0])
`)
	out, errs, code := runCLI(t, "run", script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "2000\n2026\n", out)
}

func TestMicroPythonLibPackagesComeFromTheFlashFirst(t *testing.T) {
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", "import logging\nprint(logging.__name__, getattr(logging, 'MINE', 'supplied'))\n")
	out, errs, code := runCLI(t, "run", script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "logging supplied\n", out)
	assert.Contains(t, errs, "note: the device imported logging")

	out, errs, code = runCLI(t, "run", "--strict-lib", script)
	assert.Equal(t, exitDevice, code)
	assert.Contains(t, out, "ImportError: no module named 'logging'")
	assert.NotContains(t, errs, "note:")

	require.NoError(t, os.MkdirAll(filepath.Join(dir, "lib"), 0o755))
	writeScript(t, filepath.Join(dir, "lib"), "logging.py", "MINE = 'mine'\n")
	out, errs, code = runCLI(t, "run", "--strict-lib", script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "logging mine\n", out, "the device's own /lib/logging.py wins")
}

func TestRunTraceIsByteIdenticalAcrossRuns(t *testing.T) {
	var traces []string
	for i := 0; i < 3; i++ {
		tr := filepath.Join(t.TempDir(), "trace.jsonl")
		_, errs, code := runCLI(t, "run", "--trace", tr, "../../examples/staged/device/main.py",
			"--serve", "ota.example=../../examples/staged/release", "--state", "/stage/**",
			"--fault=net.latency=20ms", "--fault=net.slicer=100", "--fault=powercut@60%")
		require.Equal(t, 0, code, errs)
		data, err := os.ReadFile(tr)
		require.NoError(t, err)
		traces = append(traces, string(data))
	}
	assert.Contains(t, traces[0], `"kind":"powercut"`)
	assert.Contains(t, traces[0], `"kind":"net"`)
	assert.Equal(t, traces[0], traces[1])
	assert.Equal(t, traces[0], traces[2])
}

func TestPylibUpdateSweepsCleanFromTheCLI(t *testing.T) {
	rel := filepath.Join(t.TempDir(), "rel")
	_, errs, code := runCLI(t, "release", "../../pylib/example/v2", "--version", "2.0", "--key", "demo-key",
		"--previous", "../../pylib/example/device", "--out", rel)
	require.Equal(t, 0, code, errs)
	for _, model := range []string{"littlefs", "fat"} {
		stdout, errs, code := runCLI(t, "sweep", "--no-progress", "--pylib", "--fs-model", model,
			"../../pylib/example/device/main.py", "--serve", "ota.example="+rel, "--state", "/.ota/**")
		require.Equal(t, exitOK, code, "%s\n%s", stdout, errs)
		assert.Regexp(t, `ok-new +[1-9]`, stdout)
		assert.Contains(t, stdout, "failing:  none")
	}
}

func TestEndlessDataEndsInMemoryErrorNotHostMemory(t *testing.T) {
	dir := t.TempDir()
	script := writeScript(t, dir, "main.py", `import network, time, requests, socket, ssl
w = network.WLAN(network.STA_IF)
w.active(True)
w.connect('ota-emu', 'micropython')
while not w.isconnected():
    time.sleep_ms(100)
for url in ('http://ota.example/app.py', 'https://ota.example/app.py'):
    try:
        r = requests.get(url)
        print(len(r.content))
    except MemoryError as e:
        print('MemoryError', url[:5])
s = socket.socket()
s.connect(socket.getaddrinfo('ota.example', 443)[0][-1])
s = ssl.wrap_socket(s, server_hostname='ota.example')
try:
    s.read(1 << 30)
except MemoryError:
    print('MemoryError read(1 GB)')
`)
	out, errs, code := runCLI(t, "run", script, "--serve", "ota.example=../../examples/staged/release", "--fault=http.endless")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "MemoryError http:\nMemoryError https\nMemoryError read(1 GB)\n", out)
}

func TestReleaseSignsWithAP256Key(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	der, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	dir := t.TempDir()
	pemFile := filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(pemFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}), 0o600))
	out := filepath.Join(dir, "rel")
	stdout, errs, code := runCLI(t, "release", "../../examples/staged/release", "--version", "2.0.0", "--p256-key", pemFile, "--out", out)
	require.Equal(t, 0, code, errs)
	pub, err := release.P256PublicHex(&key.PublicKey)
	require.NoError(t, err)
	assert.Contains(t, stdout, "P-256 public key (pylib's \"pubkey\"): "+pub)
	assert.FileExists(t, filepath.Join(out, release.P256Name))
	_, errs, code = runCLI(t, "release", "../../examples/staged/release", "--version", "2.0.0", "--p256-key", filepath.Join(dir, "missing.pem"), "--out", filepath.Join(dir, "r2"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--p256-key")
}
