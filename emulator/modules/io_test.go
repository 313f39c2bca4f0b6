package modules

import (
	"bytes"
	"os"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/stretchr/testify/require"
)

// runPy runs src as main.py on a fresh interpreter and returns what it printed.
func runPy(t testing.TB, src string, platform string) string {
	t.Helper()
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, Platform: platform, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte(src), "main.py")
	return out.String()
}

// TestRunFile prints one program's output (MOD_PROG=path.py); a debugging aid.
func TestRunFile(t *testing.T) {
	name := os.Getenv("MOD_PROG")
	if name == "" {
		t.Skip("set MOD_PROG=file.py to print a program's output")
	}
	src, err := os.ReadFile(name)
	require.NoError(t, err)
	os.Stdout.WriteString(runPy(t, string(src), "webassembly"))
}
