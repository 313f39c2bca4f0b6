package modules

import (
	"embed"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// Python modules frozen into the firmware, written for ota-emu (never copied from
// micropython-lib): they behave as the packages the firmware generations bundle.
//
//go:embed python/*.py
var frozen embed.FS

// libraryPackages are the frozen modules that are micropython-lib packages a developer installs
// with mip, not part of the firmware (ports/esp32 and ports/rp2 freeze only requests, ntptime,
// mip and webrepl from bundle-networking): found on the flash first, supplied by ota-emu only
// as a fallback the device allows.
var libraryPackages = map[string]bool{"hmac": true, "logging": true, "__future__": true, "tarfile": true, "utarfile": true}

// frozenAliases are the other names a frozen module answers to on the firmware.
var frozenAliases = map[string][]string{"requests": {"urequests"}, "tarfile": {"utarfile"}}

func init() {
	entries, err := frozen.ReadDir("python")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		src, err := frozen.ReadFile("python/" + e.Name())
		if err != nil {
			panic(err)
		}
		name := strings.TrimSuffix(e.Name(), ".py")
		for _, n := range append([]string{name}, frozenAliases[name]...) {
			mpy.RegisterModule(&py.ModuleImpl{
				Info:    py.ModuleInfo{Name: n, FileDesc: ".frozen/" + e.Name()},
				CodeSrc: string(src),
			})
			if libraryPackages[n] {
				mpy.MarkLibrary(n)
			}
		}
	}
}
