package mphash

import (
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// StrHash is the hash of a str on the [WebAssembly] build (16-bit djb2 of the
// UTF-8 bytes, never 0). Use [Profile.StrHash] for another build.
func StrHash(s string) int64 { return WebAssembly.StrHash(s) }

// BytesHash is the hash of a bytes object on the [WebAssembly] build; bytes hash
// exactly like the str with the same bytes.
func BytesHash(b []byte) int64 { return WebAssembly.BytesHash(b) }

// StrHash returns hash(s) for a str on this build: qstr_compute_hash over its
// UTF-8 bytes. The value lies in 1..0xffff (1..0xff when QstrHashBytes is 1).
func (p *Profile) StrHash(s string) int64 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = (h * 33) ^ uint32(s[i])
	}
	return finishStrHash(h, p.strMask())
}

// BytesHash returns hash(b) for a bytes object on this build.
func (p *Profile) BytesHash(b []byte) int64 {
	h := uint32(5381)
	for _, c := range b {
		h = (h * 33) ^ uint32(c)
	}
	return finishStrHash(h, p.strMask())
}

func finishStrHash(h, mask uint32) int64 {
	h &= mask
	if h == 0 {
		h = 1
	}
	return int64(h)
}

// IntHash returns hash(v) for an int: small ints hash to themselves, larger ones
// (mpz on the board) to their value wrapped to a word, then to a small int.
func (p *Profile) IntHash(v int64) int64 { return p.SmallInt(uint64(v)) }

// BigIntHash returns hash(z) for an int of any size (mpz_hash: the low word of
// the two's complement value, then a small int).
func (p *Profile) BigIntHash(z *big.Int) int64 {
	if z.IsInt64() {
		return p.IntHash(z.Int64())
	}
	low := new(big.Int).And(z, new(big.Int).SetUint64(^uint64(0)))
	return p.SmallInt(low.Uint64())
}

// floatWord is mp_float_hash without MICROPY_FLOAT_HIGH_QUALITY_HASH: the C
// conversion (mp_int_t)f, saturating at the word's limits, NaN giving 0 (what
// the webassembly build does; the board compilers' out-of-range conversions
// have not been measured).
func (p *Profile) floatWord(f float64) uint64 {
	if p.SingleFloat {
		f = float64(float32(f))
	}
	limit := math.Ldexp(1, int(p.WordBits)-1) // 2^(W-1)
	var v int64
	switch {
	case f != f:
		v = 0
	case f >= limit:
		v = int64(uint64(1)<<(p.WordBits-1) - 1)
		if p.WordBits >= 64 {
			v = math.MaxInt64
		}
	case f <= -limit:
		v = -int64(uint64(1) << (p.WordBits - 1))
		if p.WordBits >= 64 {
			v = math.MinInt64
		}
	default:
		v = int64(f) // truncates toward zero
	}
	return uint64(v)
}

// FloatHash returns hash(f) for a float on this build: 1.0 and 1 hash alike,
// 2.5 hashes as 2, out-of-range values saturate.
func (p *Profile) FloatHash(f float64) int64 { return p.SmallInt(p.floatWord(f)) }

// ComplexHash returns hash(c) for a complex: hash(real) ^ hash(imag), computed
// on words before the small-int conversion.
func (p *Profile) ComplexHash(c complex128) int64 {
	return p.SmallInt(p.floatWord(real(c)) ^ p.floatWord(imag(c)))
}

// Hasher gives the tables of one device its build parameters and the hashing
// and equality of objects this package does not know (user class instances,
// the emulator's own types such as bytearray or frozenset). A Hasher is shared
// by every table of a device and must not change after the first table uses
// it.
type Hasher struct {
	// Profile is the build whose hash values are reproduced; nil means
	// [WebAssembly].
	Profile *Profile
	// UserHash returns hash(o) for an object that is not str, bytes, int, bool,
	// None, float, complex or tuple, as a small-int value: a user __hash__
	// result passed through [Hasher.HashResult], [Set.FrozenHash] for a
	// frozenset, an error for unhashable objects (TypeError "unsupported type
	// for __hash__: 'list'"), and for objects hashed by identity
	// [Hasher.IdentityHash] of a deterministic per-device id (never a Go
	// pointer). Nil makes such objects unhashable.
	UserHash func(o py.Object) (int64, error)
	// UserEqual is mp_obj_equal(stored, probe) for a pair this package cannot
	// decide itself (either side is not a built-in value type). The tables call
	// it with the stored key first, as MicroPython does; a user __eq__ may then
	// be tried on either side. Nil means "equal only if [Same]".
	UserEqual func(stored, probe py.Object) (bool, error)
	// Interned reports whether a str is a qstr (interned) on the device. While
	// all keys of a dict are qstrs, a lookup of a non-str key fails without
	// hashing it. Nil treats every str as interned (true for names and string
	// literals of the program, the common case).
	Interned func(s py.String) bool
}

func (h *Hasher) profile() *Profile {
	if h.Profile == nil {
		return WebAssembly
	}
	return h.Profile
}

// Hash returns hash(o) as MicroPython computes it: built-in value types here,
// anything else through UserHash. The result is a small-int value (what hash()
// returns on the board).
func (h *Hasher) Hash(o py.Object) (int64, error) {
	p := h.profile()
	switch v := o.(type) {
	case py.String:
		return p.StrHash(string(v)), nil
	case py.Int:
		return p.IntHash(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Bytes:
		return p.BytesHash(v), nil
	case *py.BigInt:
		return p.BigIntHash((*big.Int)(v)), nil
	case py.Float:
		return p.FloatHash(float64(v)), nil
	case py.NoneType:
		return p.NoneHash, nil
	case py.Complex:
		return p.ComplexHash(complex128(v)), nil
	case py.Tuple:
		sum := uint64(p.EmptyTupleHash)
		for _, item := range v {
			ih, err := h.Hash(item)
			if err != nil {
				return 0, err
			}
			sum += uint64(ih)
		}
		return p.SmallInt(sum), nil
	}
	if o == nil {
		return 0, fmt.Errorf("mphash: hash of a nil object")
	}
	if h.UserHash == nil {
		return 0, fmt.Errorf("mphash: unsupported type for __hash__: '%s'", typeName(o))
	}
	return h.UserHash(o)
}

func typeName(o py.Object) string {
	if t := o.Type(); t != nil {
		return t.Name
	}
	return fmt.Sprintf("%T", o)
}

// HashResult converts what a user __hash__ returned into the hash MicroPython
// uses (mp_obj_get_int_truncated, then a small int): ints of any size are
// wrapped, bools give 0/1, anything else is the error MicroPython raises as
// TypeError ("can't convert float to int").
func (h *Hasher) HashResult(o py.Object) (int64, error) {
	p := h.profile()
	switch v := o.(type) {
	case py.Int:
		return p.IntHash(int64(v)), nil
	case *py.BigInt:
		return p.BigIntHash((*big.Int)(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if o == nil {
		return 0, fmt.Errorf("mphash: __hash__ returned nil")
	}
	return 0, fmt.Errorf("can't convert %s to int", typeName(o))
}

// IdentityHash is the hash of an object that hashes by identity (no __hash__,
// no __eq__), given the device's deterministic id for it: MicroPython hashes
// the object's address as a small int.
func (h *Hasher) IdentityHash(id uint64) int64 { return h.profile().SmallInt(id) }
