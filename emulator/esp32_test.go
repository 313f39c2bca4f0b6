package emulator

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The OTA flow real updaters run on an ESP32_GENERIC-OTA board (MICROPYTHON.md, "esp32.Partition
// (firmware A/B)"): write the image to Partition.RUNNING's get_next_update() block by block,
// set_boot() it, reset; the new app boots PENDING_VERIFY and must call
// Partition.mark_app_valid_cancel_rollback() or the next reset rolls back (ESP-IDF v5.5.1
// bootloader_utility.c with CONFIG_BOOTLOADER_APP_ROLLBACK_ENABLE, which MicroPython's
// boards/sdkconfig.base sets).

// otaProgram is main.py: on ota_0 with /fw.bin present it flashes it into the next slot and
// resets; on ota_1 it confirms the image when /confirm exists, then resets once more.
const otaProgram = `import machine, os
from esp32 import Partition
run = Partition(Partition.RUNNING)
label = run.info()[4]
files = os.listdir()
print('boot', label, machine.reset_cause())
if label == 'ota_0' and 'fw.bin' in files:
    nxt = run.get_next_update()
    blk = 0
    with open('fw.bin', 'rb') as f:
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            if len(chunk) < 4096:
                chunk = chunk + b'\xff' * (4096 - len(chunk))
            nxt.writeblocks(blk, chunk)
            blk += 1
    check = bytearray(16)
    nxt.readblocks(0, check)
    print('wrote', blk, 'blocks', check[:1] == b'\xe9')
    try:
        nxt.set_boot()
    except OSError as e:
        print('set_boot', e)
        print('boot partition', Partition(Partition.BOOT).info()[4])
        raise SystemExit
    print('boot partition', Partition(Partition.BOOT).info()[4])
    os.rename('fw.bin', 'fw.done')
    machine.reset()
elif label == 'ota_1' and 'second' not in files:
    if 'confirm' in files:
        Partition.mark_app_valid_cancel_rollback()
        print('confirmed')
    open('second', 'w').close()
    machine.reset()
`

func otaDevice(t *testing.T, image []byte, confirm bool) (*Device, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	d, out := device(t, "ESP32_GENERIC-OTA", otaProgram)
	var err error
	d.Raw, err = NewPartitions(d.Board, nil)
	require.NoError(t, err)
	if image != nil {
		require.NoError(t, afero.WriteFile(d.Flash, "/fw.bin", image, 0o644))
	}
	if confirm {
		require.NoError(t, afero.WriteFile(d.Flash, "/confirm", nil, 0o644))
	}
	var trace bytes.Buffer
	d.Trace = &trace
	return d, out, &trace
}

// bootLines are the bootloader's trace lines, one per boot.
func bootLines(t *testing.T, trace *bytes.Buffer) []string {
	t.Helper()
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(trace.Bytes()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e Event
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e))
		if e.Kind == "bootloader" {
			lines = append(lines, fmt.Sprintf("%d: %s", e.Boot, e.Detail))
		}
	}
	return lines
}

func TestOTAUpdateBootsPendingVerifyThenRollsBack(t *testing.T) {
	img := MakeAppImage("1.1.0", 100<<10)
	d, out, trace := otaDevice(t, img, false)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "boot ota_0 1\nwrote 25 blocks True\nboot partition ota_1\n"+
		"boot ota_1 2\n"+
		"boot ota_0 2\n", out.String())
	assert.Equal(t, []string{
		"1: boot ota_0 (version 1.0.0, valid, otadata initialised)",
		"2: boot ota_1 (version 1.1.0, pending verify)",
		"3: rollback: ota_1 was not confirmed (aborted); boot ota_0 (version 1.0.0, valid)",
	}, bootLines(t, trace), "a fresh board writes otadata[0]; the new image boots once, then rolls back")
	assert.Equal(t, "1.0.0", d.FirmwareVersion())
	e, _, ok := d.Partitions().OTAData()
	require.True(t, ok)
	assert.Equal(t, uint32(OTAImgAborted), e[1].State)
	assert.Equal(t, uint32(2), e[1].Seq)
	// 25 blocks: an erase and a write each, then set_boot's erase + write of otadata[1]
	raw := 0
	for _, op := range d.FlashOps() {
		if op.Area != "fs" {
			raw++
		}
	}
	assert.Equal(t, 25*2+2, raw)
}

func TestOTAUpdateConfirmedStays(t *testing.T) {
	d, out, trace := otaDevice(t, MakeAppImage("1.1.0", 100<<10), true)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "boot ota_0 1\nwrote 25 blocks True\nboot partition ota_1\n"+
		"boot ota_1 2\nconfirmed\n"+
		"boot ota_1 2\n", out.String())
	assert.Equal(t, []string{
		"1: boot ota_0 (version 1.0.0, valid, otadata initialised)",
		"2: boot ota_1 (version 1.1.0, pending verify)",
		"3: boot ota_1 (version 1.1.0, valid)",
	}, bootLines(t, trace))
	assert.Equal(t, "1.1.0", d.FirmwareVersion())
	assert.Equal(t, "ota_1", d.Partitions().RunningLabel())
}

func TestSetBootRefusesCorruptImages(t *testing.T) {
	good := MakeAppImage("1.1.0", 64<<10)
	flip := append([]byte(nil), good...)
	flip[40000] ^= 0x01
	badMagic := append([]byte(nil), good...)
	badMagic[0] = 0xE8
	for name, img := range map[string][]byte{
		"flipped bit": flip, "bad magic": badMagic, "truncated": good[:len(good)/2],
	} {
		t.Run(name, func(t *testing.T) {
			d, out, trace := otaDevice(t, img, false)
			o, err := d.Boot()
			require.NoError(t, err)
			require.Equal(t, "finished", o.Result, out.String())
			assert.Contains(t, out.String(), "set_boot (-5379, 'ESP_ERR_OTA_VALIDATE_FAILED')\nboot partition ota_0\n",
				"esp_ota_set_boot_partition -> ESP_ERR_OTA_VALIDATE_FAILED (0x1503), raised by check_esp_err as OSError(-5379, name)")
			for _, op := range d.FlashOps() {
				assert.NotEqual(t, "otadata", op.Area, "a refused set_boot writes nothing")
			}
			assert.Equal(t, []string{"1: boot ota_0 (version 1.0.0, valid, otadata initialised)"}, bootLines(t, trace))
			assert.Equal(t, "1.0.0", d.FirmwareVersion())
		})
	}
}

// TestPowerCutInsideSetBoot cuts power after and inside every raw operation around set_boot
// (the last image block, the erase and the write of the otadata sector): the board always
// boots a complete version, old or new.
func TestPowerCutInsideSetBoot(t *testing.T) {
	img := MakeAppImage("1.1.0", 40<<10)
	ref, _, _ := otaDevice(t, img, true)
	_, err := ref.Boot()
	require.NoError(t, err)
	var points []int
	for _, op := range ref.FlashOps() {
		if op.Boot == 1 && op.Area == "otadata" {
			points = append(points, op.Index)
		}
	}
	require.Len(t, points, 2, "set_boot is one sector erase and one write")
	assert.Equal(t, "erase", ref.FlashOps()[points[0]].Kind)
	assert.Equal(t, "write", ref.FlashOps()[points[1]].Kind)
	// after the erase, the entry that selects the running app is untouched: set_boot erases the
	// OTHER otadata sector (esp_rewrite_ota_data writes otadata[~active & 1])
	_, raw, err := ref.ImagesAfter(points[0], false)
	require.NoError(t, err)
	e, _, ok := raw.(*Partitions).OTAData()
	require.True(t, ok)
	assert.True(t, e[0].valid() && e[0].Seq == 1, "otadata[0] still selects ota_0: %+v", e[0])
	assert.Equal(t, uint32(0xFFFFFFFF), e[1].Seq, "otadata[1] erased")
	points = append([]int{points[0] - 1}, points...) // the last image block's write
	want := map[string]string{"ota_0": "1.0.0", "ota_1": "1.1.0"}
	seen := map[string]bool{}
	for _, k := range points {
		// a cut right after operation k, live
		d, out, trace := otaDevice(t, img, true)
		d.Cuts = []PowerCut{{Kind: CutAfterOp, Op: k}}
		d.MaxBoots = 6
		o, err := d.Boot()
		require.NoError(t, err)
		require.Equal(t, []string{PowerCutString(k)}, o.PowerCuts)
		lines := bootLines(t, trace)
		require.GreaterOrEqual(t, len(lines), 2, out.String())
		assertBootsOne(t, lines[1], want)
		seen[firstBooted(lines[1])] = true
		assert.Equal(t, "1.1.0", d.FirmwareVersion(), "the updater finishes on the next boot")

		// a cut in the middle of operation k, rebuilt from the reference run
		fs, raw, err := ref.ImagesAfter(k, true)
		require.NoError(t, err)
		d2, _ := device(t, "ESP32_GENERIC-OTA", "")
		d2.Flash, d2.Raw = fs, raw.Snapshot()
		var tr bytes.Buffer
		d2.Trace = &tr
		d2.MaxBoots = 6
		_, err = d2.Boot()
		require.NoError(t, err)
		lines = bootLines(t, &tr)
		require.NotEmpty(t, lines)
		assertBootsOne(t, lines[0], want)
		seen[firstBooted(lines[0])] = true
	}
	assert.True(t, seen["ota_0"] && seen["ota_1"], "cuts before the otadata write boot the old image, after it the new one: %v", seen)
}

// PowerCutString is the fault spec of a cut after operation k.
func PowerCutString(k int) string { return PowerCut{Kind: CutAfterOp, Op: k}.String() }

func firstBooted(line string) string {
	i := strings.LastIndex(line, "boot ota_")
	if i < 0 {
		return ""
	}
	return line[i+5 : i+10]
}

func assertBootsOne(t *testing.T, line string, want map[string]string) {
	t.Helper()
	label := firstBooted(line)
	v, ok := want[label]
	require.True(t, ok, "the bootloader started no known app: %q", line)
	assert.Contains(t, line, "boot "+label+" (version "+v, line)
}

func TestGenericBoardHasNoOTA(t *testing.T) {
	src := `from esp32 import Partition
r = Partition(Partition.RUNNING)
print(r)
try:
    r.get_next_update()
except OSError as e:
    print(e)
try:
    Partition.mark_app_valid_cancel_rollback()
except OSError as e:
    print(e)
print(Partition.find(Partition.TYPE_APP), Partition('vfs').info())
try:
    Partition('vfs').writeblocks(0, bytearray(4096))
except OSError as e:
    print(e)
try:
    Partition(5)
except ValueError as e:
    print('ValueError', e)
`
	d, out := device(t, "ESP32_GENERIC", src)
	var err error
	d.Raw, err = NewPartitions(d.Board, nil)
	require.NoError(t, err)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "<Partition type=0, subtype=0, address=65536, size=2031616, label=factory, encrypted=0>\n"+
		"[Errno 2] ENOENT\n"+ // esp_ota_get_next_update_partition is NULL: esp32_partition_new raises ENOENT
		"(-261, 'ESP_ERR_NOT_FOUND')\n"+ // no otadata partition (MICROPYTHON.md: OSError(-261))
		"[<Partition type=0, subtype=0, address=65536, size=2031616, label=factory, encrypted=0>] (1, 129, 2097152, 2097152, 'vfs', False)\n"+
		"(-269, 'ESP_ERR_NOT_ALLOWED')\n"+
		"ValueError \n", out.String())
	assert.Equal(t, "1.0.0", d.FirmwareVersion())

	d, out = device(t, "RPI_PICO_W", "import esp32\n")
	o, err = d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "exception", o.Result)
	assert.Contains(t, out.String(), "ImportError: no module named 'esp32'")
}

func TestWritingTheRunningAppAborts(t *testing.T) {
	d, out := device(t, "ESP32_GENERIC-OTA", `import machine
from esp32 import Partition
print(machine.reset_cause())
if machine.reset_cause() == machine.PWRON_RESET:
    Partition(Partition.RUNNING).writeblocks(10, bytearray(4096))
    print('not reached')
`)
	var err error
	d.Raw, err = NewPartitions(d.Board, nil)
	require.NoError(t, err)
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, []string{"PWRON_RESET", "HARD_RESET"}, o.ResetCauses,
		"ESP-IDF's CONFIG_SPI_FLASH_DANGEROUS_WRITE_ABORTS: abort(), a panic reset (HARD_RESET)")
	assert.NotContains(t, out.String(), "not reached")
	assert.Equal(t, "1.0.0", d.FirmwareVersion())
}

func TestWatchdogOnTheVirtualClock(t *testing.T) {
	// machine.WDT(id=0, timeout=5000) (ports/esp32/machine_wdt.c): an unfed loop resets the
	// board with WDT_RESET; a fed one keeps running
	unfed := `import machine, time
print(machine.reset_cause())
if machine.reset_cause() != machine.WDT_RESET:
    wdt = machine.WDT(timeout=2000)
    while True:
        time.sleep_ms(100)
`
	d, out := device(t, "ESP32_GENERIC", unfed)
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, []string{"PWRON_RESET", "WDT_RESET"}, o.ResetCauses)
	assert.Equal(t, "1\n3\n", out.String())
	assert.InDelta(t, 2.0, float64(o.TimeUS)/1e6, 0.01, "the watchdog fires 2 s after it was started")

	fed := `import machine, time
wdt = machine.WDT(0, 1000)
for i in range(50):
    time.sleep_ms(500)
    wdt.feed()
print('still running', time.ticks_ms() // 1000)
try:
    machine.WDT(timeout=0)
except ValueError as e:
    print(e)
try:
    machine.WDT(1)
except ValueError as e:
    print(repr(e))
`
	d, out = device(t, "ESP32_GENERIC", fed)
	o, err = d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, []string{"PWRON_RESET"}, o.ResetCauses)
	assert.Equal(t, "still running 25\nWDT timeout too short\nValueError()\n", out.String())
}

func TestRTCAndSleeps(t *testing.T) {
	src := `import machine, time
print(machine.reset_cause())
rtc = machine.RTC()
if machine.reset_cause() == machine.PWRON_RESET:
    print(rtc.datetime())
    rtc.datetime((2025, 3, 14, 0, 15, 9, 26, 0))
    print(rtc.datetime()[:7], time.localtime()[:6])
    machine.lightsleep(1500)
    print(rtc.datetime()[4:7])
    machine.deepsleep(60000)
    print('not reached')
print(rtc.datetime()[:7])
`
	d, out := device(t, "ESP32_GENERIC", src)
	o, err := d.Boot()
	require.NoError(t, err)
	assert.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, []string{"PWRON_RESET", "DEEPSLEEP_RESET"}, o.ResetCauses)
	assert.Equal(t, "1\n(2000, 1, 1, 5, 0, 0, 0, 0)\n"+ // an unset RTC; 2000-01-01 was a Saturday (Monday is 0)
		"(2025, 3, 14, 4, 15, 9, 26) (2025, 3, 14, 15, 9, 26)\n"+
		"(15, 9, 27)\n"+
		"4\n(2025, 3, 14, 4, 15, 10, 27)\n", out.String(), "the RTC keeps time through light and deep sleep")
}

func TestDeepSleepWakeSkipsRollback(t *testing.T) {
	// CONFIG_BOOTLOADER_SKIP_VALIDATE_IN_DEEP_SLEEP (boards/sdkconfig.base): waking from deep
	// sleep starts the app that ran before, otadata untouched, so a pending image is not rolled
	// back by a deep sleep; the next ordinary reset does roll it back
	p, err := NewPartitions(Boards["ESP32_GENERIC-OTA"], nil)
	require.NoError(t, err)
	require.NoError(t, p.Write(4, 0, MakeAppImage("1.1.0", 8192), nil))
	p.PowerOn(PowerOnReset)
	require.NoError(t, p.SetBoot(4, nil))
	assert.Equal(t, "boot ota_1 (version 1.1.0, pending verify)", p.PowerOn(HardReset))
	assert.Equal(t, "deep-sleep wake: boot ota_1 (version 1.1.0) without verification", p.PowerOn(DeepSleepReset))
	assert.Equal(t, "rollback: ota_1 was not confirmed (aborted); boot ota_0 (version 1.0.0, valid)", p.PowerOn(HardReset))
}

func TestPinsAndADC(t *testing.T) {
	src := `from machine import Pin, ADC
p = Pin(2, Pin.OUT, value=1)
print(p, p.value(), Pin(2) is p)
p.off(); print(p(), end=' ')
p.toggle(); print(p(), end=' ')
p(0); print(p.value())
print(Pin(4, Pin.IN, Pin.PULL_UP).value(), Pin(5, Pin.IN).value())
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_RISING, Pin.IRQ_FALLING)
for bad in (24, 99, -1):
    try:
        Pin(bad)
    except ValueError as e:
        print(bad, e)
a = ADC(Pin(34))
print(a, a.read_u16() == (a.read() << 4 | a.read() >> 8), 0 <= a.read() < 4096)
print(ADC(Pin(32, Pin.OUT, value=1)).read_u16(), ADC(Pin(33, Pin.OUT, value=0)).read_u16())
try:
    ADC(Pin(5))
except ValueError as e:
    print(e)
`
	d, out := device(t, "ESP32_GENERIC", src)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "Pin(2) 1 True\n0 1 0\n1 0\n1 3 7 2 1 1 2\n24 invalid pin\n99 invalid pin\n-1 invalid pin\n"+
		"ADC(Pin(34), atten=3) True True\n65535 0\ninvalid pin\n", out.String())
	first := out.String()
	d, out = device(t, "ESP32_GENERIC", src)
	_, err = d.Boot()
	require.NoError(t, err)
	assert.Equal(t, first, out.String(), "the same seed reads the same ADC values")
}

func TestBlockDeviceProtocol(t *testing.T) {
	// esp32_partition.c (v1.27.0): writeblocks(n, buf) erases the range first (whole 4 KiB
	// sectors: esp_partition_erase_range refuses a partial one with ESP_ERR_INVALID_SIZE);
	// writeblocks(n, buf, off) does not erase, so NOR flash only clears bits; ioctl 4/5/6 are
	// block count, block size and erase
	src := `from esp32 import Partition
p = Partition('ota_1')
print(p.ioctl(4, None), p.ioctl(5, None), p.ioctl(1, None), p.ioctl(99, None))
try:
    p.writeblocks(0, b'short')
except OSError as e:
    print(e.args)
p.writeblocks(1, bytearray(b'\xf0' * 4096))
p.writeblocks(1, b'\x3c\x3c', 10)
b = bytearray(4)
p.readblocks(1, b, 9)
print(b)
print(p.ioctl(6, 1))
m = memoryview(bytearray(4))
p.readblocks(1, m, 9)
print(bytes(m))
try:
    p.readblocks(0, b'ro')
except TypeError as e:
    print(e)
try:
    p.readblocks(384, bytearray(1))
except OSError as e:
    print(e)
`
	d, out := device(t, "ESP32_GENERIC-OTA", src)
	var err error
	d.Raw, err = NewPartitions(d.Board, nil)
	require.NoError(t, err)
	o, err := d.Boot()
	require.NoError(t, err)
	require.Equal(t, "finished", o.Result, out.String())
	assert.Equal(t, "384 4096 0 None\n(-260, 'ESP_ERR_INVALID_SIZE')\nbytearray(b'\\xf000\\xf0')\n0\nb'\\xff\\xff\\xff\\xff'\n"+
		"object with buffer protocol required\n(-260, 'ESP_ERR_INVALID_SIZE')\n", out.String())
	var kinds []string
	for _, op := range d.FlashOps() {
		kinds = append(kinds, op.Area+" "+op.Kind)
	}
	assert.Equal(t, []string{"ota_1 erase", "ota_1 write", "ota_1 write", "ota_1 erase"}, kinds)
}
