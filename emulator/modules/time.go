package modules

import (
	"math"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// The time module, on the device's virtual clock: sleeping costs no wall time, ticks count
// from the boot, time() reads the board's RTC (an unset RTC reads 2000-01-01).

// clockDevice is what the time module needs from the device (emulator.Device).
type clockDevice interface {
	SinceBoot() time.Duration
	Sleep(it *mpy.Interp, d time.Duration)
	RTC() time.Time
	Epoch1970() bool
}

// ticksPeriod is MICROPY_PY_TIME_TICKS_PERIOD on 32-bit ports: ticks wrap at 2**30.
const ticksPeriod = 1 << 30

var epoch2000 = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func clockOf(self py.Object) (*mpy.Interp, clockDevice, error) {
	it := mpy.InterpOf(self.(*py.Module).Context)
	d, ok := it.Device().(clockDevice)
	if !ok {
		return it, nil, mpy.NewException(py.OSError, py.String("time: no device clock behind this interpreter"))
	}
	return it, d, nil
}

// seconds converts a sleep argument (int or float seconds).
func seconds(o py.Object, unit time.Duration) (time.Duration, error) {
	switch x := o.(type) {
	case py.Int:
		return time.Duration(x) * unit, nil
	case py.Bool:
		if x {
			return unit, nil
		}
		return 0, nil
	case py.Float:
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return 0, mpy.NewException(py.ValueError, py.String("invalid sleep time"))
		}
		return time.Duration(float64(x) * float64(unit)), nil
	}
	return 0, mpy.NewException(py.TypeError, py.String("can't convert "+o.Type().Name+" to int"))
}

func sleeper(unit time.Duration) func(self, arg py.Object) (py.Object, error) {
	return func(self, arg py.Object) (py.Object, error) {
		it, d, err := clockOf(self)
		if err != nil {
			return nil, err
		}
		dur, err := seconds(arg, unit)
		if err != nil {
			return nil, err
		}
		d.Sleep(it, dur)
		return py.None, nil
	}
}

func ticks(unit time.Duration) func(self py.Object) (py.Object, error) {
	return func(self py.Object) (py.Object, error) {
		_, d, err := clockOf(self)
		if err != nil {
			return nil, err
		}
		return py.Int(int64(d.SinceBoot()/unit) & (ticksPeriod - 1)), nil
	}
}

// epochOf is the time.time() epoch of the board.
func epochOf(d clockDevice) time.Time {
	if d.Epoch1970() {
		return time.Unix(0, 0).UTC()
	}
	return epoch2000
}

// timeTuple is localtime()/gmtime(): (year, month, mday, hour, minute, second, weekday,
// yearday), weekday 0 being Monday.
func timeTuple(t time.Time) py.Tuple {
	return py.Tuple{py.Int(t.Year()), py.Int(t.Month()), py.Int(t.Day()), py.Int(t.Hour()),
		py.Int(t.Minute()), py.Int(t.Second()), py.Int((int(t.Weekday()) + 6) % 7), py.Int(t.YearDay())}
}

func init() {
	brokenDown := func(self py.Object, args py.Tuple) (py.Object, error) {
		_, d, err := clockOf(self)
		if err != nil {
			return nil, err
		}
		t := d.RTC().UTC()
		if len(args) > 0 && args[0] != py.None {
			secs, ok := args[0].(py.Int)
			if !ok {
				return nil, mpy.NewException(py.TypeError, py.String("can't convert "+args[0].Type().Name+" to int"))
			}
			t = epochOf(d).Add(time.Duration(secs) * time.Second)
		}
		return timeTuple(t), nil
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "time"},
		Methods: []*py.Method{
			py.MustNewMethod("sleep", sleeper(time.Second), 0, ""),
			py.MustNewMethod("sleep_ms", sleeper(time.Millisecond), 0, ""),
			py.MustNewMethod("sleep_us", sleeper(time.Microsecond), 0, ""),
			py.MustNewMethod("ticks_ms", ticks(time.Millisecond), 0, ""),
			py.MustNewMethod("ticks_us", ticks(time.Microsecond), 0, ""),
			py.MustNewMethod("ticks_cpu", ticks(time.Microsecond), 0, ""),
			py.MustNewMethod("ticks_diff", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
				}
				end, ok1 := args[0].(py.Int)
				start, ok2 := args[1].(py.Int)
				if !ok1 || !ok2 {
					return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
				}
				diff := ((int64(end)-int64(start)+ticksPeriod/2)&(ticksPeriod-1) - ticksPeriod/2)
				return py.Int(diff), nil
			}, 0, ""),
			py.MustNewMethod("ticks_add", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, mpy.NewException(py.TypeError, py.String("function takes 2 positional arguments"))
				}
				t, ok1 := args[0].(py.Int)
				delta, ok2 := args[1].(py.Int)
				if !ok1 || !ok2 {
					return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
				}
				if delta <= -ticksPeriod/2 || delta >= ticksPeriod/2 {
					return nil, mpy.NewException(py.OverflowError, py.String("ticks interval overflow"))
				}
				return py.Int((int64(t) + int64(delta)) & (ticksPeriod - 1)), nil
			}, 0, ""),
			py.MustNewMethod("time", func(self py.Object) (py.Object, error) {
				_, d, err := clockOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(int64(d.RTC().Sub(epochOf(d)) / time.Second)), nil
			}, 0, ""),
			py.MustNewMethod("time_ns", func(self py.Object) (py.Object, error) {
				_, d, err := clockOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(int64(d.RTC().Sub(epochOf(d)))), nil
			}, 0, ""),
			py.MustNewMethod("localtime", brokenDown, 0, ""),
			py.MustNewMethod("gmtime", brokenDown, 0, ""),
			py.MustNewMethod("mktime", func(self, arg py.Object) (py.Object, error) {
				_, d, err := clockOf(self)
				if err != nil {
					return nil, err
				}
				items, err := mpy.Collect(arg)
				if err != nil || (len(items) != 8 && len(items) != 9) {
					return nil, mpy.NewException(py.TypeError, py.String("mktime needs a tuple of length 8 or 9"))
				}
				var f [6]int
				for i := 0; i < 6; i++ {
					n, ok := items[i].(py.Int)
					if !ok {
						return nil, mpy.NewException(py.TypeError, py.String("can't convert to int"))
					}
					f[i] = int(n)
				}
				t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.UTC)
				return py.Int(int64(t.Sub(epochOf(d)) / time.Second)), nil
			}, 0, ""),
		},
	})
}
