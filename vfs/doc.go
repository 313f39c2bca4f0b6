// Package vfs is the emulated flash of a MicroPython board: an afero.Fs with the board's
// block budget, littlefs or FAT durability, an operation journal and power-cut images.
//
// What it owns:
//   - space, accounted the way the on-device filesystem does it (littlefs: block-granular
//     CTZ data, inline small files, metadata pairs per directory, 2 blocks for a fresh
//     filesystem; FAT: clusters, directory slots, a fixed root directory), ENOSPC when a block
//     cannot be had, and os.statvfs consistent with every write;
//   - MicroPython's errno for every failure, per filesystem (see Errno and ErrnoOf);
//   - the durability model: what a power cut leaves behind after every single flash
//     operation (littlefs commits at flush/close and has atomic rename/remove/mkdir; FAT
//     commits size at sync/close, writes data in place, replaces on rename in two steps and
//     can wipe neighbouring sectors during an erase-block rewrite);
//   - the journal of every mutating operation and the images that survive a cut after any of
//     them (ImageAt, ImageAtByte), built without re-running anything and sharing structure,
//     so that a sweep over thousands of cut points costs little time and memory;
//   - per-block erase counters (flash wear).
//
// What it must never do: touch the host filesystem, except LoadHostDir reading the directory
// it is given (never writing it, never following a symbolic link out of it) and ExportDir
// writing where it is asked. It never reads the wall clock (mtimes come from Config.Now),
// never uses randomness, and never lets Go map iteration order reach anything a device can
// observe: littlefs directories list in littlefs's own name order (see nameLess), FAT
// directories in slot order.
//
// Paths are absolute device paths ("/lib/x.py"); the runtime resolves the current directory
// with Resolve before calling in. A relative path is taken relative to the root.
package vfs
