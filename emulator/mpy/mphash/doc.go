// Package mphash reproduces MicroPython 1.27's hash functions and hash-table
// algorithms exactly, so that an emulated MicroPython iterates dicts and sets in
// the order a real board does. MicroPython's dicts are not insertion-ordered:
// iteration walks the slots of an open-addressing table, so the order depends on
// every key's hash, on the table's allocation history (initial size, growth
// steps, deleted-slot markers) and on the order of operations.
//
// What it owns: the hash of every built-in value type (str, bytes, int of any
// size, bool, None, float, complex, tuple, frozenset sums), the dict table
// ([Map], MicroPython's mp_map_t including ordered maps for OrderedDict) and the
// set table ([Set], mp_set_t), with MicroPython's growth sequence, linear
// probing, deleted-slot sentinels, popitem/pop choice of slot and the algorithms
// the set operators use to build new sets. What it must never do: call back into
// Python on its own (hashes and equality of user objects come from the caller
// through [Hasher]), look at Go map order, the clock or host randomness.
//
// # Facts reproduced (read from MicroPython v1.27.0 py/map.c, objdict.c, objset.c,
// qstr.c, objstr.c, runtime.c, objtuple.c, objfloat.c, mpz.c, objtype.c, bc.c, vm.c,
// compile.c; checked against the real webassembly build, see testdata/)
//
//   - str and bytes hash: djb2 over the UTF-8 bytes, h = h*33 ^ byte from 5381,
//     masked to 8*MICROPY_QSTR_BYTES_IN_HASH bits (16 when that is 0); 0 becomes 1.
//     Interned and non-interned strings, short and long, hash the same way.
//   - int hash: the value, wrapped to a machine word (two's complement for big
//     ints, mpz_hash) and then to a small int (one bit narrower, sign-extended).
//     bool hashes as 0/1, None as its immediate-object word (6), float as the C
//     cast (mp_int_t)f (saturating, NaN 0; no MICROPY_FLOAT_HIGH_QUALITY_HASH),
//     complex as hash(real) ^ hash(imag), tuple as address(()) + sum of items,
//     frozenset as address(mp_type_frozenset) + sum of items. Objects without
//     __hash__ hash by identity (their address): the caller supplies a
//     deterministic id.
//   - A table slot is hash (as an unsigned word) modulo the allocation. Probing
//     is linear. A table grows only when an insertion finds neither an empty nor
//     a deleted slot after a full turn, to the first size of 0, 2, 4, 6, 8, 10,
//     12, 17, 23, 29, 37, 47, 59, 73, 97, 127, ... 54907 that is larger than the
//     current one (then x*1.5|1), re-inserting the old slots in slot order.
//   - Deleting leaves a sentinel unless the next slot is empty. dict.popitem
//     takes the first filled slot and always leaves a sentinel; set.pop takes the
//     first filled slot and uses the empty-next-slot rule.
//   - A dict display of n items starts with n slots, {} and comprehensions with 0;
//     dict(), dict(iterable), dict(**kw), json.loads start empty; dict.fromkeys(x)
//     starts with len(x) slots when x has a length; d.copy() copies the table
//     verbatim; a **kwargs parameter starts with as many slots as keyword
//     arguments were passed. A set display of n items starts with n slots; set(),
//     set(iterable), frozenset(...) and set comprehensions start empty. An
//     instance's __dict__ and a class body's namespace start empty; a module's
//     globals start with MICROPY_MODULE_DICT_SIZE (1) slot; namedtuple._asdict
//     starts with one slot per field.
//   - d.update(other_dict) stores other's items in other's slot order (nothing
//     when other is d), d.update(iterable) in iteration order, keyword
//     arguments last in call order; d | e is d.copy() then update(e).
//   - a|b copies a and adds b's items in b's slot order; a&b starts an empty set
//     and adds b's items found in a, in b's order; a-b copies a and removes b's
//     items; a^b copies a and toggles b's items. OrderedDict maps keep insertion
//     order, grow by 4 slots, remove by shifting, and popitem takes the last item.
//   - While every key of a dict is an interned str (a qstr), a lookup of a key that
//     is not a str fails at once without hashing it ([] in {'a': 1} is False, not
//     a TypeError); a lookup in an empty table never hashes.
//   - Iterating is a cursor over slot indices with no "changed size" check.
//
// Known deviations: MicroPython's global map lookup cache
// (MICROPY_OPT_MAP_LOOKUP_CACHE, on in these builds) lets d[k] skip k.__hash__
// when the identical object k was found recently; here UserHash is called on
// every dict lookup, which only shows if a user __hash__ has side effects (sets
// have no cache on the board either). Whether a str is a qstr is approximated by
// [Hasher].Interned, which decides whether [] in d is False or a TypeError for
// an all-str dict. Float hashes of out-of-range values on ESP32 and RP2 assume
// the saturating conversion measured on webassembly.
//
// # Build parameters and board profiles
//
// [WebAssembly] is the build the project's reference corpus runs (the pyscript
// variant of ports/webassembly, 32-bit words, double-precision floats,
// MICROPY_QSTR_BYTES_IN_HASH 2); hash(()) and hash(frozenset()) are addresses in
// that binary and were measured there. [ESP32Generic] (16-bit qstr hash, single
// float) and [RP2] (MICROPY_QSTR_BYTES_IN_HASH is 1 on rp2: 8-bit str hashes)
// follow those ports' mpconfigport.h; their tuple/frozenset seeds are addresses
// in flash that have not been measured on hardware and default to the
// webassembly values. A board profile selects a *Profile and puts it in the
// device's [Hasher].
//
// Regenerating the golden files (needs node and /tmp/mpref):
//
//	go test ./emulator/mpy/mphash -run TestGolden -regen
package mphash
