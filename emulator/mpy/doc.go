// Package mpy is the MicroPython 1.27 language layer of ota-emu, built on gpython v0.2.0.
//
// gpython is used as it is (pinned, never forked): its parser, compiler and virtual machine.
// Everything in which MicroPython differs, or which gpython lacks, is supplied from outside its
// packages: source lowering before compilation (package lower), repairs of compiled code,
// methods installed into gpython's type dictionaries, our own types (dict and set with
// MicroPython's hash-table order, bytearray, memoryview, user classes and their instances),
// replaced builtins, an importer that reads only the device flash, and a small set of opcode
// hooks (hooks.go, the only file that reaches into gpython's virtual machine).
//
// An Interp runs device code in its own gpython context. The package owns the Python-visible
// behaviour of a device; it must never reach the host: no host file, clock, environment,
// randomness or network is visible to device code, and no failure of device code (an endless
// loop, unbounded recursion, a huge allocation, a gpython bug) may take the host process down.
// Those end the run with an *Abort or a Python exception instead.
package mpy
