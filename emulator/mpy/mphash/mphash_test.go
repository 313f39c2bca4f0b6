package mphash

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bigInt(s string) py.Object {
	z, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return (*py.BigInt)(z)
}

// TestHashMeasured pins hash() values printed by real MicroPython 1.27
// (webassembly) for every built-in type, including the ones the golden
// programs do not reach (inf, nan, complex, huge floats).
func TestHashMeasured(t *testing.T) {
	h := &Hasher{Profile: WebAssembly}
	cases := []struct {
		src  string
		obj  py.Object
		want int64
	}{
		{"None", py.None, 6},
		{"True", py.True, 1},
		{"False", py.False, 0},
		{"()", py.Tuple{}, 98208},
		{"(1,)", py.Tuple{py.Int(1)}, 98209},
		{"(1, 2)", py.Tuple{py.Int(1), py.Int(2)}, 98211},
		{"((),)", py.Tuple{py.Tuple{}}, 196416},
		{"2**30", py.Int(1 << 30), -1073741824},
		{"2**31", py.Int(1 << 31), 0},
		{"2**32+5", py.Int(1<<32 + 5), 5},
		{"-1", py.Int(-1), -1},
		{"-2**30", py.Int(-1 << 30), -1073741824},
		{"-2**30-1", py.Int(-1<<30 - 1), 1073741823},
		{"2**64+7", bigInt("18446744073709551623"), 7},
		{"-(2**64)-7", bigInt("-18446744073709551623"), -7},
		{"1.5", py.Float(1.5), 1},
		{"2.0", py.Float(2), 2},
		{"-2.5", py.Float(-2.5), -2},
		{"0.1", py.Float(0.1), 0},
		{"1e9", py.Float(1e9), 1000000000},
		{"3e9", py.Float(3e9), -1},
		{"-3e9", py.Float(-3e9), 0},
		{"1e20", py.Float(1e20), -1},
		{"inf", py.Float(math.Inf(1)), -1},
		{"-inf", py.Float(math.Inf(-1)), 0},
		{"nan", py.Float(math.NaN()), 0},
		{"1j", py.Complex(1i), 1},
		{"1.5+2.5j", py.Complex(1.5 + 2.5i), 3},
		{"'abc'", py.String("abc"), 12933},
		{"b'abc'", py.Bytes("abc"), 12933},
		{"''", py.String(""), 5381},
		{"'dndk' (djb2 & 0xffff == 0)", py.String("dndk"), 1},
		{"'hm'", py.String("hm"), 28416},
	}
	for _, c := range cases {
		got, err := h.Hash(c.obj)
		require.NoError(t, err, c.src)
		assert.Equal(t, c.want, got, "hash(%s)", c.src)
	}
	fs := NewSet(h, 0)
	got, err := fs.FrozenHash()
	require.NoError(t, err)
	assert.Equal(t, int64(96676), got, "hash(frozenset())")
	require.NoError(t, fs.Add(py.Int(1)))
	got, err = fs.FrozenHash()
	require.NoError(t, err)
	assert.Equal(t, int64(96677), got, "hash(frozenset([1]))")
}

func TestBoardProfiles(t *testing.T) {
	// rp2 keeps 8 bits of the str hash: "hm" is 0x6f00, masked to 0, so 1.
	assert.Equal(t, int64(1), RP2.StrHash("hm"))
	assert.Equal(t, int64(12933&0xff), RP2.StrHash("abc"))
	assert.Equal(t, int64(12933), ESP32Generic.StrHash("abc"))
	assert.Equal(t, StrHash("abc"), BytesHash([]byte("abc")))
	// Single-precision boards round to float32 first.
	assert.Equal(t, int64(16777216), ESP32Generic.FloatHash(16777217))
	assert.Equal(t, int64(16777217), WebAssembly.FloatHash(16777217))
	// A 64-bit build keeps 63-bit small ints.
	unix := &Profile{Name: "unix64", QstrHashBytes: 2, WordBits: 64}
	assert.Equal(t, int64(1<<31), unix.IntHash(1<<31))
	assert.Equal(t, int64(-1<<62), unix.IntHash(1<<62))
	assert.Equal(t, int64(-1), unix.FloatHash(1e300), "saturated word, then a 63-bit small int")
	assert.Equal(t, 1, unix.Slot(-1, 2))
	assert.Equal(t, 0, WebAssembly.Slot(-1, 17)) // 0xffffffff % 17
}

func TestStrHashNeverZero(t *testing.T) {
	for _, p := range []*Profile{WebAssembly, RP2} {
		for i := 0; i < 200000; i++ {
			s := fmt.Sprint(i)
			h := p.StrHash(s)
			require.NotZero(t, h, "%s: hash(%q)", p.Name, s)
			require.LessOrEqual(t, h, int64(p.strMask()))
		}
	}
}

func TestGrowthSequence(t *testing.T) {
	h := &Hasher{}
	m := NewMap(h, 0)
	var allocs []int
	for i := 0; i < 100; i++ {
		require.NoError(t, m.Store(py.Int(i), py.None))
		if n := len(allocs); n == 0 || allocs[n-1] != m.Alloc() {
			allocs = append(allocs, m.Alloc())
		}
	}
	assert.Equal(t, []int{2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127}, allocs)
	assert.Equal(t, 100, m.Len())
	assert.Equal(t, 4, NextAlloc(3), "a literal of 3 items grows to 4")
	assert.Equal(t, 82363, NextAlloc(54907), "past the table: x*1.5|1")

	lit := NewMap(h, 3)
	for i := 0; i < 3; i++ {
		require.NoError(t, lit.Store(py.Int(i), py.None))
	}
	assert.Equal(t, 3, lit.Alloc(), "a literal of n items fills n slots without growing")
	require.NoError(t, lit.Store(py.Int(3), py.None))
	assert.Equal(t, 4, lit.Alloc())
}

// userObj is an object whose hash and equality the caller decides.
type userObj struct{ id, hash int64 }

var userType = py.NewType("U", "")

func (*userObj) Type() *py.Type { return userType }

type counting struct {
	hashes, equals int
	failHash       bool
}

func (c *counting) hasher() *Hasher {
	return &Hasher{
		UserHash: func(o py.Object) (int64, error) {
			c.hashes++
			if c.failHash {
				return 0, errors.New("TypeError: unsupported type for __hash__: 'list'")
			}
			return o.(*userObj).hash, nil
		},
		UserEqual: func(a, b py.Object) (bool, error) {
			c.equals++
			ua, ok1 := a.(*userObj)
			ub, ok2 := b.(*userObj)
			return ok1 && ok2 && ua.id == ub.id, nil
		},
	}
}

func TestQstrMapSkipsHashing(t *testing.T) {
	c := &counting{failHash: true}
	m := NewMap(c.hasher(), 1)
	require.NoError(t, m.Store(py.String("a"), py.Int(1)))
	// [] in {'a': 1} is False on the board: no hash, no TypeError.
	_, found, err := m.Lookup(&userObj{})
	assert.NoError(t, err)
	assert.False(t, found)
	_, found, err = m.Delete(&userObj{})
	assert.NoError(t, err)
	assert.False(t, found)
	assert.Zero(t, c.hashes)
	// An int key ends the qstr-only state: now the probe is hashed and fails.
	require.NoError(t, m.Store(py.Int(1), py.Int(2)))
	_, _, err = m.Lookup(&userObj{})
	assert.Error(t, err)
	assert.Equal(t, 1, c.hashes)
	// So does a non-interned str key (json.loads('{"zzqq": 1}')).
	h2 := c.hasher()
	h2.Interned = func(s py.String) bool { return s != "zzqq" }
	m2 := NewMap(h2, 0)
	require.NoError(t, m2.Store(py.String("zzqq"), py.Int(1)))
	_, _, err = m2.Lookup(&userObj{})
	assert.Error(t, err)
	// {}.pop([]) and [] in set() never hash.
	c.hashes = 0
	_, found, err = NewMap(c.hasher(), 0).Delete(&userObj{})
	assert.NoError(t, err)
	assert.False(t, found)
	in, err := NewSet(c.hasher(), 0).Contains(&userObj{})
	assert.NoError(t, err)
	assert.False(t, in)
	assert.Zero(t, c.hashes)
}

func TestUserKeys(t *testing.T) {
	c := &counting{}
	h := c.hasher()
	m := NewMap(h, 0)
	a, b := &userObj{id: 1, hash: 5}, &userObj{id: 2, hash: 5}
	require.NoError(t, m.Store(a, py.Int(1)))
	require.NoError(t, m.Store(b, py.Int(2)))
	assert.Equal(t, 2, m.Len())
	v, found, err := m.Lookup(&userObj{id: 2, hash: 5})
	require.NoError(t, err)
	assert.True(t, found)
	assert.Equal(t, py.Int(2), v)
	// Growing re-hashes every key through UserHash, as mp_map_rehash does.
	c.hashes = 0
	for i := 0; i < 3; i++ {
		require.NoError(t, m.Store(py.Int(i), py.None))
	}
	assert.GreaterOrEqual(t, c.hashes, 2, "user keys re-hashed on growth")
	// Errors from the caller's hash reach the caller.
	c.failHash = true
	assert.Error(t, m.Store(&userObj{id: 9}, py.None))
	assert.Error(t, NewSet(h, 0).Add(&userObj{id: 9}))
	// Without UserHash, other objects are unhashable.
	assert.Error(t, NewMap(&Hasher{}, 0).Store(&userObj{}, py.None))
}

func TestIdentityAndNaN(t *testing.T) {
	h := &Hasher{}
	// x = float('nan'): x in {x: 1} is True (identity), x in {x} is False,
	// float('nan') in {x: 1} is False.
	x := py.Object(py.Float(math.NaN()))
	m := NewMap(h, 1)
	require.NoError(t, m.Store(x, py.Int(1)))
	_, found, err := m.Lookup(x)
	require.NoError(t, err)
	assert.True(t, found)
	other := py.Object(py.Float(math.Float64frombits(math.Float64bits(math.NaN()) + 1)))
	_, found, err = m.Lookup(other)
	require.NoError(t, err)
	assert.False(t, found)
	s := NewSet(h, 1)
	require.NoError(t, s.Add(x))
	in, err := s.Contains(x)
	require.NoError(t, err)
	assert.False(t, in)
	assert.Equal(t, 1, s.Len()+0)
	require.NoError(t, s.Add(x))
	assert.Equal(t, 2, s.Len(), "NaN is never equal to itself in a set")

	tup := py.Object(py.Tuple{py.Int(1)})
	assert.True(t, Same(tup, tup))
	assert.False(t, Same(tup, py.Object(py.Tuple{py.Int(1)})))
	assert.False(t, Same(tup, py.Object(py.Bytes("a"))))
	assert.False(t, Same(py.Int(1), py.True), "different types never the same object")
	assert.True(t, Same(py.None, py.None))
}

func TestEqualBuiltins(t *testing.T) {
	h := &Hasher{}
	cases := []struct {
		a, b py.Object
		want bool
	}{
		{py.Int(1), py.True, true},
		{py.Int(1), py.Float(1), true},
		{py.Float(0.5), py.Int(0), false},
		{bigInt("18446744073709551616"), py.Float(18446744073709551616), true},
		{bigInt("18446744073709551617"), bigInt("18446744073709551617"), true},
		{py.Int(5), bigInt("5"), true},
		{py.String("a"), py.Bytes("a"), false},
		{py.Bytes("a"), py.Bytes("a"), true},
		{py.None, py.None, true},
		{py.None, py.Int(0), false},
		{py.Complex(2), py.Int(2), true},
		{py.Int(2), py.Complex(2 + 1i), false},
		{py.Tuple{py.Int(1), py.String("a")}, py.Tuple{py.True, py.String("a")}, true},
		{py.Tuple{py.Int(1)}, py.Tuple{py.Int(1), py.Int(2)}, false},
		{py.Tuple{}, py.String(""), false},
	}
	for _, c := range cases {
		got, err := h.Equal(c.a, c.b)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%v == %v", c.a, c.b)
	}
}

func TestMapOperations(t *testing.T) {
	h := &Hasher{}
	m := NewMap(h, 0)
	// {True: 'a'}; d[1] = 'b' keeps the key True.
	require.NoError(t, m.Store(py.True, py.String("a")))
	require.NoError(t, m.Store(py.Int(1), py.String("b")))
	_, k, v, ok := m.Next(0)
	require.True(t, ok)
	assert.Equal(t, py.True, k)
	assert.Equal(t, py.String("b"), v)

	// {0: 'x', 2: 'y'} in 2 slots: popitem takes slot 0 and leaves a marker,
	// so 2 (first probe: slot 0) is still found.
	m = NewMap(h, 2)
	require.NoError(t, m.Store(py.Int(0), py.String("x")))
	require.NoError(t, m.Store(py.Int(2), py.String("y")))
	k, v, ok = m.PopItem()
	require.True(t, ok)
	assert.Equal(t, py.Int(0), k)
	assert.Equal(t, py.String("x"), v)
	_, found, err := m.Lookup(py.Int(2))
	require.NoError(t, err)
	assert.True(t, found)
	got, err := m.SetDefault(py.Int(2), py.String("z"))
	require.NoError(t, err)
	assert.Equal(t, py.String("y"), got)
	got, err = m.SetDefault(py.Int(4), py.String("z"))
	require.NoError(t, err)
	assert.Equal(t, py.String("z"), got)
	assert.Equal(t, 2, m.Alloc(), "the marker slot is reused, no growth")

	c := m.Copy()
	require.NoError(t, c.Store(py.Int(6), py.None))
	assert.Equal(t, 2, m.Len(), "copies are independent")
	assert.Equal(t, 3, c.Len())
	m.Clear()
	assert.Equal(t, 0, m.Alloc())
	_, _, ok = m.PopItem()
	assert.False(t, ok)
	_, _, _, ok = m.Next(0)
	assert.False(t, ok)
}

func TestOrderedMap(t *testing.T) {
	m := NewOrderedMap(&Hasher{})
	for _, k := range []string{"z", "a", "m", "b"} {
		require.NoError(t, m.Store(py.String(k), py.String(k)))
	}
	assert.True(t, m.Ordered())
	assert.Equal(t, 4, m.Alloc())
	_, found, err := m.Delete(py.String("a"))
	require.NoError(t, err)
	assert.True(t, found)
	require.NoError(t, m.Store(py.String("c"), py.None))
	assert.Equal(t, []string{"z", "m", "b", "c"}, keysOf(m))
	k, _, ok := m.PopItem()
	require.True(t, ok)
	assert.Equal(t, py.String("c"), k)
	require.NoError(t, m.Store(py.String("d"), py.None))
	assert.Equal(t, []string{"z", "m", "b", "d"}, keysOf(m))
	assert.True(t, m.Copy().Ordered())
}

func keysOf(m *Map) []string {
	var out []string
	for cur, ok := 0, true; ; {
		var k py.Object
		if cur, k, _, ok = m.Next(cur); !ok {
			return out
		}
		out = append(out, string(k.(py.String)))
	}
}

func TestSetOperations(t *testing.T) {
	h := &Hasher{}
	s := NewSet(h, 0)
	for i := 0; i < 5; i++ {
		require.NoError(t, s.Add(py.Int(i)))
	}
	present, err := s.Toggle(py.Int(2))
	require.NoError(t, err)
	assert.True(t, present)
	present, err = s.Toggle(py.Int(9))
	require.NoError(t, err)
	assert.False(t, present)
	assert.Equal(t, 5, s.Len())
	first, ok := s.PopFirst()
	require.True(t, ok)
	assert.Equal(t, py.Int(0), first)

	// s - s keeps the copy's slots, s -= s drops them.
	d, err := s.Difference(s)
	require.NoError(t, err)
	assert.Equal(t, 0, d.Len())
	assert.Equal(t, s.Alloc(), d.Alloc())
	c := s.Copy()
	require.NoError(t, c.DifferenceUpdate(c))
	assert.Equal(t, 0, c.Alloc())
	// s & s is a copy; s &= s changes nothing.
	i, err := s.Intersection(s)
	require.NoError(t, err)
	assert.Equal(t, s.Len(), i.Len())
	require.NoError(t, s.IntersectionUpdate(s))
	assert.Equal(t, 4, s.Len())
	s.Clear()
	_, ok = s.PopFirst()
	assert.False(t, ok)
}

// TestHashResult pins what MicroPython 1.27 makes of __hash__ return values:
// True 1, False 0, -1, 2**40+3 -> 3, 2**31 -> 0, -(2**70)-1 -> -1, and
// TypeError "can't convert float to int" / NoneType / str.
func TestHashResult(t *testing.T) {
	h := &Hasher{}
	good := []struct {
		in   py.Object
		want int64
	}{
		{py.True, 1}, {py.False, 0}, {py.Int(-1), -1}, {py.Int(1<<40 + 3), 3},
		{py.Int(1 << 31), 0}, {bigInt("-1180591620717411303425"), -1},
	}
	for _, c := range good {
		got, err := h.HashResult(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%v", c.in)
	}
	for _, bad := range []py.Object{py.Float(1.5), py.None, py.String("x")} {
		_, err := h.HashResult(bad)
		assert.ErrorContains(t, err, "can't convert "+bad.Type().Name+" to int")
	}
	assert.Equal(t, int64(387552), h.IdentityHash(387552))
	assert.Equal(t, int64(-1<<30), h.IdentityHash(1<<30), "addresses past 2**30 wrap like any small int")
}
