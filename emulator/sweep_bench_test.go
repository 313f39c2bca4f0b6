package emulator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
)

// bigUpdate builds the sweep benchmark's world: examples/staged's updater taking a device
// from 20 files of 10 KB (200 KB) to 20 new ones, in 256-byte writes: about 1,000 flash
// operations.
func bigUpdate(tb testing.TB) *Scenario {
	tb.Helper()
	src, err := os.ReadFile("../examples/staged/device/main.py")
	require.NoError(tb, err)
	main := strings.Replace(string(src), "bytearray(512)", "bytearray(256)", 1)
	b, err := LookupBoard("ESP32_GENERIC")
	require.NoError(tb, err)
	fw, err := LookupFirmware("1.27")
	require.NoError(tb, err)
	fl, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize})
	require.NoError(tb, err)
	content := func(version, i int) []byte {
		line := fmt.Sprintf("# file %d of version %d: %s\n", i, version, strings.Repeat("x", 40))
		return []byte(strings.Repeat(line, 10*1024/len(line)))
	}
	app := "def main():\n    print('app')\n"
	require.NoError(tb, fl.Mkdir("/lib", 0o755))
	put := func(p string, data []byte) { require.NoError(tb, afero.WriteFile(fl, p, data, 0o644)) }
	put("/main.py", []byte(main))
	put("/app.py", []byte(app))
	put("/version.txt", []byte("1"))
	rel := tb.TempDir()
	require.NoError(tb, os.MkdirAll(filepath.Join(rel, "lib"), 0o755))
	type entry struct {
		Path   string `json:"path"`
		Size   int    `json:"size"`
		SHA256 string `json:"sha256"`
	}
	var files []entry
	for i := 0; i < 20; i++ {
		p := fmt.Sprintf("lib/data%02d.py", i)
		put("/"+p, content(1, i))
		data := content(2, i)
		require.NoError(tb, os.WriteFile(filepath.Join(rel, p), data, 0o644))
		sum := sha256.Sum256(data)
		files = append(files, entry{p, len(data), hex.EncodeToString(sum[:])})
	}
	m, err := json.Marshal(map[string]any{"version": "2", "files": files})
	require.NoError(tb, err)
	require.NoError(tb, os.WriteFile(filepath.Join(rel, "manifest.json"), m, 0o644))
	fl.ResetJournal()
	static, err := netsim.StaticServer(rel, netsim.StaticOptions{})
	require.NoError(tb, err)
	return &Scenario{Board: b, Firmware: fw, Flash: fl, Seed: 1, MaxBoots: 5,
		Network: func(c *netsim.Clock, seed uint64) (*netsim.Network, error) {
			n := netsim.New(c, netsim.Config{Seed: seed})
			n.AddAccessPoint(netsim.AccessPoint{SSID: "ota-emu", Password: "micropython"})
			if _, err := n.AddHost("ota.example", netsim.HostHandlers{HTTP: static}); err != nil {
				return nil, err
			}
			return n, nil
		}}
}

// BenchmarkSweep200KB sweeps every flash operation of a 20-file, 200 KB staged update:
// cases/s counts every cut judged, boots/s the cut images actually booted.
func BenchmarkSweep200KB(b *testing.B) {
	s := bigUpdate(b)
	var res *SweepResult
	for b.Loop() {
		var err error
		res, err = s.Sweep(nil, []string{"/stage/**"}, SweepOptions{})
		require.NoError(b, err)
	}
	for _, c := range res.Cases {
		if !c.Verdict.Pass {
			b.Fatalf("%s: %s", c.Cut, c.Verdict)
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(res.Baseline.Device.FlashOps())), "ops")
	b.ReportMetric(float64(len(res.Cases))/sec, "cuts/s")
	b.ReportMetric(float64(res.Booted)/sec, "boots/s")
}

// BenchmarkSweep200KBAll boots every cut image, equal ones included.
func BenchmarkSweep200KBAll(b *testing.B) {
	s := bigUpdate(b)
	var res *SweepResult
	for b.Loop() {
		var err error
		res, err = s.Sweep(nil, []string{"/stage/**"}, SweepOptions{All: true})
		require.NoError(b, err)
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(res.Cases))/sec, "cuts/s")
}

func TestBigUpdateSweepScenarioPasses(t *testing.T) {
	if testing.Short() {
		t.Skip("the 1,000-operation sweep is a benchmark; -short skips its check")
	}
	s := bigUpdate(t)
	res, err := s.Sweep(nil, []string{"/stage/**"}, SweepOptions{Every: 50})
	require.NoError(t, err)
	require.Greater(t, len(res.Baseline.Device.FlashOps()), 800)
	for _, c := range res.Cases {
		require.True(t, c.Verdict.Pass, "%s: %s", c.Cut, c.Verdict)
	}
}
