package modules

import (
	"fmt"
	"hash/fnv"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// The machine module: resets and reset causes, the watchdog (WDT) and the RTC on the device's
// virtual clock, deep and light sleep, and pins and ADCs that hold state but drive nothing.
// Facts from MicroPython 1.27's ports/esp32 (modmachine.c, machine_wdt.c, machine_rtc.c,
// machine_pin.c, machine_adc.c) and ports/rp2.
//
// Pins: Pin(id, mode=-1, pull=-1, *, value=None) keeps its mode, pull and output level; an
// input reads 1 with PULL_UP and 0 otherwise (nothing is wired to it). ESP32 pin numbers are
// 0-23, 25-27, 32-39 (else ValueError('invalid pin')); RP2 0-29 and "LED" (Pico W). ADC(pin)
// reads an output pin's level (0 or 65535) and otherwise a fixed 12-bit value derived from
// the board's unique id (the seed) and the pin, scaled as the ESP32 port scales it.
// Left out: Timer, time_pulse_us, PWM, I2C, SPI, UART, Signal, mem8/16/32, Pin.irq's handler
// (irq() is accepted and never fires).

// machineDevice is what the machine module needs from the device (emulator.Device).
type machineDevice interface {
	Reset(it *mpy.Interp, cause int)
	ResetCause() int
	Freq() int64
	UniqueID() []byte
}

// hardwareDevice is the device's clock-driven hardware (emulator.Device).
type hardwareDevice interface {
	StartWatchdog(timeout time.Duration)
	FeedWatchdog()
	RTC() time.Time
	SetRTC(t time.Time)
	DeepSleep(it *mpy.Interp, dur time.Duration, forever bool)
	LightSleep(it *mpy.Interp, dur time.Duration, forever bool)
	EnterBootloader(it *mpy.Interp)
}

// Reset causes (the ESP32 port's constants; emulator.PowerOnReset...).
const (
	pwronReset     = 1
	hardReset      = 2
	wdtReset       = 3
	deepsleepReset = 4
	softReset      = 5
)

func machineOf(self py.Object) (*mpy.Interp, machineDevice, error) {
	it := mpy.InterpOf(self.(*py.Module).Context)
	d, ok := it.Device().(machineDevice)
	if !ok {
		return it, nil, mpy.NewException(py.OSError, py.String("machine: no device behind this interpreter"))
	}
	return it, d, nil
}

func hardwareOf(it *mpy.Interp) (hardwareDevice, error) {
	d, ok := it.Device().(hardwareDevice)
	if !ok {
		return nil, mpy.NewException(py.OSError, py.String("machine: no device behind this interpreter"))
	}
	return d, nil
}

// sleepArg is the optional time_ms of deepsleep/lightsleep.
// sleepMethod is machine.deepsleep or machine.lightsleep([time_ms]).
func sleepMethod(name string, sleep func(hw hardwareDevice, it *mpy.Interp, d time.Duration, forever bool)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		it := mpy.InterpOf(self.(*py.Module).Context)
		hw, err := hardwareOf(it)
		if err != nil {
			return nil, err
		}
		dur, forever, err := sleepArg(args)
		if err != nil {
			return nil, err
		}
		sleep(hw, it, dur, forever)
		return py.None, nil
	}, 0, "")
}

func sleepArg(args py.Tuple) (time.Duration, bool, error) {
	if err := argCount(args, 0, 1); err != nil {
		return 0, false, err
	}
	if len(args) == 0 {
		return 0, true, nil
	}
	ms, err := smallInt(args[0])
	if err != nil {
		return 0, false, err
	}
	return time.Duration(ms) * time.Millisecond, false, nil
}

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "machine"},
		Methods: []*py.Method{
			py.MustNewMethod("reset", func(self py.Object, args py.Tuple) (py.Object, error) {
				it, d, err := machineOf(self)
				if err != nil {
					return nil, err
				}
				d.Reset(it, hardReset)
				return py.None, nil
			}, 0, ""),
			py.MustNewMethod("soft_reset", func(self py.Object, args py.Tuple) (py.Object, error) {
				it, d, err := machineOf(self)
				if err != nil {
					return nil, err
				}
				d.Reset(it, softReset)
				return py.None, nil
			}, 0, ""),
			py.MustNewMethod("reset_cause", func(self py.Object, args py.Tuple) (py.Object, error) {
				_, d, err := machineOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(d.ResetCause()), nil
			}, 0, ""),
			py.MustNewMethod("freq", func(self py.Object, args py.Tuple) (py.Object, error) {
				_, d, err := machineOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(d.Freq()), nil
			}, 0, ""),
			py.MustNewMethod("unique_id", func(self py.Object, args py.Tuple) (py.Object, error) {
				_, d, err := machineOf(self)
				if err != nil {
					return nil, err
				}
				return mpy.NewBytes(d.UniqueID()), nil
			}, 0, ""),
			py.MustNewMethod("idle", func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil }, 0, ""),
			sleepMethod("deepsleep", hardwareDevice.DeepSleep),
			sleepMethod("lightsleep", hardwareDevice.LightSleep),
			py.MustNewMethod("bootloader", func(self py.Object, args py.Tuple) (py.Object, error) {
				it := mpy.InterpOf(self.(*py.Module).Context)
				hw, err := hardwareOf(it)
				if err != nil {
					return nil, err
				}
				hw.EnterBootloader(it)
				return py.None, nil
			}, 0, ""),
			py.MustNewMethod("disable_irq", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Int(0), argCount(args, 0, 0)
			}, 0, ""),
			py.MustNewMethod("enable_irq", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.None, argCount(args, 1, 1)
			}, 0, ""),
		},
		Globals: py.StringDict{
			"PWRON_RESET": py.Int(pwronReset), "HARD_RESET": py.Int(hardReset),
			"WDT_RESET": py.Int(wdtReset), "DEEPSLEEP_RESET": py.Int(deepsleepReset),
			"SOFT_RESET": py.Int(softReset),
		},
	})
	mpy.RegisterModuleSetup("machine", func(it *mpy.Interp, m *py.Module) {
		hw := &machineHW{it: it, pins: map[int]*pinObj{}}
		for name, mk := range map[string]func() (*py.Type, error){
			"Pin": hw.pinType, "ADC": hw.adcType, "WDT": hw.wdtType, "RTC": hw.rtcType,
		} {
			t, err := mk()
			if err != nil {
				panic(fmt.Sprintf("machine.%s: %v", name, err))
			}
			m.Globals[name] = t
		}
	})
}

// machineHW is one device's pins, ADCs, watchdog and RTC objects.
type machineHW struct {
	it   *mpy.Interp
	pins map[int]*pinObj
	pinT *py.Type
	wdt  *wdtObj
	rtc  *rtcObj
	adcs map[int]*adcObj
}

// method installs a method of a native type whose self must be of Go type T.
func method[T py.Object](t *py.Type, name string, min, max int, fn func(self T, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s, ok := self.(T)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() needs an instance of %s", name, t.Name)
		}
		if len(args) < min || len(args) > max {
			return nil, py.ExceptionNewf(py.TypeError, "function expected between %d and %d arguments, got %d", min+1, max+1, len(args)+1)
		}
		return fn(s, args, kw)
	}, 0, "")
}

// Pin modes and pulls per port (esp32: driver/gpio.h values; rp2: machine_pin.c).
type pinConsts struct {
	in, out, openDrain, pullUp, pullDown, irqRising, irqFalling int
}

var esp32Pins = pinConsts{in: 1, out: 3, openDrain: 7, pullUp: 2, pullDown: 1, irqRising: 1, irqFalling: 2}
var rp2Pins = pinConsts{in: 0, out: 1, openDrain: 2, pullUp: 1, pullDown: 2, irqRising: 8, irqFalling: 4}

func (hw *machineHW) consts() pinConsts {
	if hw.it.Platform() == "rp2" {
		return rp2Pins
	}
	return esp32Pins
}

// pinObj is a machine.Pin (one per pin number, as on the board).
type pinObj struct {
	t     *py.Type
	hw    *machineHW
	id    int
	name  string
	mode  int
	pull  int
	level int
}

// Type returns the device's Pin class.
func (p *pinObj) Type() *py.Type { return p.t }

// M__repr__ prints the pin as the port does: Pin(2) on ESP32, Pin(GPIO2, mode=OUT) on RP2.
func (p *pinObj) M__repr__() (py.Object, error) {
	if p.hw.it.Platform() != "rp2" {
		return py.String(fmt.Sprintf("Pin(%d)", p.id)), nil
	}
	c := p.hw.consts()
	mode := "IN"
	switch p.mode {
	case c.out:
		mode = "OUT"
	case c.openDrain:
		mode = "OPEN_DRAIN"
	}
	s := fmt.Sprintf("Pin(%s, mode=%s", p.name, mode)
	switch p.pull {
	case c.pullUp:
		s += ", pull=PULL_UP"
	case c.pullDown:
		s += ", pull=PULL_DOWN"
	}
	return py.String(s + ")"), nil
}

// M__call__ is pin([value]).
func (p *pinObj) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	return p.value(args)
}

func (p *pinObj) output() bool {
	c := p.hw.consts()
	return p.mode == c.out || p.mode == c.openDrain
}

func (p *pinObj) value(args py.Tuple) (py.Object, error) {
	if err := argCount(args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		on, err := mpy.Truth(args[0])
		if err != nil {
			return nil, err
		}
		p.level = 0
		if on {
			p.level = 1
		}
		return py.None, nil
	}
	if p.output() {
		return py.Int(p.level), nil
	}
	if p.pull == p.hw.consts().pullUp {
		return py.Int(1), nil
	}
	return py.Int(0), nil
}

// pinID resolves a pin argument: an int (or "LED" on a Pico W), or a Pin.
func (hw *machineHW) pinID(o py.Object) (int, string, error) {
	if p, ok := o.(*pinObj); ok {
		return p.id, p.name, nil
	}
	rp2 := hw.it.Platform() == "rp2"
	if s, ok := o.(py.String); ok && rp2 {
		if s == "LED" || s == "WL_GPIO0" || s == "EXT_GPIO0" {
			return 64, "EXT_GPIO0", nil
		}
		if len(s) > 4 && s[:4] == "GPIO" {
			var n int
			if _, err := fmt.Sscanf(string(s[4:]), "%d", &n); err == nil && n >= 0 && n < 30 {
				return n, string(s), nil
			}
		}
		return 0, "", py.ExceptionNewf(py.ValueError, "unknown named pin \"%s\"", string(s))
	}
	n, err := smallInt(o)
	if err != nil {
		return 0, "", err
	}
	valid := false
	if rp2 {
		valid = n >= 0 && n < 30
	} else {
		valid = (n >= 0 && n <= 23) || (n >= 25 && n <= 27) || (n >= 32 && n <= 39)
	}
	if !valid {
		return 0, "", mpy.NewException(py.ValueError, py.String("invalid pin"))
	}
	return int(n), fmt.Sprintf("GPIO%d", n), nil
}

// init applies Pin's mode, pull and value arguments (positional mode, pull; value by keyword).
func (p *pinObj) init(args py.Tuple, kw py.StringDict) error {
	if len(args) > 2 {
		return py.ExceptionNewf(py.TypeError, "function takes 3 positional arguments but %d were given", len(args)+1)
	}
	get := func(i int, name string) (py.Object, bool) {
		if v, ok := kw[name]; ok {
			return v, true
		}
		if i < len(args) {
			return args[i], true
		}
		return nil, false
	}
	for k := range kw {
		switch k {
		case "mode", "pull", "value", "drive", "hold", "alt":
		default:
			return py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
		}
	}
	if v, ok := get(2, "value"); ok && v != py.None {
		if _, err := p.value(py.Tuple{v}); err != nil {
			return err
		}
	}
	if v, ok := get(0, "mode"); ok && v != py.None {
		n, err := smallInt(v)
		if err != nil {
			return err
		}
		if n != -1 {
			p.mode = int(n)
		}
	}
	if v, ok := get(1, "pull"); ok {
		if v == py.None {
			p.pull = 0
		} else {
			n, err := smallInt(v)
			if err != nil {
				return err
			}
			if n != -1 {
				p.pull = int(n)
			}
		}
	}
	return nil
}

func (hw *machineHW) pinType() (*py.Type, error) {
	c := hw.consts()
	var t *py.Type
	t, err := mpy.NewRuntimeType("Pin", nil, func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function missing 1 required positional arguments")
		}
		id, name, err := hw.pinID(args[0])
		if err != nil {
			return nil, err
		}
		p, ok := hw.pins[id]
		if !ok {
			p = &pinObj{t: t, hw: hw, id: id, name: name, mode: c.in}
			hw.pins[id] = p
		}
		if len(args) > 1 || len(kw) > 0 {
			if err := p.init(args[1:], kw); err != nil {
				return nil, err
			}
		}
		return p, nil
	})
	if err != nil {
		return nil, err
	}
	hw.pinT = t
	for name, v := range map[string]int{
		"IN": c.in, "OUT": c.out, "OPEN_DRAIN": c.openDrain, "PULL_UP": c.pullUp,
		"PULL_DOWN": c.pullDown, "IRQ_RISING": c.irqRising, "IRQ_FALLING": c.irqFalling,
	} {
		t.Dict[name] = py.Int(v)
	}
	if hw.it.Platform() != "rp2" {
		for name, v := range map[string]int{"WAKE_LOW": 4, "WAKE_HIGH": 5, "DRIVE_0": 0, "DRIVE_1": 1, "DRIVE_2": 2, "DRIVE_3": 3} {
			t.Dict[name] = py.Int(v)
		}
	} else {
		t.Dict["ALT"] = py.Int(3)
	}
	method(t, "init", 0, 2, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, p.init(args, kw)
	})
	method(t, "value", 0, 1, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return p.value(args)
	})
	method(t, "on", 0, 0, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p.level = 1
		return py.None, nil
	})
	method(t, "off", 0, 0, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p.level = 0
		return py.None, nil
	})
	method(t, "toggle", 0, 0, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p.level ^= 1
		return py.None, nil
	})
	method(t, "irq", 0, 3, func(p *pinObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	return t, nil
}

// adcObj is a machine.ADC on a pin.
type adcObj struct {
	t   *py.Type
	hw  *machineHW
	pin int
}

// Type returns the device's ADC class.
func (a *adcObj) Type() *py.Type { return a.t }

// M__repr__ is the ESP32 port's ADC(Pin(n), atten=3) (ADC_ATTEN_DB_12, the default).
func (a *adcObj) M__repr__() (py.Object, error) {
	if a.hw.it.Platform() == "rp2" {
		return py.String(fmt.Sprintf("<ADC channel=%d>", a.pin-26)), nil
	}
	return py.String(fmt.Sprintf("ADC(Pin(%d), atten=3)", a.pin)), nil
}

// raw12 is the 12-bit reading: an output pin's level, else a fixed value from the board's
// unique id and the pin number.
func (a *adcObj) raw12() int {
	if p, ok := a.hw.pins[a.pin]; ok && p.output() {
		return p.level * 4095
	}
	h := fnv.New32a()
	if d, ok := a.hw.it.Device().(machineDevice); ok {
		h.Write(d.UniqueID())
	}
	h.Write([]byte{byte(a.pin)})
	return int(h.Sum32() % 4096)
}

func (hw *machineHW) adcType() (*py.Type, error) {
	hw.adcs = map[int]*adcObj{}
	var t *py.Type
	t, err := mpy.NewRuntimeType("ADC", nil, func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "function missing 1 required positional arguments")
		}
		id, _, err := hw.pinID(args[0])
		if err != nil {
			return nil, err
		}
		valid := false
		if hw.it.Platform() == "rp2" {
			valid = id >= 26 && id <= 29
		} else {
			for _, n := range []int{32, 33, 34, 35, 36, 37, 38, 39, 0, 2, 4, 12, 13, 14, 15, 25, 26, 27} {
				valid = valid || n == id
			}
		}
		if !valid {
			return nil, mpy.NewException(py.ValueError, py.String("invalid pin"))
		}
		a, ok := hw.adcs[id]
		if !ok {
			a = &adcObj{t: t, hw: hw, pin: id}
			hw.adcs[id] = a
		}
		return a, nil
	})
	if err != nil {
		return nil, err
	}
	for name, v := range map[string]int{"ATTN_0DB": 0, "ATTN_2_5DB": 1, "ATTN_6DB": 2, "ATTN_11DB": 3, "WIDTH_12BIT": 12} {
		t.Dict[name] = py.Int(v)
	}
	method(t, "read_u16", 0, 0, func(a *adcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		raw := a.raw12()
		return py.Int(raw<<4 | raw>>8), nil
	})
	method(t, "read", 0, 0, func(a *adcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(a.raw12()), nil
	})
	method(t, "read_uv", 0, 0, func(a *adcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(a.raw12() * 3_100_000 / 4095), nil
	})
	method(t, "atten", 1, 1, func(a *adcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	method(t, "width", 1, 1, func(a *adcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	return t, nil
}

// wdtObj is the machine.WDT singleton.
type wdtObj struct{ t *py.Type }

// Type returns the device's WDT class.
func (w *wdtObj) Type() *py.Type { return w.t }

func (hw *machineHW) wdtType() (*py.Type, error) {
	var t *py.Type
	t, err := mpy.NewRuntimeType("WDT", nil, func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		vals := []py.Object{py.Int(0), py.Int(5000)}
		if len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 2 positional arguments but %d were given", len(args))
		}
		copy(vals, args)
		for k, v := range kw {
			switch k {
			case "id":
				vals[0] = v
			case "timeout":
				vals[1] = v
			default:
				return nil, py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
			}
		}
		id, err := smallInt(vals[0])
		if err != nil {
			return nil, err
		}
		timeout, err := smallInt(vals[1])
		if err != nil {
			return nil, err
		}
		if hw.it.Platform() == "rp2" {
			if id != 0 {
				return nil, py.ExceptionNewf(py.ValueError, "WDT(%d) doesn't exist", id)
			}
			if timeout > 8388 {
				return nil, mpy.NewException(py.ValueError, py.String("timeout exceeds 8388"))
			}
		} else {
			if id != 0 {
				return nil, mpy.NewException(py.ValueError)
			}
			if timeout <= 0 {
				return nil, mpy.NewException(py.ValueError, py.String("WDT timeout too short"))
			}
		}
		d, err := hardwareOf(hw.it)
		if err != nil {
			return nil, err
		}
		d.StartWatchdog(time.Duration(timeout) * time.Millisecond)
		if hw.wdt == nil {
			hw.wdt = &wdtObj{t: t}
		}
		return hw.wdt, nil
	})
	if err != nil {
		return nil, err
	}
	method(t, "feed", 0, 0, func(w *wdtObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, err := hardwareOf(hw.it)
		if err != nil {
			return nil, err
		}
		d.FeedWatchdog()
		return py.None, nil
	})
	return t, nil
}

// rtcObj is the machine.RTC singleton.
type rtcObj struct{ t *py.Type }

// Type returns the device's RTC class.
func (r *rtcObj) Type() *py.Type { return r.t }

// weekday is MicroPython's: Monday is 0.
func weekday(t time.Time) int { return (int(t.Weekday()) + 6) % 7 }

func (hw *machineHW) rtcType() (*py.Type, error) {
	var t *py.Type
	t, err := mpy.NewRuntimeType("RTC", nil, func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes 0 positional arguments but %d were given", len(args))
		}
		if hw.rtc == nil {
			hw.rtc = &rtcObj{t: t}
		}
		return hw.rtc, nil
	})
	if err != nil {
		return nil, err
	}
	// set is machine_rtc_datetime_helper's set branch: the hour at hourIndex (4 for datetime,
	// 3 for init), microseconds in item 7; the weekday is ignored.
	set := func(o py.Object, hourIndex int) error {
		items, err := mpy.Collect(o)
		if err != nil {
			return err
		}
		if len(items) != 8 {
			return py.ExceptionNewf(py.ValueError, "requested length 8 but object has length %d", len(items))
		}
		v := make([]int64, 8)
		for i, it := range items {
			if v[i], err = smallInt(it); err != nil {
				return err
			}
		}
		d, err := hardwareOf(hw.it)
		if err != nil {
			return err
		}
		d.SetRTC(time.Date(int(v[0]), time.Month(v[1]), int(v[2]), int(v[hourIndex]), int(v[hourIndex+1]), int(v[hourIndex+2]), 0, time.UTC).
			Add(time.Duration(v[7]) * time.Microsecond))
		return nil
	}
	method(t, "datetime", 0, 1, func(r *rtcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 1 {
			return py.None, set(args[0], 4)
		}
		d, err := hardwareOf(hw.it)
		if err != nil {
			return nil, err
		}
		now := d.RTC().UTC()
		return py.Tuple{py.Int(now.Year()), py.Int(now.Month()), py.Int(now.Day()), py.Int(weekday(now)),
			py.Int(now.Hour()), py.Int(now.Minute()), py.Int(now.Second()), py.Int(now.Nanosecond() / 1000)}, nil
	})
	method(t, "init", 1, 1, func(r *rtcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, set(args[0], 3)
	})
	method(t, "memory", 0, 1, func(r *rtcObj, args py.Tuple, kw py.StringDict) (py.Object, error) {
		// RTC user memory is not kept across resets by the emulator: it reads empty
		if len(args) == 1 {
			return py.None, nil
		}
		return mpy.NewBytes(nil), nil
	})
	return t, nil
}
