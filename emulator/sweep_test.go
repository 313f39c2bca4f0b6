package emulator

import (
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/vfs"
)

// Both updaters copy /payload/*.py over the application's files. The naive one imports the
// application first and then writes each file in place, so a mix of old and new files
// crashes it before it can repair itself; the staged one writes copies, commits with a marker
// file, renames, and finishes an interrupted commit at boot before anything else.
const naiveUpdater = `import os
import app
print('running', app.V)
if open('version.txt').read() == '1':
    for name in os.listdir('payload'):
        data = open('payload/' + name).read()
        with open(name, 'w') as f:
            f.write(data)
    with open('version.txt', 'w') as f:
        f.write('2')
`

const stagedUpdater = `import os
def commit():
    for name in os.listdir('payload'):
        try:
            os.rename(name + '.new', name)
        except OSError:
            pass
    os.rename('version.new', 'version.txt')
    os.remove('commit')
try:
    os.stat('commit')
    commit()
except OSError:
    pass
if open('version.txt').read() == '1':
    for name in os.listdir('payload'):
        data = open('payload/' + name).read()
        with open(name + '.new', 'w') as f:
            f.write(data)
    with open('version.new', 'w') as f:
        f.write('2')
    open('commit', 'w').close()
    commit()
import app
print('running', app.V)
`

func updateScenario(t *testing.T, main string, model vfs.Model) *Scenario {
	t.Helper()
	b, err := LookupBoard("ESP32_GENERIC")
	require.NoError(t, err)
	fw, err := LookupFirmware("1.27")
	require.NoError(t, err)
	fl, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize, Model: model})
	require.NoError(t, err)
	files := map[string]string{
		"/main.py": main, "/version.txt": "1",
		"/app.py": "import util\nV = util.V\n", "/util.py": "V = 1\n",
		"/payload/app.py": "import util\nV = util.V + 0\nW = util.W\n", "/payload/util.py": "V = 2\nW = 2\n",
	}
	order := []string{"/main.py", "/version.txt", "/app.py", "/util.py", "/payload/app.py", "/payload/util.py"}
	if main == naiveUpdater {
		// the naive updater also replaces itself, as updaters that ship main.py do
		files["/payload/main.py"] = main + "# v2\n"
		order = append(order, "/payload/main.py")
	}
	require.NoError(t, fl.Mkdir("/payload", 0o755))
	for _, p := range order {
		require.NoError(t, afero.WriteFile(fl, p, []byte(files[p]), 0o644))
	}
	fl.ResetJournal()
	return &Scenario{Board: b, Firmware: fw, Flash: fl, Seed: 1, MaxBoots: 5}
}

func TestSweepFindsTheNaiveUpdaterBricking(t *testing.T) {
	s := updateScenario(t, naiveUpdater, vfs.LittleFS)
	res, err := s.Sweep(nil, nil, SweepOptions{Workers: 2})
	require.NoError(t, err)
	assert.Equal(t, OKNew, res.BaselineVerdict.Outcome)
	require.NotEmpty(t, res.Cases)
	counts := map[string]int{}
	var failing []SweepCase
	for _, c := range res.Cases {
		counts[c.Verdict.Outcome]++
		if !c.Verdict.Pass {
			failing = append(failing, c)
		}
	}
	assert.NotZero(t, counts[Bricked]+counts[Crashed], "counts %v", counts)
	require.NotEmpty(t, failing)

	// the failing cut replays: the same cut in a live run ends the same way
	f := failing[0]
	r, err := s.Run(RunOptions{Cuts: f.Cuts()})
	require.NoError(t, err)
	v := res.Judge.JudgeRun(r)
	assert.Equal(t, f.Verdict.Outcome, v.Outcome, "replay of %s", f.Cut)
	assert.Equal(t, f.Verdict.Reason, v.Reason)
}

func TestSweepPassesTheStagedUpdater(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		s := updateScenario(t, stagedUpdater, model)
		res, err := s.Sweep(nil, []string{"/*.new", "/commit"}, SweepOptions{Workers: 2, Depth2: 2})
		require.NoError(t, err)
		for _, c := range res.Cases {
			assert.True(t, c.Verdict.Pass, "%s %s: %s", model, c.Cut, c.Verdict)
		}
		assert.Greater(t, len(res.Cases), 10)
		assert.Less(t, res.Booted, len(res.Cases)+1)
	}
}

func TestSweepIsDeterministicAndShardsJoinToTheWhole(t *testing.T) {
	s := updateScenario(t, naiveUpdater, vfs.LittleFS)
	whole, err := s.Sweep(nil, nil, SweepOptions{Workers: 2})
	require.NoError(t, err)
	again, err := s.Sweep(nil, nil, SweepOptions{Workers: 1})
	require.NoError(t, err)
	var parts []SweepCase
	for i := 1; i <= 3; i++ {
		p, err := s.Sweep(nil, nil, SweepOptions{Shard: i, Shards: 3})
		require.NoError(t, err)
		parts = append(parts, p.Cases...)
	}
	key := func(cs []SweepCase) map[int]string {
		m := map[int]string{}
		for _, c := range cs {
			m[c.Index] = c.Cut.String() + " " + c.Verdict.String()
		}
		return m
	}
	assert.Equal(t, key(whole.Cases), key(again.Cases))
	assert.Equal(t, key(whole.Cases), key(parts))
}

// An updater that, finding its own half-done work at boot, resets to "try again" without ever
// finishing it: every cut inside the update leaves a reboot loop, judged stuck.
const loopingUpdater = `import os, machine
try:
    os.stat('busy')
    machine.reset()
except OSError:
    pass
if open('version.txt').read() == '1':
    open('busy', 'w').close()
    with open('version.txt', 'w') as f:
        f.write('2')
    os.remove('busy')
`

func TestSweepJudgesARebootLoopStuck(t *testing.T) {
	s := updateScenario(t, loopingUpdater, vfs.LittleFS)
	res, err := s.Sweep(nil, nil, SweepOptions{})
	require.NoError(t, err)
	stuck := 0
	for _, c := range res.Cases {
		if c.Verdict.Outcome == Stuck {
			stuck++
			assert.Equal(t, "max-boots", c.Outcome.Result)
			assert.Contains(t, c.Verdict.Reason, "never converged")
		}
	}
	assert.Positive(t, stuck, "cuts while 'busy' exists leave a reboot loop")
}
