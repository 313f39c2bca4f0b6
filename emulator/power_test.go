package emulator

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// updater writes v2 of app.py through a temporary file and a rename, then resets once.
const updaterSrc = `import os, machine
try:
    print('running', open('app.py').read())
except OSError:
    print('no app')
if machine.reset_cause() != machine.SOFT_RESET and open('app.py').read() != 'v2':
    with open('app.tmp', 'w') as f:
        f.write('v2')
    os.rename('app.tmp', 'app.py')
    machine.soft_reset()
print('done')
`

func updaterDevice(t *testing.T) (*Device, *bytes.Buffer) {
	d, out := device(t, "ESP32_GENERIC", updaterSrc)
	f, err := d.Flash.OpenMode("/app.py", "w")
	require.NoError(t, err)
	_, err = f.Write([]byte("v1"))
	require.NoError(t, err)
	require.NoError(t, f.Close())
	d.Flash.ResetJournal()
	return d, out
}

func TestFlashOpsAreLoggedInRunOrder(t *testing.T) {
	d, out := updaterDevice(t)
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result)
	assert.Equal(t, "running v1\nrunning v2\ndone\n", out.String())
	var kinds []string
	for i, op := range d.FlashOps() {
		assert.Equal(t, i, op.Index)
		kinds = append(kinds, op.Kind+" "+op.Path)
	}
	assert.Equal(t, []string{"create /app.tmp", "write /app.tmp", "close /app.tmp", "rename /app.tmp"}, kinds)
	assert.Equal(t, 4, o.FlashOps)
}

func TestPowerCutAfterEveryOperationRebootsFromItsImage(t *testing.T) {
	// the uninterrupted run's log gives the cut points; each cut run must end on v1 or v2
	base, _ := updaterDevice(t)
	_, err := base.Boot()
	require.NoError(t, err)
	for k := range base.FlashOps() {
		d, out := updaterDevice(t)
		d.Cuts = []PowerCut{{Kind: CutAfterOp, Op: k}}
		o, err := d.Boot()
		require.NoError(t, err, "cut %d", k)
		assert.Equal(t, "finished", o.Result, "cut %d", k)
		assert.Equal(t, []string{"powercut@op:" + strconv.Itoa(k)}, o.PowerCuts)
		assert.Equal(t, "PWRON_RESET", o.ResetCauses[1], "a cut powers the board on again")
		app, err := d.Flash.ReadFile("/app.py")
		require.NoError(t, err)
		assert.Equal(t, "v2", string(app), "cut %d: the updater retries after the cut", k)
		assert.True(t, strings.HasPrefix(out.String(), "running v1\n"))

		// the sweep's way: the image rebuilt from the uninterrupted run equals the live cut's
		img, _, err := base.ImagesAfter(k, false)
		require.NoError(t, err)
		d2, _ := updaterDevice(t)
		d2.Cuts = []PowerCut{{Kind: CutAfterOp, Op: k}}
		d2.MaxBoots = 1
		_, err = d2.Boot()
		require.NoError(t, err)
		assert.Equal(t, img.Tree(), d2.Flash.Tree(), "cut %d", k)
	}
}

func TestPowerCutAtATimeAndTheWatchdog(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC", "import time, machine\nprint(machine.reset_cause())\ntime.sleep(10)\nprint('slept')\n")
	d.Cuts = []PowerCut{{Kind: CutAtTime, Time: 2500 * time.Millisecond}}
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "1\n1\nslept\n", out.String())
	assert.Equal(t, []string{"powercut@t=2.5s"}, o.PowerCuts)
	assert.Equal(t, 2, o.Boots)

	d, _ = device(t, "ESP32_GENERIC", "import time\nwhile True:\n    time.sleep(1)\n")
	d.StartWatchdog(5 * time.Second) // as machine.WDT(timeout=5000) would
	d.MaxTime = 20 * time.Second
	o, err = d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "max-time", o.Result)
	assert.Equal(t, "PWRON_RESET", o.ResetCauses[0])
}

func TestTraceHasFlashOpsConsoleAndCuts(t *testing.T) {
	var tr bytes.Buffer
	d, _ := updaterDevice(t)
	d.Trace = &tr
	d.Cuts = []PowerCut{{Kind: CutAfterOp, Op: 1}}
	_, err := d.Boot()
	require.NoError(t, err)
	s := tr.String()
	for _, want := range []string{`"kind":"flash","boot":1,"detail":"#1 fs write /app.tmp 2B"`, `"kind":"powercut","boot":1,"detail":"powercut@op:1"`, `"kind":"console","boot":1,"detail":"running v1\n"`, `"kind":"boot","boot":2,"detail":"PWRON_RESET"`} {
		assert.Contains(t, s, want)
	}
}
