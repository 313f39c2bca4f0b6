// Package examples holds the example devices and their releases, embedded so that
// `ota-emu demo` runs on a fresh machine without a checkout beside it.
//
//   - hello: the smallest device program.
//   - reboots: a device that writes files and resets itself twice.
//   - naive: an in-place updater that `ota-emu sweep` finds bricking.
//   - staged: the same update, staged and committed, that passes every cut.
package examples

import "embed"

// FS holds every example directory (device trees and release directories).
//
//go:embed hello reboots naive staged
var FS embed.FS
