package emulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The facts pinned here come from ../shared/MICROPYTHON.md ("Filesystems", errno, "Firmware
// generations differ").
func TestBoardFilesystemSizes(t *testing.T) {
	for name, blocks := range map[string]int64{
		"RPI_PICO_W":        212, // 848 KiB
		"RPI_PICO":          352, // 1408 KiB
		"ESP32_GENERIC":     512, // 2 MiB of a 4 MiB flash
		"ESP32_GENERIC-OTA": 240, // 960 KiB
	} {
		b, err := LookupBoard(name)
		require.NoError(t, err)
		assert.Equal(t, int64(4096), b.BlockSize, name)
		assert.Equal(t, blocks, b.FSSize/b.BlockSize, name)
	}
}

func TestBoardErrnoNumbers(t *testing.T) {
	common := map[string]int{"ENOENT": 2, "EIO": 5, "ENOMEM": 12, "EACCES": 13, "EEXIST": 17, "EISDIR": 21, "EINVAL": 22}
	esp := map[string]int{"ETIMEDOUT": 116, "ECONNABORTED": 113, "EHOSTUNREACH": 118, "EINPROGRESS": 119, "ENOTCONN": 128, "ECONNRESET": 104}
	rp2 := map[string]int{"ETIMEDOUT": 110, "ECONNABORTED": 103, "EHOSTUNREACH": 113, "EINPROGRESS": 115, "ENOTCONN": 107, "ECONNRESET": 104}
	for _, name := range BoardNames() {
		b := Boards[name]
		for k, v := range common {
			assert.Equal(t, v, b.Errno[k], "%s %s", name, k)
		}
		want := rp2
		if b.Port == "esp32" {
			want = esp
		}
		for k, v := range want {
			assert.Equal(t, v, b.Errno[k], "%s %s", name, k)
		}
		// the errno module has no filesystem-only names on any port
		for _, k := range []string{"ENOSPC", "ENOTDIR", "EROFS"} {
			assert.NotContains(t, b.Errno, k, name)
		}
	}
}

func TestFirmwareModules(t *testing.T) {
	cases := []struct {
		fw       string
		has, not []string
	}{
		{"1.20", []string{"uzlib", "ussl"}, []string{"deflate", "tls"}},
		{"1.22", []string{"ussl", "deflate"}, []string{"uzlib", "tls"}},
		{"1.24", []string{"tls", "deflate"}, []string{"ussl", "uzlib"}},
		{"1.27", []string{"tls", "deflate", "json"}, []string{"ussl", "uzlib"}},
	}
	for _, c := range cases {
		f, err := LookupFirmware(c.fw)
		require.NoError(t, err)
		for _, m := range c.has {
			assert.True(t, f.HasModule(m), "%s should have %s", c.fw, m)
		}
		for _, m := range c.not {
			assert.False(t, f.HasModule(m), "%s should not have %s", c.fw, m)
		}
	}
}

func TestUnknownNamesListTheKnownOnes(t *testing.T) {
	_, err := LookupBoard("ESP8266")
	assert.ErrorContains(t, err, "ESP32_GENERIC, ESP32_GENERIC-OTA, RPI_PICO, RPI_PICO_W")
	_, err = LookupFirmware("2.0")
	assert.ErrorContains(t, err, "1.27")
}
