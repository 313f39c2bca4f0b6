package mphash

// Profile holds the build parameters of one MicroPython firmware that change
// hash values. A Profile is immutable once a [Hasher] uses it.
type Profile struct {
	// Name identifies the build, for messages.
	Name string
	// QstrHashBytes is MICROPY_QSTR_BYTES_IN_HASH: 2 gives 16-bit str/bytes
	// hashes, 1 gives 8-bit ones, 0 (hash computed on demand) gives 16-bit.
	QstrHashBytes int
	// WordBits is the width of mp_int_t/mp_uint_t: 32 on the webassembly,
	// ESP32 and RP2 ports, 64 on 64-bit unix. Small ints are one bit narrower.
	WordBits uint
	// SingleFloat is true for MICROPY_FLOAT_IMPL_FLOAT (ESP32, RP2): a float is
	// rounded to float32 before it is hashed.
	SingleFloat bool
	// EmptyTupleHash is hash(()) on this build: the address of
	// mp_const_empty_tuple, the seed of every tuple hash.
	EmptyTupleHash int64
	// FrozensetHash is hash(frozenset()) on this build: the address of
	// mp_type_frozenset, the seed of every frozenset hash.
	FrozensetHash int64
	// NoneHash is hash(None): the word of the None object (6 with immediate
	// objects, MICROPY_OBJ_REPR_A).
	NoneHash int64
}

// WebAssembly is MicroPython 1.27.0's webassembly port, pyscript variant (the
// npm package @micropython/micropython-webassembly-pyscript the project's
// reference corpus runs): wasm32, MICROPY_OBJ_REPR_A, double floats,
// MICROPY_CONFIG_ROM_LEVEL_FULL_FEATURES so MICROPY_QSTR_BYTES_IN_HASH is 2.
// hash(()) = 98208 and hash(frozenset()) = 96676 were measured on that build.
var WebAssembly = &Profile{
	Name:           "webassembly-pyscript-1.27.0",
	QstrHashBytes:  2,
	WordBits:       32,
	EmptyTupleHash: 98208,
	FrozensetHash:  96676,
	NoneHash:       6,
}

// ESP32Generic is ports/esp32 (ESP32_GENERIC): 32-bit words, single-precision
// floats, MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES so 16-bit str hashes. The
// tuple and frozenset seeds are flash addresses not yet measured on a board;
// they default to the webassembly values (print hash(()) and hash(frozenset())
// on a board to fix them).
var ESP32Generic = &Profile{
	Name:           "esp32-1.27.0",
	QstrHashBytes:  2,
	WordBits:       32,
	SingleFloat:    true,
	EmptyTupleHash: 98208,
	FrozensetHash:  96676,
	NoneHash:       6,
}

// RP2 is ports/rp2 (RPI_PICO, RPI_PICO_W): 32-bit words, single-precision
// floats, and MICROPY_QSTR_BYTES_IN_HASH set to 1 in its mpconfigport.h, so str
// and bytes hashes are 8 bits wide (many more collisions, a different order
// from ESP32 for the same program). Tuple and frozenset seeds as for
// [ESP32Generic].
var RP2 = &Profile{
	Name:           "rp2-1.27.0",
	QstrHashBytes:  1,
	WordBits:       32,
	SingleFloat:    true,
	EmptyTupleHash: 98208,
	FrozensetHash:  96676,
	NoneHash:       6,
}

// strMask is the mask qstr_compute_hash applies (Q_HASH_MASK).
func (p *Profile) strMask() uint32 {
	if p.QstrHashBytes == 1 {
		return 0xff
	}
	return 0xffff
}

// wordMask masks a value to mp_uint_t.
func (p *Profile) wordMask() uint64 {
	if p.WordBits >= 64 {
		return ^uint64(0)
	}
	return 1<<p.WordBits - 1
}

// SmallInt returns what MP_OBJ_NEW_SMALL_INT makes of the machine word v: its
// low WordBits-1 bits, sign-extended. This is the value hash() returns and
// what a user __hash__ result is truncated to (after wrapping a big int to a
// word, as mp_obj_get_int_truncated does).
func (p *Profile) SmallInt(v uint64) int64 {
	shift := 64 - (p.WordBits - 1)
	return int64(v<<shift) >> shift
}

// Slot returns the table slot MicroPython probes first for hash h (a small-int
// hash value) in a table of alloc slots: (mp_uint_t)h % alloc.
func (p *Profile) Slot(h int64, alloc int) int {
	return int((uint64(h) & p.wordMask()) % uint64(alloc))
}
