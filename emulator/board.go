// Package emulator is the emulated MicroPython device: a board profile and firmware generation,
// its flash (vfs), network (netsim), virtual clock and Python runtime (emulator/mpy), the boot
// loop, the fault schedule, the trace and the verdict. It never reaches the host: a device sees
// only its flash, its network and its clock.
package emulator

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// Board is a board profile as MicroPython names boards. Facts come from
// ../shared/MICROPYTHON.md (Filesystems, errno) and the ports' sources.
type Board struct {
	// Name is MicroPython's board name (ESP32_GENERIC, RPI_PICO_W, ...).
	Name string
	// Port is sys.platform: "esp32" or "rp2".
	Port string
	// Machine is sys.implementation._machine.
	Machine string
	// FSSize and BlockSize are the filesystem partition's size and erase block, in bytes.
	FSSize, BlockSize int64
	// Heap is the MicroPython heap in bytes.
	Heap int
	// CPUHz is the default CPU frequency (machine.freq()); bytecodes cost virtual time by it.
	CPUHz int64
	// SingleFloat is true for single-precision float builds (ESP32, RP2). The runtime does not
	// model float32 arithmetic yet: floats behave as on the double-precision reference build.
	SingleFloat bool
	// Errno is the port's errno module (names to numbers).
	Errno mpy.ErrnoTable
	// Hashes are the hashlib algorithms the firmware has.
	Hashes []string
	// OTA is true for the OTA partition layout (two app partitions and otadata).
	OTA bool
	// Epoch1970 is true when time.time() counts from 1970 (rp2), false for 2000 (esp32).
	Epoch1970 bool
}

// esp32Errno is the errno module on ESP32 ports: newlib's numbers (MICROPYTHON.md).
var esp32Errno = mpy.ErrnoTable{
	"EPERM": 1, "ENOENT": 2, "EIO": 5, "EBADF": 9, "EAGAIN": 11, "ENOMEM": 12, "EACCES": 13,
	"EEXIST": 17, "ENODEV": 19, "EISDIR": 21, "EINVAL": 22, "EOPNOTSUPP": 95,
	"ECONNRESET": 104, "ENOBUFS": 105, "ECONNREFUSED": 111, "EADDRINUSE": 112,
	"ECONNABORTED": 113, "ETIMEDOUT": 116, "EHOSTUNREACH": 118, "EINPROGRESS": 119,
	"EALREADY": 120, "ENOTCONN": 128,
}

// rp2Errno is the errno module on RP2 ports: the Linux numbers (MICROPYTHON.md).
var rp2Errno = mpy.ErrnoTable{
	"EPERM": 1, "ENOENT": 2, "EIO": 5, "EBADF": 9, "EAGAIN": 11, "ENOMEM": 12, "EACCES": 13,
	"EEXIST": 17, "ENODEV": 19, "EISDIR": 21, "EINVAL": 22, "EOPNOTSUPP": 95,
	"EADDRINUSE": 98, "ECONNABORTED": 103, "ECONNRESET": 104, "ENOBUFS": 105, "ENOTCONN": 107,
	"ETIMEDOUT": 110, "ECONNREFUSED": 111, "EHOSTUNREACH": 113, "EALREADY": 114,
	"EINPROGRESS": 115,
}

// Boards are the known board profiles.
var Boards = map[string]Board{
	"ESP32_GENERIC": {
		Name: "ESP32_GENERIC", Port: "esp32", Machine: "Generic ESP32 module with ESP32",
		FSSize: 512 * 4096, BlockSize: 4096, Heap: 110 * 1024, CPUHz: 160_000_000,
		SingleFloat: true, Errno: esp32Errno, Hashes: []string{"md5", "sha1", "sha256"},
	},
	"ESP32_GENERIC-OTA": {
		Name: "ESP32_GENERIC-OTA", Port: "esp32", Machine: "Generic ESP32 module with OTA with ESP32",
		FSSize: 240 * 4096, BlockSize: 4096, Heap: 110 * 1024, CPUHz: 160_000_000,
		SingleFloat: true, Errno: esp32Errno, Hashes: []string{"md5", "sha1", "sha256"}, OTA: true,
	},
	"RPI_PICO_W": {
		Name: "RPI_PICO_W", Port: "rp2", Machine: "Raspberry Pi Pico W with RP2040",
		FSSize: 212 * 4096, BlockSize: 4096, Heap: 192 * 1024, CPUHz: 125_000_000,
		SingleFloat: true, Errno: rp2Errno, Hashes: []string{"md5", "sha1", "sha256"}, Epoch1970: true,
	},
	"RPI_PICO": {
		Name: "RPI_PICO", Port: "rp2", Machine: "Raspberry Pi Pico with RP2040",
		FSSize: 352 * 4096, BlockSize: 4096, Heap: 192 * 1024, CPUHz: 125_000_000,
		SingleFloat: true, Errno: rp2Errno, Hashes: []string{"md5", "sha1", "sha256"}, Epoch1970: true,
	},
}

// BoardNames lists the known boards, sorted.
func BoardNames() []string {
	names := make([]string, 0, len(Boards))
	for n := range Boards {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// LookupBoard finds a board profile by name, with an error that lists the known ones.
func LookupBoard(name string) (Board, error) {
	b, ok := Boards[name]
	if !ok {
		return Board{}, fmt.Errorf("unknown board %q (known: %s)", name, strings.Join(BoardNames(), ", "))
	}
	return b, nil
}

// Firmware is a MicroPython firmware generation: which built-in modules exist differs
// (MICROPYTHON.md, "Firmware generations differ").
type Firmware struct {
	// Version is "1.20", "1.22", "1.24" or "1.27".
	Version string
	minor   int
}

// Firmwares are the known firmware generations.
var Firmwares = map[string]Firmware{
	"1.20": {"1.20", 20}, "1.22": {"1.22", 22}, "1.24": {"1.24", 24}, "1.27": {"1.27", 27},
}

// LookupFirmware finds a firmware generation.
func LookupFirmware(v string) (Firmware, error) {
	f, ok := Firmwares[v]
	if !ok {
		return Firmware{}, fmt.Errorf("unknown firmware %q (known: 1.20, 1.22, 1.24, 1.27)", v)
	}
	return f, nil
}

// HasModule reports whether a built-in module exists in this firmware generation: uzlib up to
// 1.20 and deflate from 1.21; ussl up to 1.22, tls (and the Python ssl wrapper) from 1.23.
func (f Firmware) HasModule(name string) bool {
	switch strings.TrimPrefix(name, "u") {
	case "zlib":
		return f.minor <= 20
	case "deflate":
		return f.minor >= 21
	case "tls":
		return f.minor >= 23
	}
	if name == "ussl" {
		return f.minor <= 22
	}
	return true
}

// RuntimeConfig is the part of an interpreter's configuration a board and firmware decide.
func RuntimeConfig(b Board, f Firmware) mpy.Config {
	return mpy.Config{
		Heap:     b.Heap,
		Platform: b.Port,
		Errno:    b.Errno,
		Builtin: func(name string) bool {
			// the esp32 module is the ESP32 port's own
			if name == "esp32" && b.Port != "esp32" {
				return false
			}
			return f.HasModule(name)
		},
	}
}
