// Package pylib holds ota, our own device-side MicroPython OTA updater (the Python package
// in ota/, described in DESIGN.md and README.md), embedded so that ota-emu can put it on an
// emulated device's flash, and so that the tests in this directory can run it on the emulator
// against releases made by netsim/release. On a real board it is installed with
// `mpremote mip install` from package.json.
package pylib

import (
	"embed"
	"fmt"
	"io/fs"
	"path"

	"github.com/spf13/afero"
)

//go:embed ota/*.py
var files embed.FS

// FS is the ota package: ota/__init__.py, ota/store.py, ...
var FS fs.FS = files

// Files lists the package's files (paths inside FS, "ota/NAME.py"), sorted.
func Files() []string {
	ents, err := fs.ReadDir(files, "ota")
	if err != nil {
		panic(fmt.Sprintf("pylib: embedded package unreadable: %v", err))
	}
	out := make([]string, 0, len(ents))
	for _, e := range ents {
		out = append(out, "ota/"+e.Name())
	}
	return out
}

// Install copies the ota package onto a flash (any afero.Fs) as dir/ota/*.py; dir is usually
// "/lib", where MicroPython's sys.path finds it. Directories are created as needed.
func Install(flash afero.Fs, dir string) error {
	dst := path.Join("/", dir, "ota")
	if err := flash.MkdirAll(dst, 0o755); err != nil {
		return fmt.Errorf("pylib: install into %s: %w", dst, err)
	}
	for _, name := range Files() {
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return fmt.Errorf("pylib: read embedded %s: %w", name, err)
		}
		p := path.Join(dst, path.Base(name))
		if err := afero.WriteFile(flash, p, b, 0o644); err != nil {
			return fmt.Errorf("pylib: install %s: %w", p, err)
		}
	}
	return nil
}
