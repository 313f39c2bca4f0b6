// Package modules holds the MicroPython modules of the emulated device, one file per module
// (json.go, binascii.go, ...). Each file registers its module in an init function with
// mpy.RegisterModule; a module reaches its device through the per-context module object
// (mpy.InterpOf(module.Context)), never through globals. Importing this package (for its side
// effect) makes the modules available to every interpreter whose board allows them.
//
// Modules never touch the host: files go through the device flash, time through the device
// clock, randomness through the device's seeded source.
package modules
