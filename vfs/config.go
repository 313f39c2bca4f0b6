package vfs

import (
	"fmt"
	"time"
)

// Model is a filesystem's durability model: what a power cut leaves behind.
type Model int

const (
	// LittleFS is littlefs v2 as MicroPython configures it (the default on ESP32 and RP2).
	LittleFS Model = iota
	// FAT is FatFs (oofatfs) on a NOR flash block device.
	FAT
)

// String returns the model's name as the CLI spells it ("littlefs", "fat").
func (m Model) String() string {
	switch m {
	case LittleFS:
		return "littlefs"
	case FAT:
		return "fat"
	}
	return fmt.Sprintf("Model(%d)", int(m))
}

// ParseModel turns "littlefs" or "fat" into a Model.
func ParseModel(s string) (Model, error) {
	switch s {
	case "littlefs", "lfs", "lfs2", "":
		return LittleFS, nil
	case "fat", "vfat":
		return FAT, nil
	}
	return 0, fmt.Errorf("vfs: unknown filesystem model %q (want littlefs or fat)", s)
}

// Config describes a board's flash filesystem. It is immutable once given to New.
type Config struct {
	// Size of the filesystem in bytes (e.g. 212*4096 for a Pico W).
	Size int64
	// BlockSize is the erase block size, 4096 unless set.
	BlockSize int64
	// Model is the durability model, LittleFS unless set.
	Model Model
	// NameMax is the longest file name in bytes, 255 unless set.
	NameMax int
	// Now is the device clock used for mtimes; nil means the zero time (mtime 0).
	Now func() time.Time
}

const (
	minBlocks = 6
	// lfsCacheSize is MicroPython's littlefs cache: 4*max(read_size, prog_size) = 4*32.
	lfsCacheSize = 128
	// fatSector is the FAT sector size used when modelling partial erase-block rewrites.
	fatSector = 512
	// fatRootEntries is the fixed root directory of FAT12/16 made by f_mkfs.
	fatRootEntries = 512
)

func (c Config) withDefaults() (Config, error) {
	if c.BlockSize == 0 {
		c.BlockSize = 4096
	}
	if c.NameMax == 0 {
		c.NameMax = 255
	}
	if c.BlockSize < 512 || c.BlockSize&(c.BlockSize-1) != 0 {
		return c, fmt.Errorf("vfs: block size %d: want a power of two of at least 512", c.BlockSize)
	}
	if c.Model != LittleFS && c.Model != FAT {
		return c, fmt.Errorf("vfs: unknown model %d", int(c.Model))
	}
	if c.Size%c.BlockSize != 0 || c.Size/c.BlockSize < minBlocks {
		return c, fmt.Errorf("vfs: size %d: want a multiple of the block size %d, at least %d blocks", c.Size, c.BlockSize, minBlocks)
	}
	if c.NameMax < 1 || c.NameMax > 1022 {
		return c, fmt.Errorf("vfs: name limit %d out of range 1..1022", c.NameMax)
	}
	return c, nil
}
