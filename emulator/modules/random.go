package modules

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// random as MicroPython 1.27 (extmod/modrandom.c): the Yasmarang generator with getrandbits,
// seed, randrange, randint, choice, random and uniform. Like the boards (ESP32 and RP2 define
// MICROPY_PY_RANDOM_SEED_INIT_FUNC from their hardware generator), the module seeds itself
// when first imported; here that seed comes from the interpreter's seeded source
// (Interp.RandomBytes), so a run is reproducible, and random.seed(n) then gives exactly the
// board's sequence. The generator state belongs to the device (one per interpreter).
//
// random() and uniform() fill the fraction of a double from two outputs as the reference build
// does (ESP32 and RP2 floats are single precision and use one output: our floats are doubles
// everywhere, see MICROPYTHON.md).

// yasmarang is the generator state.
type yasmarang struct {
	pad, n, d uint32
	dat       uint8
}

func (y *yasmarang) seed(s uint32) { *y = yasmarang{pad: s, n: 69, d: 233} }

func (y *yasmarang) next() uint32 {
	y.pad += uint32(y.dat) + y.d*y.n
	y.pad = y.pad<<3 + y.pad>>29
	y.n = y.pad | 2
	y.d ^= y.pad<<31 + y.pad>>1
	y.dat ^= uint8(y.pad) ^ uint8(y.d>>8) ^ 1
	return y.pad ^ y.d<<5 ^ y.pad>>18 ^ uint32(y.dat)<<1
}

// below returns a value in [0, n) by masking and rejection (n > 0).
func (y *yasmarang) below(n uint32) uint32 {
	mask := uint32(1)
	for n&mask < n {
		mask = mask<<1 | 1
	}
	for {
		if r := y.next() & mask; r < n {
			return r
		}
	}
}

// float returns [0, 1): 1.fraction - 1, the 52 fraction bits from two outputs (the first one
// drawn fills the high word, as the reference build evaluates it).
func (y *yasmarang) float() float64 {
	hi := uint64(y.next())
	lo := uint64(y.next())
	frac := (hi<<32 | lo) & (1<<52 - 1)
	return math.Float64frombits(1023<<52|frac) - 1
}

// randIntArg is mp_obj_get_int into a 32-bit mp_int_t.
func randIntArg(o py.Object) (int64, error) {
	n, err := intArg(o)
	if err != nil {
		return 0, err
	}
	if !n.IsInt64() || n.Int64() > math.MaxInt32 || n.Int64() < math.MinInt32 {
		return 0, mpy.NewException(py.OverflowError, py.String("overflow converting long int to machine word"))
	}
	return n.Int64(), nil
}

// randFloatArg is mp_obj_get_float.
func randFloatArg(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int, py.Bool, *py.BigInt:
		n, _ := intArg(x)
		f, _ := new(big.Float).SetInt(n).Float64()
		return f, nil
	}
	return 0, mpy.NewException(py.TypeError, py.String("can't convert "+o.Type().Name+" to float"))
}

// errRandValue is mp_raise_ValueError(NULL).
func errRandValue() error { return mpy.NewException(py.ValueError) }

// installRandom fills one device's random module: functions bound to its own generator.
func installRandom(it *mpy.Interp, m *py.Module) {
	y := &yasmarang{}
	reseed := func() {
		var b [4]byte
		it.RandomBytes(b[:])
		y.seed(binary.LittleEndian.Uint32(b[:]))
	}
	reseed() // seeded on import, as the boards do
	fn := func(name string, min, max int, f func(args py.Tuple) (py.Object, error)) {
		m.Globals[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := noKeywords(kw); err != nil {
				return nil, err
			}
			if err := argCount(args, min, max); err != nil {
				return nil, err
			}
			return f(args)
		}, 0, "")
	}
	fn("getrandbits", 1, 1, func(args py.Tuple) (py.Object, error) {
		n, err := randIntArg(args[0])
		if err != nil {
			return nil, err
		}
		if n > 32 || n < 0 {
			return nil, mpy.NewException(py.ValueError, py.String("bits must be 32 or less"))
		}
		if n == 0 {
			return py.Int(0), nil
		}
		return py.Int(int64(y.next() & (^uint32(0) >> (32 - n)))), nil
	})
	fn("seed", 0, 1, func(args py.Tuple) (py.Object, error) {
		if len(args) == 0 || args[0] == py.None {
			reseed()
			return py.None, nil
		}
		n, err := intArg(args[0]) // mp_obj_get_int_truncated: the low 32 bits
		if err != nil {
			return nil, err
		}
		low := new(big.Int).And(n, big.NewInt(math.MaxUint32))
		y.seed(uint32(low.Uint64()))
		return py.None, nil
	})
	fn("randrange", 1, 3, func(args py.Tuple) (py.Object, error) {
		start, err := randIntArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 1 {
			if start <= 0 {
				return nil, errRandValue()
			}
			return py.Int(int64(y.below(uint32(start)))), nil
		}
		stop, err := randIntArg(args[1])
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if start >= stop {
				return nil, errRandValue()
			}
			return py.Int(start + int64(y.below(uint32(stop-start)))), nil
		}
		step, err := randIntArg(args[2])
		if err != nil {
			return nil, err
		}
		var n int64
		switch {
		case step > 0:
			n = (stop - start + step - 1) / step
		case step < 0:
			n = (stop - start + step + 1) / step
		default:
			return nil, errRandValue()
		}
		if n <= 0 {
			return nil, errRandValue()
		}
		return py.Int(start + step*int64(y.below(uint32(n)))), nil
	})
	fn("randint", 2, 2, func(args py.Tuple) (py.Object, error) {
		a, err := randIntArg(args[0])
		if err != nil {
			return nil, err
		}
		b, err := randIntArg(args[1])
		if err != nil {
			return nil, err
		}
		if a > b {
			return nil, errRandValue()
		}
		return py.Int(a + int64(y.below(uint32(b-a+1)))), nil
	})
	fn("choice", 1, 1, func(args py.Tuple) (py.Object, error) {
		l, err := py.Len(args[0])
		if err != nil {
			return nil, err
		}
		n, err := randIntArg(l)
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, mpy.NewException(py.IndexError)
		}
		return mpy.GetItem(args[0], py.Int(int64(y.below(uint32(n)))))
	})
	fn("random", 0, 0, func(args py.Tuple) (py.Object, error) {
		return py.Float(y.float()), nil
	})
	fn("uniform", 2, 2, func(args py.Tuple) (py.Object, error) {
		a, err := randFloatArg(args[0])
		if err != nil {
			return nil, err
		}
		b, err := randFloatArg(args[1])
		if err != nil {
			return nil, err
		}
		return py.Float(a + (b-a)*y.float()), nil
	})
}

func init() {
	mpy.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "random"}})
	mpy.RegisterModuleSetup("random", installRandom)
}
