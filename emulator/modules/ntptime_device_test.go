package modules_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ntptime.settime() on a whole emulated board: the RTC, unset at boot (2000-01-01), takes the
// time of the netsim world's NTP server, and time.localtime() shows it.
func TestNTPSetTimeSetsDeviceRTC(t *testing.T) {
	for _, board := range []string{"ESP32_GENERIC", "RPI_PICO_W"} {
		t.Run(board, func(t *testing.T) {
			b, err := emulator.LookupBoard(board)
			require.NoError(t, err)
			fw, err := emulator.LookupFirmware("1.27")
			require.NoError(t, err)
			flash, err := vfs.New(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize})
			require.NoError(t, err)
			src := "import time, ntptime\nprint(time.localtime()[:6])\ntime.sleep(30)\nntptime.settime()\nprint(time.localtime()[:6])\n"
			require.NoError(t, afero.WriteFile(flash, "/main.py", []byte(src), 0o644))
			clock := netsim.NewClock(netsim.RTCUnset)
			n := netsim.New(clock, netsim.Config{Seed: 3, ServerEpoch: time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)})
			defer n.Close()
			_, err = n.AddNTPServer("")
			require.NoError(t, err)
			var out bytes.Buffer
			d := &emulator.Device{Board: b, Firmware: fw, Flash: flash, Console: &out, Clock: clock, Net: n}
			o, err := d.Boot()
			require.NoError(t, err)
			assert.Equal(t, "finished", o.Result, out.String())
			assert.Equal(t, "(2000, 1, 1, 0, 0, 0)\n(2026, 11, 23, 14, 0, 30)\n", out.String())
			assert.Equal(t, n.ServerTime().Truncate(time.Second), d.RTC().Truncate(time.Second))
		})
	}
}
