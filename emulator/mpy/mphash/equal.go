package mphash

import (
	"bytes"
	"math/big"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Same reports whether a and b are the same object (Python's "is" as the tables
// use it): the same Go dynamic type and the same interface data word. Copies of
// one interface value are the same object; two separately boxed values (two
// float('nan') results) are not. It never panics, whatever the types.
func Same(a, b py.Object) bool {
	ia := (*[2]unsafe.Pointer)(unsafe.Pointer(&a))
	ib := (*[2]unsafe.Pointer)(unsafe.Pointer(&b))
	return ia[0] == ib[0] && ia[1] == ib[1]
}

// kind classifies the value types this package compares itself.
type kind uint8

const (
	kindOther kind = iota
	kindStr
	kindBytes
	kindNumber // int, bool, big int, float
	kindComplex
	kindNone
	kindTuple
)

func kindOf(o py.Object) kind {
	switch o.(type) {
	case py.String:
		return kindStr
	case py.Int, py.Bool, *py.BigInt, py.Float:
		return kindNumber
	case py.Bytes:
		return kindBytes
	case py.NoneType:
		return kindNone
	case py.Complex:
		return kindComplex
	case py.Tuple:
		return kindTuple
	}
	return kindOther
}

// Equal is mp_obj_equal(stored, probe) for built-in value types (str, bytes,
// int, bool, big int, float, complex, None, tuple): str never equals bytes,
// 1 == 1.0 == True, an int compared with a float is converted to the build's
// float first, NaN is unequal to itself. Pairs involving other types go to
// UserEqual.
func (h *Hasher) Equal(stored, probe py.Object) (bool, error) {
	ka, kb := kindOf(stored), kindOf(probe)
	if ka == kindOther || kb == kindOther {
		if h.UserEqual == nil {
			return Same(stored, probe), nil
		}
		return h.UserEqual(stored, probe)
	}
	switch ka {
	case kindStr:
		if kb == kindStr {
			return stored.(py.String) == probe.(py.String), nil
		}
	case kindBytes:
		if kb == kindBytes {
			return bytes.Equal(stored.(py.Bytes), probe.(py.Bytes)), nil
		}
	case kindNone:
		return kb == kindNone, nil
	case kindNumber:
		if kb == kindNumber {
			return h.numberEqual(stored, probe), nil
		}
		if kb == kindComplex {
			return h.complexEqual(probe.(py.Complex), stored), nil
		}
	case kindComplex:
		if kb == kindComplex {
			return stored.(py.Complex) == probe.(py.Complex), nil
		}
		if kb == kindNumber {
			return h.complexEqual(stored.(py.Complex), probe), nil
		}
	case kindTuple:
		if kb == kindTuple {
			if Same(stored, probe) {
				return true, nil // tuples are reflexive: mp_obj_equal's identity shortcut
			}
			a, b := stored.(py.Tuple), probe.(py.Tuple)
			if len(a) != len(b) {
				return false, nil
			}
			for i := range a {
				eq, err := h.Equal(a[i], b[i])
				if err != nil || !eq {
					return false, err
				}
			}
			return true, nil
		}
	}
	return false, nil
}

// intValue returns an int-like number as a big.Int, or nil for a float.
func intValue(o py.Object) (int64, *big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return int64(v), nil, true
	case py.Bool:
		if v {
			return 1, nil, true
		}
		return 0, nil, true
	case *py.BigInt:
		return 0, (*big.Int)(v), true
	}
	return 0, nil, false
}

func (h *Hasher) numberEqual(a, b py.Object) bool {
	ai, abig, aInt := intValue(a)
	bi, bbig, bInt := intValue(b)
	if aInt && bInt {
		if abig == nil && bbig == nil {
			return ai == bi
		}
		if abig == nil {
			abig = big.NewInt(ai)
		}
		if bbig == nil {
			bbig = big.NewInt(bi)
		}
		return abig.Cmp(bbig) == 0
	}
	return h.toFloat(a) == h.toFloat(b)
}

// toFloat converts a number the way MicroPython does before a mixed
// int/float comparison, rounding to float32 on single-precision builds.
func (h *Hasher) toFloat(o py.Object) float64 {
	var f float64
	switch v := o.(type) {
	case py.Float:
		f = float64(v)
	case py.Int:
		f = float64(v)
	case py.Bool:
		if v {
			f = 1
		}
	case *py.BigInt:
		f, _ = new(big.Float).SetInt((*big.Int)(v)).Float64()
	}
	if h.profile().SingleFloat {
		f = float64(float32(f))
	}
	return f
}

func (h *Hasher) complexEqual(c py.Complex, n py.Object) bool {
	return imag(c) == 0 && real(c) == h.toFloat(n)
}
