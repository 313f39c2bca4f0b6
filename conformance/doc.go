// Package conformance is the conformance suite for MicroPython OTA updaters, in the style of
// tuf-conformance: a catalogue of cases (an update server's state, faults and the outcome an
// updater must reach) run against profiles (how one updater is installed on a device, where
// it looks for releases, how its installed version is read, which cases it is known to fail).
//
// Every case runs in an emulated world (emulator.Scenario) rebuilt for each run and is judged
// by the one verdict (emulator.Judge) plus the case's own checks (no secret reached a man in
// the middle, an excluded file is unchanged, a deleted file is gone). `go test ./conformance`
// runs every built-in profile against every case and prints a table profile x case;
// OTA_EMU_PROFILE=FILE adds a profile, and `ota-emu conformance --profile FILE` runs one from
// the CLI. See README.md.
package conformance
