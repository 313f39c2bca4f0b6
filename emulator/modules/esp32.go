package modules

import (
	"errors"
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// The esp32 module as MicroPython 1.27's ESP32 port has it (ports/esp32/esp32_partition.c):
// only the Partition class, which is what OTA updaters use. Partition(id[, block_size]) takes
// Partition.BOOT, Partition.RUNNING or a label; find(type=TYPE_APP, subtype=0xff, label=None,
// block_size=4096) is a static method, mark_app_valid_cancel_rollback() a class method.
// readblocks/writeblocks/ioctl are the block-device protocol over the raw partition
// (writeblocks(n, buf) erases the range first; writeblocks(n, buf, off) does not, as in 1.27).
// ESP-IDF errors become OSError(-code, 'ESP_ERR_...') as check_esp_err makes them (ESP_ERR_NO_MEM,
// ESP_ERR_NOT_SUPPORTED and ESP_ERR_TIMEOUT become ENOMEM, EOPNOTSUPP and ETIMEDOUT).
// Block sizes under 4096 (the read-modify-write cache path) are not supported: ValueError.
//
// Left out: NVS, mcu_temperature/raw_temperature, wake_on_*, idf_heap_info, RMT, ULP.
// The module exists only on esp32-port boards (emulator.RuntimeConfig gates it).

// partitionDevice is what the esp32 module needs from the device (emulator.Device).
type partitionDevice interface {
	PartitionCount() (int, error)
	PartitionInfo(i int) (typ, subtype int, addr, size uint32, label string)
	PartitionFind(typ, subtype int, label string) ([]int, error)
	PartitionByLabel(label string) (int, error)
	PartitionBoot() (int, error)
	PartitionRunning() (int, error)
	PartitionNextUpdate(from int) (int, error)
	PartitionRead(i int, off uint32, buf []byte) error
	PartitionWrite(it *mpy.Interp, i int, off uint32, data []byte) error
	PartitionErase(it *mpy.Interp, i int, off, size uint32) error
	PartitionSetBoot(it *mpy.Interp, i int) error
	MarkAppValid(it *mpy.Interp) error
}

// espError is an ESP-IDF error from the device (emulator.ESPError).
type espError interface{ ESPError() (int, string) }

const nativeBlockSize = 4096

// partitionObj is one esp32.Partition.
type partitionObj struct {
	t         *py.Type
	i         int
	blockSize int
	d         partitionDevice
	it        *mpy.Interp
}

// Type returns the device's Partition class.
func (p *partitionObj) Type() *py.Type { return p.t }

// M__repr__ prints the partition as esp32_partition_print does.
func (p *partitionObj) M__repr__() (py.Object, error) {
	typ, sub, addr, size, label := p.d.PartitionInfo(p.i)
	return py.String(fmt.Sprintf("<Partition type=%d, subtype=%d, address=%d, size=%d, label=%s, encrypted=0>", typ, sub, addr, size, label)), nil
}

// M__str__ is the same text.
func (p *partitionObj) M__str__() (py.Object, error) { return p.M__repr__() }

// espErr converts a device error into the OSError MicroPython's check_esp_err raises.
func espErr(it *mpy.Interp, err error) error {
	var e espError
	if !errors.As(err, &e) {
		return mpy.NewException(py.OSError, py.String(err.Error()))
	}
	code, name := e.ESPError()
	pcode := -code
	switch name {
	case "ESP_ERR_NO_MEM":
		pcode = it.Errno("ENOMEM")
	case "ESP_ERR_TIMEOUT":
		pcode = it.Errno("ETIMEDOUT")
	case "ESP_ERR_NOT_SUPPORTED":
		pcode = it.Errno("EOPNOTSUPP")
	}
	ex := it.NewOSErrorFor(pcode)
	ex.Args = py.Tuple{py.Int(pcode), py.String(name)}
	return ex
}

// smallInt is mp_obj_get_int for the arguments of this module.
func smallInt(o py.Object) (int64, error) {
	n, err := intArg(o)
	if err != nil {
		return 0, err
	}
	if !n.IsInt64() {
		return 0, mpy.NewException(py.OverflowError, py.String("overflow converting long int to machine word"))
	}
	return n.Int64(), nil
}

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "esp32"},
		Globals: py.StringDict{},
	})
	mpy.RegisterModuleSetup("esp32", func(it *mpy.Interp, m *py.Module) {
		t, err := partitionType(it)
		if err != nil {
			panic(err)
		}
		m.Globals["Partition"] = t
	})
}

// partitionType makes the Partition class of one device.
func partitionType(it *mpy.Interp) (*py.Type, error) {
	dev := func() (partitionDevice, error) {
		d, ok := it.Device().(partitionDevice)
		if !ok {
			return nil, mpy.NewException(py.OSError, py.String("esp32: no partition table behind this interpreter"))
		}
		if _, err := d.PartitionCount(); err != nil {
			return nil, mpy.NewException(py.OSError, py.String(err.Error()))
		}
		return d, nil
	}
	var t *py.Type
	newPart := func(d partitionDevice, i int, blockSize int64) (py.Object, error) {
		if i < 0 {
			return nil, it.NewOSErrorFor(it.Errno("ENOENT"))
		}
		if blockSize < nativeBlockSize || blockSize > 0xFFFF {
			return nil, mpy.NewException(py.ValueError, py.String("emulator: esp32.Partition block_size below 4096 is not supported"))
		}
		return &partitionObj{t: t, i: i, blockSize: int(blockSize), d: d, it: it}, nil
	}
	t, err := mpy.NewRuntimeType("Partition", nil, func(_ *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKeywords(kw); err != nil {
			return nil, err
		}
		if err := argCount(args, 1, 2); err != nil {
			return nil, err
		}
		d, err := dev()
		if err != nil {
			return nil, err
		}
		var i int
		switch x := args[0].(type) {
		case py.Int, py.Bool, *py.BigInt:
			n, err := smallInt(x)
			if err != nil {
				return nil, err
			}
			switch n {
			case 0:
				i, err = d.PartitionBoot()
			case 1:
				i, err = d.PartitionRunning()
			default:
				return nil, mpy.NewException(py.ValueError)
			}
			if err != nil {
				return nil, espErr(it, err)
			}
		default:
			label, err := strArg(args[0])
			if err != nil {
				return nil, err
			}
			if i, err = d.PartitionByLabel(label); err != nil {
				return nil, espErr(it, err)
			}
		}
		bs := int64(nativeBlockSize)
		if len(args) == 2 {
			if bs, err = smallInt(args[1]); err != nil {
				return nil, err
			}
		}
		return newPart(d, i, bs)
	})
	if err != nil {
		return nil, fmt.Errorf("esp32.Partition: %w", err)
	}
	t.Dict["BOOT"] = py.Int(0)
	t.Dict["RUNNING"] = py.Int(1)
	t.Dict["TYPE_APP"] = py.Int(0)
	t.Dict["TYPE_DATA"] = py.Int(1)

	t.Dict["find"] = py.MustNewMethod("find", func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		vals := []py.Object{py.Int(0), py.Int(0xff), py.None, py.Int(nativeBlockSize)}
		names := []string{"type", "subtype", "label", "block_size"}
		if len(args) > len(vals) {
			return nil, py.ExceptionNewf(py.TypeError, "function takes %d positional arguments but %d were given", len(vals), len(args))
		}
		copy(vals, args)
		for k, v := range kw {
			found := false
			for n, name := range names {
				if name == k {
					vals[n], found = v, true
				}
			}
			if !found {
				return nil, py.ExceptionNewf(py.TypeError, "unexpected keyword argument '%s'", k)
			}
		}
		typ, err := smallInt(vals[0])
		if err != nil {
			return nil, err
		}
		sub, err := smallInt(vals[1])
		if err != nil {
			return nil, err
		}
		label := ""
		if vals[2] != py.None {
			if label, err = strArg(vals[2]); err != nil {
				return nil, err
			}
		}
		bs, err := smallInt(vals[3])
		if err != nil {
			return nil, err
		}
		d, err := dev()
		if err != nil {
			return nil, err
		}
		idx, err := d.PartitionFind(int(typ), int(sub), label)
		if err != nil {
			return nil, espErr(it, err)
		}
		out := make([]py.Object, 0, len(idx))
		for _, i := range idx {
			p, err := newPart(d, i, bs)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return py.NewListFromItems(out), nil
	}, py.METH_STATIC, "")

	t.Dict["mark_app_valid_cancel_rollback"] = py.MustNewMethod("mark_app_valid_cancel_rollback", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := argCount(args, 0, 0); err != nil {
			return nil, err
		}
		d, err := dev()
		if err != nil {
			return nil, err
		}
		if err := d.MarkAppValid(it); err != nil {
			return nil, espErr(it, err)
		}
		return py.None, nil
	}, py.METH_CLASS, "")

	method := func(name string, min, max int, fn func(p *partitionObj, args py.Tuple) (py.Object, error)) {
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			p, ok := self.(*partitionObj)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "argument should be a 'Partition'")
			}
			if len(args) < min || len(args) > max {
				return nil, py.ExceptionNewf(py.TypeError, "function expected between %d and %d arguments, got %d", min+1, max+1, len(args)+1)
			}
			return fn(p, args)
		}, 0, "")
	}
	method("info", 0, 0, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		typ, sub, addr, size, label := p.d.PartitionInfo(p.i)
		return py.Tuple{py.Int(typ), py.Int(sub), py.Int(addr), py.Int(size), py.String(label), py.False}, nil
	})
	offset := func(p *partitionObj, args py.Tuple) (int64, error) {
		blk, err := smallInt(args[0])
		if err != nil {
			return 0, err
		}
		off := blk * int64(p.blockSize)
		if len(args) == 3 {
			extra, err := smallInt(args[2])
			if err != nil {
				return 0, err
			}
			off += extra
		}
		return off, nil
	}
	// the C code works on uint32_t offsets: a negative or huge offset wraps, and ESP-IDF then
	// refuses it as out of range (ESP_ERR_INVALID_ARG)
	wrap := func(off int64) uint32 { return uint32(off) }
	method("readblocks", 2, 3, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		off, err := offset(p, args)
		if err != nil {
			return nil, err
		}
		buf, ok := writableBuffer(args[1])
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
		}
		if err := p.d.PartitionRead(p.i, wrap(off), buf); err != nil {
			return nil, espErr(it, err)
		}
		return py.None, nil
	})
	method("writeblocks", 2, 3, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		off, err := offset(p, args)
		if err != nil {
			return nil, err
		}
		data, ok := mpy.BufferOf(args[1])
		if !ok {
			return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
		}
		data = append([]byte(nil), data...)
		if len(args) == 2 {
			if err := p.d.PartitionErase(it, p.i, wrap(off), uint32(len(data))); err != nil {
				return nil, espErr(it, err)
			}
		}
		if err := p.d.PartitionWrite(it, p.i, wrap(off), data); err != nil {
			return nil, espErr(it, err)
		}
		return py.None, nil
	})
	method("ioctl", 2, 2, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		op, err := smallInt(args[0])
		if err != nil {
			return nil, err
		}
		_, _, _, size, _ := p.d.PartitionInfo(p.i)
		switch op {
		case 1, 2, 3: // INIT, DEINIT, SYNC
			return py.Int(0), nil
		case 4: // BLOCK_COUNT
			return py.Int(int64(size) / int64(p.blockSize)), nil
		case 5: // BLOCK_SIZE
			return py.Int(p.blockSize), nil
		case 6: // BLOCK_ERASE
			if p.blockSize != nativeBlockSize {
				return py.Int(-it.Errno("EINVAL")), nil
			}
			blk, err := smallInt(args[1])
			if err != nil {
				return nil, err
			}
			if err := p.d.PartitionErase(it, p.i, wrap(blk*nativeBlockSize), nativeBlockSize); err != nil {
				return nil, espErr(it, err)
			}
			return py.Int(0), nil
		}
		return py.None, nil
	})
	method("set_boot", 0, 0, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		if err := p.d.PartitionSetBoot(it, p.i); err != nil {
			return nil, espErr(it, err)
		}
		return py.None, nil
	})
	method("get_next_update", 0, 0, func(p *partitionObj, args py.Tuple) (py.Object, error) {
		i, err := p.d.PartitionNextUpdate(p.i)
		if err != nil {
			return nil, espErr(it, err)
		}
		return newPart(p.d, i, nativeBlockSize)
	})
	return t, nil
}

// writableBuffer is mp_get_buffer_raise(..., MP_BUFFER_WRITE): a bytearray or a memoryview
// (bytes and str are read-only).
func writableBuffer(o py.Object) ([]byte, bool) {
	switch o.(type) {
	case *mpy.ByteArray, *mpy.MemoryView:
		return mpy.BufferOf(o)
	}
	return nil, false
}
