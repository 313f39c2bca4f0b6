package emulator

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// The Device's side of the esp32 module (esp32.Partition) and of the machine module's
// hardware (WDT, RTC, sleep): small methods over Device.Raw (a *Partitions on ESP32 boards)
// and the virtual clock, reached by emulator/modules through interfaces.

// errNoPartitions is returned when the device has no partition table (Device.Raw is not a
// *Partitions).
var errNoPartitions = errors.New("esp32: this device has no partition table (Device.Raw is not set)")

// Partitions is the ESP32 partition table and raw flash of the device, nil if it has none.
func (d *Device) Partitions() *Partitions {
	p, _ := d.Raw.(*Partitions)
	return p
}

func (d *Device) parts() (*Partitions, error) {
	p := d.Partitions()
	if p == nil {
		return nil, errNoPartitions
	}
	return p, nil
}

// FirmwareVersion is the version in the app description of the firmware the bootloader
// started ("" if the board has no partition table, or nothing was bootable).
func (d *Device) FirmwareVersion() string {
	if p := d.Partitions(); p != nil {
		return p.RunningVersion()
	}
	return ""
}

// PartitionCount is the number of partitions in the table.
func (d *Device) PartitionCount() (int, error) {
	p, err := d.parts()
	if err != nil {
		return 0, err
	}
	return len(p.table), nil
}

// PartitionInfo describes partition i as esp32.Partition.info() does.
func (d *Device) PartitionInfo(i int) (typ, subtype int, addr, size uint32, label string) {
	part := d.Partitions().table[i]
	return part.Type, part.Subtype, part.Addr, part.Size, part.Label
}

// PartitionFind is esp_partition_find (subtype 0xff and label "" match any).
func (d *Device) PartitionFind(typ, subtype int, label string) ([]int, error) {
	p, err := d.parts()
	if err != nil {
		return nil, err
	}
	return p.Find(typ, subtype, label), nil
}

// PartitionByLabel is esp32.Partition("label"): an app partition of that label, else a data one
// (-1 for none).
func (d *Device) PartitionByLabel(label string) (int, error) {
	p, err := d.parts()
	if err != nil {
		return -1, err
	}
	for _, typ := range []int{PartTypeApp, PartTypeData} {
		if idx := p.Find(typ, PartSubtypeAny, label); len(idx) > 0 {
			return idx[0], nil
		}
	}
	return -1, nil
}

// PartitionBoot is esp_ota_get_boot_partition.
func (d *Device) PartitionBoot() (int, error) {
	p, err := d.parts()
	if err != nil {
		return -1, err
	}
	return p.BootPartition(), nil
}

// PartitionRunning is esp_ota_get_running_partition.
func (d *Device) PartitionRunning() (int, error) {
	p, err := d.parts()
	if err != nil {
		return -1, err
	}
	if p.running < 0 {
		// a program runs only if the bootloader started an app; a Device whose Boot was not
		// given a chance to run the bootloader reports the default app
		return p.firstApp(), nil
	}
	return p.running, nil
}

// PartitionNextUpdate is esp_ota_get_next_update_partition (-1 when the table has no OTA
// slots).
func (d *Device) PartitionNextUpdate(from int) (int, error) {
	p, err := d.parts()
	if err != nil {
		return -1, err
	}
	return p.NextUpdate(from), nil
}

// PartitionRead is esp_partition_read.
func (d *Device) PartitionRead(i int, off uint32, buf []byte) error {
	p, err := d.parts()
	if err != nil {
		return err
	}
	return p.Read(i, off, buf)
}

// onOp is how the device learns of a raw operation: the run's flash-operation log, where a
// power cut may stop the program.
func (d *Device) onOp(it *mpy.Interp) RawOpFunc {
	return func(part Partition, kind string, n int) { d.RawOp(it, part.Label, kind, int64(n)) }
}

// dangerous is ESP-IDF's CONFIG_SPI_FLASH_DANGEROUS_WRITE_ABORTS (the default): a write or
// erase that overlaps the running app aborts, and the board reboots (a panic reset, which
// machine.reset_cause() reports as HARD_RESET). It does not return then.
func (d *Device) dangerous(it *mpy.Interp, p *Partitions, i int) {
	if i != p.running || p.running < 0 {
		return
	}
	_, _ = io.WriteString(it.Console(), "\nabort() was called at PC 0x400d1234 on core 0\n(SPI flash write to the running app partition "+p.table[i].Label+")\nRebooting...\n")
	d.Reset(it, HardReset)
}

// PartitionWrite is esp_partition_write, one flash operation per sector.
func (d *Device) PartitionWrite(it *mpy.Interp, i int, off uint32, data []byte) error {
	p, err := d.parts()
	if err != nil {
		return err
	}
	d.dangerous(it, p, i)
	return p.Write(i, off, data, d.onOp(it))
}

// PartitionErase is esp_partition_erase_range, one flash operation per sector.
func (d *Device) PartitionErase(it *mpy.Interp, i int, off, size uint32) error {
	p, err := d.parts()
	if err != nil {
		return err
	}
	d.dangerous(it, p, i)
	return p.Erase(i, off, size, d.onOp(it))
}

// PartitionSetBoot is esp_ota_set_boot_partition.
func (d *Device) PartitionSetBoot(it *mpy.Interp, i int) error {
	p, err := d.parts()
	if err != nil {
		return err
	}
	return p.SetBoot(i, d.onOp(it))
}

// MarkAppValid is esp_ota_mark_app_valid_cancel_rollback.
func (d *Device) MarkAppValid(it *mpy.Interp) error {
	p, err := d.parts()
	if err != nil {
		return err
	}
	return p.MarkAppValid(d.onOp(it))
}

// SetRTC sets the board's real-time clock (machine.RTC().datetime(...)).
func (d *Device) SetRTC(t time.Time) { d.Clock.SetTime(t) }

// sleepForever is the abort cause of a sleep with no wake source.
type sleepForever struct{}

// DeepSleep is machine.deepsleep(ms): the CPU stops (the task watchdog with it), the virtual
// clock moves on, and the board boots again with DEEPSLEEP_RESET. Without a duration there is
// no wake source: the board sleeps forever and the run stops there. It does not return.
func (d *Device) DeepSleep(it *mpy.Interp, dur time.Duration, forever bool) {
	d.wdt = nil
	if forever {
		it.Cut("machine.deepsleep() without a wake source: the board sleeps forever", sleepForever{})
	}
	d.Sleep(it, dur)
	d.Reset(it, DeepSleepReset)
}

// LightSleep is machine.lightsleep(ms): time passes and the program goes on (without a
// duration the board sleeps forever and the run stops there).
func (d *Device) LightSleep(it *mpy.Interp, dur time.Duration, forever bool) {
	if forever {
		it.Cut("machine.lightsleep() without a wake source: the board sleeps forever", sleepForever{})
	}
	d.Sleep(it, dur)
}

// EnterBootloader is machine.bootloader(): the ESP32 waits in its ROM download mode for a
// host tool, so the run stops there.
func (d *Device) EnterBootloader(it *mpy.Interp) {
	it.Cut(fmt.Sprintf("machine.bootloader(): the board (%s) waits in the ROM download mode", d.Board.Name), sleepForever{})
}
