package modules

import (
	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// machineDevice is what the machine module needs from the device (emulator.Device).
type machineDevice interface {
	Reset(it *mpy.Interp, cause int)
	ResetCause() int
	Freq() int64
	UniqueID() []byte
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
		},
		Globals: py.StringDict{
			"PWRON_RESET": py.Int(pwronReset), "HARD_RESET": py.Int(hardReset),
			"WDT_RESET": py.Int(wdtReset), "DEEPSLEEP_RESET": py.Int(deepsleepReset),
			"SOFT_RESET": py.Int(softReset),
		},
	})
}
