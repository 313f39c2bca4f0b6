package pylib_test

import (
	"bytes"
	"path"
	"strings"
	"sync"
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	_ "github.com/ota-emu/ota-emu/emulator/modules"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/pylib"
	"github.com/ota-emu/ota-emu/vfs"
)

// The sources' own small helpers: a device program with pylib's ota package on its flash, run
// once (for the pure parsers and the tar reader), independent of the core's world harness.

// srcFlash is a fresh flash for board with pylib in /lib/ota plus files.
func srcFlash(t testing.TB, board emulator.Board, model vfs.Model, files map[string][]byte) *vfs.Flash {
	t.Helper()
	fl, err := vfs.New(vfs.Config{Size: board.FSSize, BlockSize: board.BlockSize, Model: model})
	require.NoError(t, err)
	require.NoError(t, pylib.Install(fl, "/lib"))
	for p, data := range files {
		require.NoError(t, fl.MkdirAll(path.Dir(p), 0o755))
		require.NoError(t, afero.WriteFile(fl, p, data, 0o644))
	}
	fl.ResetJournal()
	return fl
}

// runSrcProgram runs main (a device program) once on an ESP32_GENERIC with files and returns the
// console.
func runSrcProgram(t *testing.T, main string, files map[string][]byte, network func(*netsim.Clock, uint64) (*netsim.Network, error)) (string, emulator.Outcome) {
	t.Helper()
	b, err := emulator.LookupBoard("ESP32_GENERIC")
	require.NoError(t, err)
	fw, err := emulator.LookupFirmware("1.27")
	require.NoError(t, err)
	all := map[string][]byte{"/main.py": []byte(main)}
	for p, d := range files {
		all[p] = d
	}
	s := &emulator.Scenario{Board: b, Firmware: fw, Flash: srcFlash(t, b, vfs.LittleFS, all), Seed: 1, MaxBoots: 1,
		MaxSteps: 50_000_000, Network: network}
	var con bytes.Buffer
	r, err := s.Run(emulator.RunOptions{Console: &con})
	require.NoError(t, err)
	return strings.ReplaceAll(con.String(), "\r\n", "\n"), r.Outcome
}

// nthConn passes its inner fault's effect to the nth connection (1: the first) of its target
// only: a fault that happens once, so a retry or a resume on a later connection gets through.
// Use a new one per run.
type nthConn struct {
	mu    sync.Mutex
	inner netsim.Fault
	n     int
	seen  []int
}

// Pipe delegates for the nth connection and passes the others through.
func (f *nthConn) Pipe(s *netsim.Stream, c netsim.Chunk) []netsim.Chunk {
	f.mu.Lock()
	i := 0
	for i < len(f.seen) && f.seen[i] != s.Conn {
		i++
	}
	if i == len(f.seen) {
		f.seen = append(f.seen, s.Conn)
	}
	f.mu.Unlock()
	if i+1 != f.n {
		return []netsim.Chunk{c}
	}
	return f.inner.Pipe(s, c)
}

// NewState is the inner fault's per-stream state.
func (f *nthConn) NewState() any {
	if sf, ok := f.inner.(netsim.StatefulFault); ok {
		return sf.NewState()
	}
	return nil
}

// DefaultDir is the inner fault's direction.
func (f *nthConn) DefaultDir() netsim.Direction {
	if d, ok := f.inner.(netsim.Directed); ok {
		return d.DefaultDir()
	}
	return netsim.Down
}

// onceOn is fault name (params) on the nth connection to target only.
func onceOn(t *testing.T, n int, name string, params map[string]string, target netsim.Target) NetFault {
	t.Helper()
	f, err := netsim.NewFault(name, params)
	require.NoError(t, err)
	return NetFault{Fault: &nthConn{inner: f, n: n}, Target: target}
}
