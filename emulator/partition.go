package emulator

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"sync"
)

// The ESP32's flash outside the filesystem: the partition table of MicroPython's ESP32 boards
// (ports/esp32/partitions-4MiBplus.csv for ESP32_GENERIC, partitions-4MiB-ota.csv for the OTA
// variant, v1.27.0), the app images in it, otadata, and ESP-IDF's (v5.5.1, the version 1.27
// builds with) bootloader and esp_ota_ops rules over them: image verification
// (esp_image_format.c), otadata selection and the rollback state machine
// (bootloader_utility.c, bootloader_common_loader.c, esp_ota_ops.c; MicroPython's
// boards/sdkconfig.base sets CONFIG_BOOTLOADER_APP_ROLLBACK_ENABLE and
// CONFIG_BOOTLOADER_SKIP_VALIDATE_IN_DEEP_SLEEP).
//
// The filesystem partition ("vfs", registered by MicroPython's main.c over the flash after the
// last partition) is the vfs.Flash, not raw bytes here: Partition.writeblocks and erase on it
// are refused as on a read-only partition (ESP_ERR_NOT_ALLOWED) and readblocks as unsupported
// (ESP_ERR_NOT_SUPPORTED). On a board they would reach the filesystem's blocks.

// SectorSize is the flash erase unit (SPI_FLASH_SEC_SIZE).
const SectorSize = 4096

// flashSize is the ESP32_GENERIC boards' flash (4 MiB).
const flashSize = 4 << 20

// Partition types and subtypes (esp_partition.h).
const (
	PartTypeApp  = 0
	PartTypeData = 1

	PartSubtypeFactory = 0x00
	PartSubtypeOTA0    = 0x10
	PartSubtypeOTAData = 0x00
	PartSubtypePhy     = 0x01
	PartSubtypeNVS     = 0x02
	PartSubtypeFAT     = 0x81
	PartSubtypeAny     = 0xff
)

// ESPError is an ESP-IDF esp_err_t, as MicroPython's check_esp_err turns it into OSError.
type ESPError int

// The esp_err_t values the partition code returns (esp_err.h, esp_ota_ops.h,
// esp_image_format.h).
const (
	ErrESPFail              ESPError = -1
	ErrESPNoMem             ESPError = 0x101
	ErrESPInvalidArg        ESPError = 0x102
	ErrESPInvalidState      ESPError = 0x103
	ErrESPInvalidSize       ESPError = 0x104
	ErrESPNotFound          ESPError = 0x105
	ErrESPNotSupported      ESPError = 0x106
	ErrESPNotAllowed        ESPError = 0x10D
	ErrESPOTAValidateFailed ESPError = 0x1503
	ErrESPImageInvalid      ESPError = 0x2002
)

var espErrNames = map[ESPError]string{
	ErrESPFail: "ESP_FAIL", ErrESPNoMem: "ESP_ERR_NO_MEM", ErrESPInvalidArg: "ESP_ERR_INVALID_ARG",
	ErrESPInvalidState: "ESP_ERR_INVALID_STATE", ErrESPInvalidSize: "ESP_ERR_INVALID_SIZE",
	ErrESPNotFound: "ESP_ERR_NOT_FOUND", ErrESPNotSupported: "ESP_ERR_NOT_SUPPORTED",
	ErrESPNotAllowed: "ESP_ERR_NOT_ALLOWED", ErrESPOTAValidateFailed: "ESP_ERR_OTA_VALIDATE_FAILED",
	ErrESPImageInvalid: "ESP_ERR_IMAGE_INVALID",
}

// Error is esp_err_to_name.
func (e ESPError) Error() string {
	if n, ok := espErrNames[e]; ok {
		return n
	}
	return fmt.Sprintf("ESP_ERR_0x%x", int(e))
}

// ESPError returns the code and its name (how the esp32 module recognises it).
func (e ESPError) ESPError() (int, string) { return int(e), e.Error() }

// Partition is one entry of the partition table.
type Partition struct {
	Label         string
	Type, Subtype int
	Addr, Size    uint32
	// FS marks the filesystem partition ("vfs"): its contents are the vfs.Flash.
	FS bool
}

// OTA image states (esp_flash_partitions.h, esp_ota_img_states_t).
const (
	OTAImgNew           = 0x0
	OTAImgPendingVerify = 0x1
	OTAImgValid         = 0x2
	OTAImgInvalid       = 0x3
	OTAImgAborted       = 0x4
	OTAImgUndefined     = 0xFFFFFFFF
)

// OTAStateName names an otadata state.
func OTAStateName(s uint32) string {
	switch s {
	case OTAImgNew:
		return "new"
	case OTAImgPendingVerify:
		return "pending verify"
	case OTAImgValid:
		return "valid"
	case OTAImgInvalid:
		return "invalid"
	case OTAImgAborted:
		return "aborted"
	case OTAImgUndefined:
		return "undefined"
	}
	return fmt.Sprintf("state 0x%x", s)
}

// OTASelectEntry is esp_ota_select_entry_t: 32 bytes at the start of each otadata sector.
type OTASelectEntry struct {
	Seq      uint32
	SeqLabel [20]byte
	State    uint32
	CRC      uint32
}

const otaEntrySize = 32

func decodeOTAEntry(b []byte) OTASelectEntry {
	var e OTASelectEntry
	e.Seq = binary.LittleEndian.Uint32(b[0:])
	copy(e.SeqLabel[:], b[4:24])
	e.State = binary.LittleEndian.Uint32(b[24:])
	e.CRC = binary.LittleEndian.Uint32(b[28:])
	return e
}

func (e OTASelectEntry) encode() []byte {
	b := make([]byte, otaEntrySize)
	binary.LittleEndian.PutUint32(b[0:], e.Seq)
	copy(b[4:24], e.SeqLabel[:])
	binary.LittleEndian.PutUint32(b[24:], e.State)
	binary.LittleEndian.PutUint32(b[28:], e.CRC)
	return b
}

// otaSelectCRC is bootloader_common_ota_select_crc: esp_rom_crc32_le(UINT32_MAX, &ota_seq, 4).
func otaSelectCRC(seq uint32) uint32 {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], seq)
	return crc32.Update(0xFFFFFFFF, crc32.IEEETable, b[:])
}

// invalid is bootloader_common_ota_select_invalid (the CRC is not looked at).
func (e OTASelectEntry) invalid() bool {
	return e.Seq == 0xFFFFFFFF || e.State == OTAImgInvalid || e.State == OTAImgAborted
}

// valid is bootloader_common_ota_select_valid.
func (e OTASelectEntry) valid() bool { return !e.invalid() && e.CRC == otaSelectCRC(e.Seq) }

// initial is "ota_seq all-0xFF or a bad CRC" (the bootloader then writes an actual seq).
func (e OTASelectEntry) initial() bool { return e.Seq == 0xFFFFFFFF || e.CRC != otaSelectCRC(e.Seq) }

// activeOTAData is bootloader_common_get_active_otadata: the valid entry with the higher
// sequence number, -1 if neither is valid.
func activeOTAData(e [2]OTASelectEntry) int {
	v0, v1 := e[0].valid(), e[1].valid()
	switch {
	case v0 && v1:
		if e[0].Seq >= e[1].Seq {
			return 0
		}
		return 1
	case v0:
		return 0
	case v1:
		return 1
	}
	return -1
}

type sector [SectorSize]byte

// xorBytes is the XOR of all bytes (the image checksum), eight at a time.
func xorBytes(b []byte) byte {
	var w uint64
	for len(b) >= 8 {
		w ^= binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	var x byte
	for _, c := range b {
		x ^= c
	}
	for i := 0; i < 8; i++ {
		x ^= byte(w >> (8 * i))
	}
	return x
}

// verifyCache remembers image verifications by the identity of the partition's sectors, shared
// by a Partitions and all its snapshots (a sweep boots thousands of them; verifying a 1 MiB
// image costs milliseconds). Sectors are immutable once they are not owned, and verification
// gives up ownership of the ones it read, so equal pointers mean equal contents.
type verifyCache struct {
	mu      sync.Mutex
	entries []verifyEntry
}

type verifyEntry struct {
	part    int
	sectors []*sector
	img     AppImage
	err     error
}

const verifyCacheSize = 16

func (c *verifyCache) get(part int, sectors []*sector) (verifyEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.entries {
		if e.part != part || len(e.sectors) != len(sectors) {
			continue
		}
		same := true
		for i := range sectors {
			if sectors[i] != e.sectors[i] {
				same = false
				break
			}
		}
		if same {
			return e, true
		}
	}
	return verifyEntry{}, false
}

func (c *verifyCache) put(e verifyEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) == verifyCacheSize {
		c.entries = c.entries[1:]
	}
	c.entries = append(c.entries, e)
}

// Partitions is an ESP32's partition table and the raw flash of its partitions (everything
// but the filesystem), with the bootloader that chooses the app at power-on. It implements
// RawFlash. Writes are durable as they happen and follow NOR rules: erase sets a 4 KiB sector
// to 0xFF, a write can only clear bits.
//
// Its flash is copy on write per sector: Snapshot shares every sector with the copy and
// whichever of the two writes a shared sector first copies it (a snapshot costs one pointer and
// one flag per sector of the raw area, 784 on the 4 MiB boards).
type Partitions struct {
	table   []Partition // immutable, shared by snapshots
	sectors []*sector   // by absolute sector number; nil is erased
	owned   []bool      // the sector is not shared with a snapshot
	cache   *verifyCache
	// running is the table index of the app the bootloader started, -1 for none;
	// retained the one kept in RTC memory for a deep-sleep wake (survives resets, not
	// power cuts: a Snapshot is the state a cut leaves, so it does not keep it).
	running, retained int
}

// PartitionTable returns the board's partition table: MicroPython's CSV for the board, plus
// the "vfs" filesystem partition main.c registers from the end of the last partition to the
// end of the 4 MiB flash.
func PartitionTable(b Board) []Partition {
	var t []Partition
	if b.OTA {
		t = []Partition{
			{Label: "nvs", Type: PartTypeData, Subtype: PartSubtypeNVS, Addr: 0x9000, Size: 0x4000},
			{Label: "otadata", Type: PartTypeData, Subtype: PartSubtypeOTAData, Addr: 0xd000, Size: 0x2000},
			{Label: "phy_init", Type: PartTypeData, Subtype: PartSubtypePhy, Addr: 0xf000, Size: 0x1000},
			{Label: "ota_0", Type: PartTypeApp, Subtype: PartSubtypeOTA0, Addr: 0x10000, Size: 0x180000},
			{Label: "ota_1", Type: PartTypeApp, Subtype: PartSubtypeOTA0 + 1, Addr: 0x190000, Size: 0x180000},
		}
	} else {
		t = []Partition{
			{Label: "nvs", Type: PartTypeData, Subtype: PartSubtypeNVS, Addr: 0x9000, Size: 0x6000},
			{Label: "phy_init", Type: PartTypeData, Subtype: PartSubtypePhy, Addr: 0xf000, Size: 0x1000},
			{Label: "factory", Type: PartTypeApp, Subtype: PartSubtypeFactory, Addr: 0x10000, Size: 0x1F0000},
		}
	}
	last := t[len(t)-1]
	end := last.Addr + last.Size
	t = append(t, Partition{Label: "vfs", Type: PartTypeData, Subtype: PartSubtypeFAT, Addr: end, Size: flashSize - end, FS: true})
	return t
}

// NewPartitions returns the flash of a freshly flashed board: the app image in the factory
// partition (ESP32_GENERIC) or ota_0 (the OTA variant), otadata, nvs and phy_init erased (as
// esptool leaves them with ota_data_initial.bin). A nil image is MakeAppImage("1.0.0", 64 KiB).
func NewPartitions(b Board, image []byte) (*Partitions, error) {
	if image == nil {
		image = MakeAppImage("1.0.0", 64<<10)
	}
	p := &Partitions{table: PartitionTable(b), running: -1, retained: -1, cache: &verifyCache{}}
	end := uint32(0)
	for _, part := range p.table {
		if !part.FS && part.Addr+part.Size > end {
			end = part.Addr + part.Size
		}
	}
	p.sectors = make([]*sector, end/SectorSize)
	p.owned = make([]bool, len(p.sectors))
	app := p.firstApp()
	if app < 0 {
		return nil, fmt.Errorf("partitions: board %s has no app partition", b.Name)
	}
	part := p.table[app]
	if uint32(len(image)) > part.Size {
		return nil, fmt.Errorf("partitions: image of %d bytes does not fit %s (%d bytes)", len(image), part.Label, part.Size)
	}
	p.write(part.Addr, image)
	return p, nil
}

// firstApp is the app the bootloader defaults to: factory, else ota_0.
func (p *Partitions) firstApp() int {
	if i := p.Find(PartTypeApp, PartSubtypeFactory, ""); len(i) > 0 {
		return i[0]
	}
	if i := p.Find(PartTypeApp, PartSubtypeOTA0, ""); len(i) > 0 {
		return i[0]
	}
	return -1
}

// Table is the partition table.
func (p *Partitions) Table() []Partition { return p.table }

// Find is esp_partition_find: the indexes of the partitions of a type with a subtype
// (PartSubtypeAny for any) and a label ("" for any), in table order.
func (p *Partitions) Find(typ, subtype int, label string) []int {
	var out []int
	for i, part := range p.table {
		if part.Type == typ && (subtype == PartSubtypeAny || part.Subtype == subtype) && (label == "" || part.Label == label) {
			out = append(out, i)
		}
	}
	return out
}

// Snapshot is the flash as a power cut leaves it now (RawFlash). The bootloader's choice is
// copied too; the deep-sleep retained app is not (RTC memory does not survive a power cut).
func (p *Partitions) Snapshot() RawFlash {
	for i := range p.owned {
		p.owned[i] = false
	}
	return &Partitions{table: p.table, sectors: append([]*sector(nil), p.sectors...),
		owned: make([]bool, len(p.owned)), running: p.running, retained: -1, cache: p.cache}
}

// read copies flash bytes at an absolute address (erased bytes read 0xFF).
func (p *Partitions) read(addr uint32, buf []byte) {
	for len(buf) > 0 {
		n := int(addr / SectorSize)
		off := int(addr % SectorSize)
		k := min(len(buf), SectorSize-off)
		if n >= len(p.sectors) || p.sectors[n] == nil {
			for i := range buf[:k] {
				buf[i] = 0xFF
			}
		} else {
			copy(buf[:k], p.sectors[n][off:off+k])
		}
		buf = buf[k:]
		addr += uint32(k)
	}
}

// writable returns sector n, owned by p (copied if shared, made if erased).
func (p *Partitions) writable(n int) *sector {
	s := p.sectors[n]
	switch {
	case s == nil:
		s = new(sector)
		for i := range s {
			s[i] = 0xFF
		}
	case !p.owned[n]:
		c := *s
		s = &c
	default:
		return s
	}
	p.sectors[n] = s
	p.owned[n] = true
	return s
}

// write programs bytes at an absolute address: NOR flash only clears bits.
func (p *Partitions) write(addr uint32, data []byte) {
	for len(data) > 0 {
		n := int(addr / SectorSize)
		off := int(addr % SectorSize)
		k := min(len(data), SectorSize-off)
		s := p.writable(n)
		for i, b := range data[:k] {
			s[off+i] &= b
		}
		data = data[k:]
		addr += uint32(k)
	}
}

// eraseSector sets one sector to 0xFF.
func (p *Partitions) eraseSector(addr uint32) {
	n := int(addr / SectorSize)
	p.sectors[n] = nil
	p.owned[n] = false
}

// RawOpFunc is told of every raw operation once it has reached the flash: kind "erase" or
// "write", on a partition, of n bytes (a Device records it and may cut power there).
type RawOpFunc func(part Partition, kind string, n int)

// Read is esp_partition_read.
func (p *Partitions) Read(i int, off uint32, buf []byte) error {
	part := p.table[i]
	if part.FS {
		return ErrESPNotSupported
	}
	if off > part.Size {
		return ErrESPInvalidArg
	}
	if uint64(len(buf)) > uint64(part.Size-off) {
		return ErrESPInvalidSize
	}
	p.read(part.Addr+off, buf)
	return nil
}

// Write is esp_partition_write: one operation per sector the data touches.
func (p *Partitions) Write(i int, off uint32, data []byte, onOp RawOpFunc) error {
	part := p.table[i]
	if part.FS {
		return ErrESPNotAllowed
	}
	if off > part.Size {
		return ErrESPInvalidArg
	}
	if uint64(len(data)) > uint64(part.Size-off) {
		return ErrESPInvalidSize
	}
	addr := part.Addr + off
	for len(data) > 0 {
		k := min(len(data), SectorSize-int(addr%SectorSize))
		p.write(addr, data[:k])
		if onOp != nil {
			onOp(part, "write", k)
		}
		data = data[k:]
		addr += uint32(k)
	}
	return nil
}

// Erase is esp_partition_erase_range: one operation per sector.
func (p *Partitions) Erase(i int, off, size uint32, onOp RawOpFunc) error {
	part := p.table[i]
	if part.FS {
		return ErrESPNotAllowed
	}
	if off > part.Size {
		return ErrESPInvalidArg
	}
	if size > part.Size-off || size%SectorSize != 0 {
		return ErrESPInvalidSize
	}
	if off%SectorSize != 0 {
		return ErrESPInvalidArg
	}
	for a := part.Addr + off; a < part.Addr+off+size; a += SectorSize {
		p.eraseSector(a)
		if onOp != nil {
			onOp(part, "erase", SectorSize)
		}
	}
	return nil
}

// Running is the table index of the app the bootloader started (-1: none was bootable).
func (p *Partitions) Running() int { return p.running }

// RunningLabel is the running app partition's label ("" when none booted).
func (p *Partitions) RunningLabel() string {
	if p.running < 0 {
		return ""
	}
	return p.table[p.running].Label
}

// AppVersion is the version string of the esp_app_desc_t of the image in app partition i
// ("" if there is no app description).
func (p *Partitions) AppVersion(i int) string {
	var d [256]byte
	p.read(p.table[i].Addr+0x20, d[:])
	if binary.LittleEndian.Uint32(d[:]) != appDescMagic {
		return ""
	}
	return cString(d[16:48])
}

// RunningVersion is the running firmware's version ("" when none booted).
func (p *Partitions) RunningVersion() string {
	if p.running < 0 {
		return ""
	}
	return p.AppVersion(p.running)
}

func cString(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// OTAData reads the two otadata entries (ok false if the board has no otadata partition).
func (p *Partitions) OTAData() (e [2]OTASelectEntry, part int, ok bool) {
	idx := p.Find(PartTypeData, PartSubtypeOTAData, "")
	if len(idx) == 0 {
		return e, -1, false
	}
	od := p.table[idx[0]]
	var b [otaEntrySize]byte
	for s := range 2 {
		p.read(od.Addr+uint32(s)*SectorSize, b[:])
		e[s] = decodeOTAEntry(b[:])
	}
	return e, idx[0], true
}

// otaApps are the table indexes of ota_0, ota_1, ... (esp_ota_get_app_partition_count).
func (p *Partitions) otaApps() []int {
	var out []int
	for n := 0; n < 16; n++ {
		idx := p.Find(PartTypeApp, PartSubtypeOTA0+n, "")
		if len(idx) == 0 {
			break
		}
		out = append(out, idx[0])
	}
	return out
}

// writeOTAEntry is rewrite_ota_seq / the bootloader's write_otadata: erase the entry's sector,
// then write the 32-byte entry (two operations).
func (p *Partitions) writeOTAEntry(od, s int, e OTASelectEntry, onOp RawOpFunc) error {
	if err := p.Erase(od, uint32(s)*SectorSize, SectorSize, onOp); err != nil {
		return err
	}
	return p.Write(od, uint32(s)*SectorSize, e.encode(), onOp)
}

// BootPartition is esp_ota_get_boot_partition: the app otadata selects (the default app when
// it selects none).
func (p *Partitions) BootPartition() int {
	e, _, ok := p.OTAData()
	apps := p.otaApps()
	if !ok {
		return p.firstApp()
	}
	if (e[0].invalid() && e[1].invalid()) || len(apps) == 0 {
		return p.firstApp()
	}
	a := activeOTAData(e)
	if a < 0 {
		return p.firstApp()
	}
	return apps[(e[a].Seq-1)%uint32(len(apps))]
}

// NextUpdate is esp_ota_get_next_update_partition from the running app: the OTA app slot after
// it, or the first one; -1 when the table has no OTA slots (esp32.Partition raises ENOENT).
func (p *Partitions) NextUpdate(from int) int {
	apps := p.otaApps()
	if len(apps) == 0 {
		return -1
	}
	for k, i := range apps {
		if i == from && k+1 < len(apps) {
			return apps[k+1]
		}
	}
	return apps[0]
}

// SetBoot is esp_ota_set_boot_partition: verify the image (ESP_ERR_OTA_VALIDATE_FAILED),
// then for the factory app erase otadata, for an OTA slot write the otadata entry that is not
// active with the next sequence number that selects it and state NEW (erase, then write: a
// cut in between leaves the other entry, so the previous app still boots).
func (p *Partitions) SetBoot(i int, onOp RawOpFunc) error {
	part := p.table[i]
	if part.Type != PartTypeApp {
		return ErrESPInvalidArg
	}
	if _, err := p.VerifyImage(i); err != nil {
		return ErrESPOTAValidateFailed
	}
	e, od, ok := p.OTAData()
	if !ok {
		return ErrESPNotFound
	}
	if part.Subtype == PartSubtypeFactory {
		return p.Erase(od, 0, p.table[od].Size, onOp)
	}
	apps := p.otaApps()
	n := uint32(len(apps))
	slot := uint32(part.Subtype & 0x0F)
	if slot >= n {
		return ErrESPInvalidArg
	}
	a := activeOTAData(e)
	if a == -1 {
		e[0].State = OTAImgNew
		e[0].Seq = slot + 1
		e[0].CRC = otaSelectCRC(e[0].Seq)
		return p.writeOTAEntry(od, 0, e[0], onOp)
	}
	seq := e[a].Seq
	k := uint32(0)
	for seq > (slot+1)%n+k*n {
		k++
	}
	next := a ^ 1
	e[next].State = OTAImgNew
	e[next].Seq = (slot+1)%n + k*n
	e[next].CRC = otaSelectCRC(e[next].Seq)
	return p.writeOTAEntry(od, next, e[next], onOp)
}

// MarkAppValid is esp_ota_mark_app_valid_cancel_rollback: the active otadata entry becomes
// VALID (rewritten only if it was not). No otadata: ESP_ERR_NOT_FOUND; no active entry (the
// factory app, a blank otadata): ESP_FAIL.
func (p *Partitions) MarkAppValid(onOp RawOpFunc) error {
	e, od, ok := p.OTAData()
	if !ok {
		return ErrESPNotFound
	}
	a := activeOTAData(e)
	if a == -1 || len(p.otaApps()) == 0 {
		return ErrESPFail
	}
	if e[a].State == OTAImgValid {
		return nil
	}
	e[a].State = OTAImgValid
	e[a].CRC = otaSelectCRC(e[a].Seq)
	return p.writeOTAEntry(od, a, e[a], onOp)
}

// The image format (esp_app_format.h, esp_app_desc.h).
const (
	imageMagic     = 0xE9
	appDescMagic   = 0xABCD5432
	maxSegments    = 16
	chipRevision   = 301 // the emulated chip: ESP32 v3.1 (min/max_chip_rev_full are checked against it)
	checksumInit   = 0xEF
	imageHeaderLen = 24
	segHeaderLen   = 8
)

// AppImage is what verification learned about an image.
type AppImage struct {
	// Len is the image's length including checksum and appended hash.
	Len int
	// Version and Project come from the esp_app_desc_t ("" without one).
	Version, Project string
}

func shouldMap(addr uint32) bool {
	return (addr >= 0x400D0000 && addr < 0x40400000) || (addr >= 0x3F400000 && addr < 0x3F800000)
}

// VerifyImage is esp_image_verify on app partition i: header magic, chip id and revision,
// segment count, segment headers (length aligned, flash-mapped segments at a load address
// congruent to their flash offset modulo the 64 KiB MMU page), the XOR checksum byte (seeded
// 0xEF, at the end of 16-byte padding), the appended SHA-256 when hash_appended is set, and the
// whole image fitting the partition. It returns ESP_ERR_IMAGE_INVALID (or ESP_FAIL for a chip
// mismatch) on failure.
func (p *Partitions) VerifyImage(i int) (AppImage, error) {
	part := p.table[i]
	if part.FS {
		return AppImage{}, ErrESPImageInvalid
	}
	first, last := int(part.Addr/SectorSize), int((part.Addr+part.Size)/SectorSize)
	for n := first; n < last; n++ {
		p.owned[n] = false // later writes copy: the pointers identify the contents
	}
	key := append([]*sector(nil), p.sectors[first:last]...)
	if e, ok := p.cache.get(i, key); ok {
		return e.img, e.err
	}
	img, err := p.verifyImage(i)
	p.cache.put(verifyEntry{part: i, sectors: key, img: img, err: err})
	return img, err
}

func (p *Partitions) verifyImage(i int) (AppImage, error) {
	part := p.table[i]
	if part.FS {
		return AppImage{}, ErrESPImageInvalid
	}
	var hdr [imageHeaderLen]byte
	p.read(part.Addr, hdr[:])
	if hdr[0] != imageMagic {
		return AppImage{}, ErrESPImageInvalid
	}
	chipID := binary.LittleEndian.Uint16(hdr[12:])
	minRev := binary.LittleEndian.Uint16(hdr[15:])
	maxRev := binary.LittleEndian.Uint16(hdr[17:])
	if chipID != 0 || minRev > chipRevision || (maxRev != 0 && maxRev != 0xFFFF && chipRevision > maxRev) {
		return AppImage{}, ErrESPFail
	}
	if hdr[1] > maxSegments {
		return AppImage{}, ErrESPImageInvalid
	}
	hashed := hdr[23] != 0
	h := sha256.New()
	h.Write(hdr[:])
	pos := uint32(imageHeaderLen)
	var sum byte = checksumInit
	buf := make([]byte, 64<<10)
	for s := 0; s < int(hdr[1]); s++ {
		if pos+segHeaderLen > part.Size {
			return AppImage{}, ErrESPImageInvalid
		}
		var sh [segHeaderLen]byte
		p.read(part.Addr+pos, sh[:])
		h.Write(sh[:])
		load := binary.LittleEndian.Uint32(sh[0:])
		n := binary.LittleEndian.Uint32(sh[4:])
		pos += segHeaderLen
		if n&3 != 0 || n >= 0x1000000 || n > part.Size-pos {
			return AppImage{}, ErrESPImageInvalid
		}
		if shouldMap(load) && (part.Addr+pos)%0x10000 != load%0x10000 {
			return AppImage{}, ErrESPImageInvalid
		}
		for left := n; left > 0; {
			k := min(left, uint32(len(buf)))
			p.read(part.Addr+pos, buf[:k])
			sum ^= xorBytes(buf[:k])
			h.Write(buf[:k])
			pos += k
			left -= k
		}
	}
	pad := (pos+1+15)&^15 - pos
	if pos+pad > part.Size {
		return AppImage{}, ErrESPImageInvalid
	}
	tail := make([]byte, pad)
	p.read(part.Addr+pos, tail)
	if tail[pad-1] != sum {
		return AppImage{}, ErrESPImageInvalid
	}
	h.Write(tail)
	pos += pad
	if hashed {
		if pos+sha256.Size > part.Size {
			return AppImage{}, ErrESPImageInvalid
		}
		digest := make([]byte, sha256.Size)
		p.read(part.Addr+pos, digest)
		pos += sha256.Size
		if !bytes.Equal(digest, h.Sum(nil)) {
			return AppImage{}, ErrESPImageInvalid
		}
	}
	img := AppImage{Len: int(pos)}
	var d [256]byte
	p.read(part.Addr+0x20, d[:])
	if binary.LittleEndian.Uint32(d[:]) == appDescMagic {
		img.Version, img.Project = cString(d[16:48]), cString(d[48:80])
	}
	return img, nil
}

// MakeAppImage builds a valid ESP32 app image of at most size bytes (at least about 350):
// one flash-mapped data segment whose first 256 bytes are the esp_app_desc_t (version, project
// "micropython", IDF v5.5.1), the rest deterministic filler derived from the version, then the
// checksum and the appended SHA-256, as esptool's elf2image lays them out.
func MakeAppImage(version string, size int) []byte {
	const overhead = imageHeaderLen + segHeaderLen + 16 + sha256.Size
	n := max((size-overhead)&^3, 256)
	img := make([]byte, 0, n+overhead)
	hdr := make([]byte, imageHeaderLen)
	hdr[0] = imageMagic
	hdr[1] = 1    // segment count
	hdr[2] = 2    // DIO
	hdr[3] = 0x20 // 4 MB, 40 MHz
	binary.LittleEndian.PutUint32(hdr[4:], 0x40080400)
	hdr[8] = 0xEE
	binary.LittleEndian.PutUint16(hdr[17:], 399) // max chip rev v3.99
	hdr[23] = 1                                  // hash appended
	img = append(img, hdr...)
	seg := make([]byte, segHeaderLen)
	binary.LittleEndian.PutUint32(seg[0:], 0x3F400020)
	binary.LittleEndian.PutUint32(seg[4:], uint32(n))
	img = append(img, seg...)
	data := make([]byte, n)
	binary.LittleEndian.PutUint32(data[0:], appDescMagic)
	copy(data[16:47], version)
	copy(data[48:79], "micropython")
	copy(data[80:95], "00:00:00")
	copy(data[96:111], "Jan  1 2025")
	copy(data[112:143], "v5.5.1")
	elf := sha256.Sum256([]byte("elf " + version))
	copy(data[144:176], elf[:])
	fill := sha256.Sum256([]byte("filler " + version))
	for i := 256; i < n; i++ {
		if (i-256)%32 == 0 {
			fill = sha256.Sum256(fill[:])
		}
		data[i] = fill[(i-256)%32]
	}
	img = append(img, data...)
	sum := byte(checksumInit)
	for _, b := range data {
		sum ^= b
	}
	pad := (len(img)+1+15)&^15 - len(img)
	tail := make([]byte, pad)
	tail[pad-1] = sum
	img = append(img, tail...)
	digest := sha256.Sum256(img)
	return append(img, digest[:]...)
}

// bootable verifies app partition i as the bootloader does before starting it.
func (p *Partitions) bootable(i int) (AppImage, bool) {
	if i < 0 {
		return AppImage{}, false
	}
	img, err := p.VerifyImage(i)
	return img, err == nil
}

// PowerOn is the second-stage bootloader (RawFlash): with rollback enabled, an otadata entry
// still PENDING_VERIFY becomes ABORTED (its app was started once and never confirmed); the
// valid entry with the highest sequence number selects the app ((seq-1) mod app count),
// a NEW entry becomes PENDING_VERIFY; both entries blank selects the factory app or ota_0
// (then otadata[0] is written VALID). An app that fails verification is skipped: the
// bootloader tries the slots below it, then those above. A wake from deep sleep starts the
// app it last started without verifying anything or touching otadata
// (CONFIG_BOOTLOADER_SKIP_VALIDATE_IN_DEEP_SLEEP). Its own otadata writes are not operations
// of the run's log (no program runs yet, so no power cut is placed on them).
func (p *Partitions) PowerOn(resetCause int) string {
	if resetCause == DeepSleepReset && p.retained >= 0 {
		var hdr [1]byte
		p.read(p.table[p.retained].Addr, hdr[:])
		if hdr[0] == imageMagic {
			p.running = p.retained
			return fmt.Sprintf("deep-sleep wake: boot %s (version %s) without verification", p.table[p.running].Label, p.AppVersion(p.running))
		}
	}
	p.running = -1
	var notes []string
	start := p.firstApp()
	state := ""
	initial := false
	apps := p.otaApps()
	e, od, ok := p.OTAData()
	if ok {
		for s := range 2 {
			if e[s].State == OTAImgPendingVerify {
				e[s].State = OTAImgAborted
				_ = p.writeOTAEntry(od, s, e[s], nil)
				if len(apps) > 0 && e[s].Seq != 0xFFFFFFFF {
					notes = append(notes, fmt.Sprintf("rollback: %s was not confirmed (aborted)", p.table[apps[(e[s].Seq-1)%uint32(len(apps))]].Label))
				}
			}
		}
		switch {
		case (e[0].invalid() && e[1].invalid()) || len(apps) == 0:
			if len(p.Find(PartTypeApp, PartSubtypeFactory, "")) == 0 {
				initial = e[0].initial() && e[1].initial()
			}
		default:
			a := activeOTAData(e)
			if a >= 0 {
				start = apps[(e[a].Seq-1)%uint32(len(apps))]
				if e[a].State == OTAImgNew {
					e[a].State = OTAImgPendingVerify
					_ = p.writeOTAEntry(od, a, e[a], nil)
				}
				state = OTAStateName(e[a].State)
			} else {
				notes = append(notes, "otadata invalid")
				start = -1
			}
		}
	}
	// bootloader_utility_load_boot_image: start, then down to factory, then up
	order := p.bootOrder(start, apps)
	for k, i := range order {
		img, good := p.bootable(i)
		if !good {
			notes = append(notes, p.table[i].Label+" is not bootable (invalid image)")
			continue
		}
		st := ""
		if k == 0 {
			st = state
		}
		if initial && p.table[i].Type == PartTypeApp && p.table[i].Subtype >= PartSubtypeOTA0 {
			ent := OTASelectEntry{Seq: uint32(p.table[i].Subtype-PartSubtypeOTA0) + 1, State: OTAImgValid}
			for j := range ent.SeqLabel {
				ent.SeqLabel[j] = 0xFF
			}
			ent.CRC = otaSelectCRC(ent.Seq)
			_ = p.writeOTAEntry(od, 0, ent, nil)
			st = "valid, otadata initialised"
		}
		p.running, p.retained = i, i
		line := fmt.Sprintf("boot %s (version %s", p.table[i].Label, img.Version)
		if st != "" {
			line += ", " + st
		}
		line += ")"
		notes = append(notes, line)
		return joinNotes(notes)
	}
	notes = append(notes, "no bootable app partition: the bootloader resets forever")
	return joinNotes(notes)
}

func (p *Partitions) bootOrder(start int, apps []int) []int {
	factory := p.Find(PartTypeApp, PartSubtypeFactory, "")
	var order []int
	slot := -1
	for k, i := range apps {
		if i == start {
			slot = k
		}
	}
	for k := slot; k >= 0; k-- {
		order = append(order, apps[k])
	}
	order = append(order, factory...)
	for k := slot + 1; k < len(apps); k++ {
		order = append(order, apps[k])
	}
	return order
}

func joinNotes(n []string) string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += "; "
		}
		out += s
	}
	return out
}
