// Command ota-emu emulates a MicroPython device well enough that real, unmodified OTA updater
// code runs on it, then breaks the device on purpose to tell whether an update can brick it.
//
// Exit codes: 0 the device code finished, 1 it ended with an uncaught exception, 2 usage
// error, 3 emulator fault (including a stopped runaway program), 4 verdict failed.
package main

import (
	"os"

	// the device modules (json, binascii, ...) every emulated board may import
	_ "github.com/ota-emu/ota-emu/emulator/modules"
)

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}
