// Package otaemu is the root of ota-emu, an emulator of MicroPython devices that runs real,
// unmodified OTA updater code and breaks the device on purpose (power cuts, full flash, network
// faults, forged certificates) to tell whether an update can brick a board.
//
// The code lives in the sub-packages: emulator (the device and its Python runtime), vfs (the
// flash), netsim (the network), pylib (our updater), conformance (the test suite) and cmd/ota-emu
// (the command-line tool).
package otaemu
