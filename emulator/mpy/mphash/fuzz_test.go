package mphash

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// FuzzMapInvariants drives a Map and a Set with arbitrary operation streams and
// checks them against a plain model: every stored key is found with its value,
// Len matches, iteration visits each key once. (Order is pinned by TestGolden;
// this checks the tables never lose or duplicate a key.) Run long with
// go test -fuzz FuzzMapInvariants ./emulator/mpy/mphash
func FuzzMapInvariants(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{200, 3, 201, 7, 130, 3, 3, 3, 250, 1, 2, 100, 101})
	f.Fuzz(func(t *testing.T, ops []byte) {
		h := &Hasher{}
		m := NewMap(h, int(len(ops)%5))
		s := NewSet(h, int(len(ops)%3))
		model := map[string]int{}
		keyOf := func(b byte) (py.Object, string) {
			switch b % 4 {
			case 0:
				return py.Int(int(b) - 64), fmt.Sprint("i", int(b)-64)
			case 1:
				return py.String(fmt.Sprint("k", b%37)), fmt.Sprint("s", b%37)
			case 2:
				return py.Tuple{py.Int(b % 11), py.String("t")}, fmt.Sprint("t", b%11)
			default:
				return py.Bytes{b % 13}, fmt.Sprint("b", b%13)
			}
		}
		for i, op := range ops {
			k, name := keyOf(op)
			switch {
			case op >= 240:
				if key, _, ok := m.PopItem(); ok {
					_, n := keyFromObj(key)
					require.Contains(t, model, n)
					delete(model, n)
				}
				s.PopFirst()
			case op >= 200:
				_, found, err := m.Delete(k)
				require.NoError(t, err)
				_, inModel := model[name]
				require.Equal(t, inModel, found)
				delete(model, name)
				_, err = s.Discard(k)
				require.NoError(t, err)
			case op == 199:
				m = m.Copy()
				s = s.Copy()
			default:
				require.NoError(t, m.Store(k, py.Int(i)))
				model[name] = i
				require.NoError(t, s.Add(k))
			}
			require.Equal(t, len(model), m.Len())
		}
		seen := map[string]bool{}
		for cur, ok := 0, true; ; {
			var k, v py.Object
			if cur, k, v, ok = m.Next(cur); !ok {
				break
			}
			_, n := keyFromObj(k)
			require.False(t, seen[n], "key %s visited twice", n)
			seen[n] = true
			require.Equal(t, py.Int(model[n]), v)
		}
		require.Len(t, seen, len(model))
		n := 0
		for cur, ok := 0, true; ; n++ {
			if cur, _, ok = s.Next(cur); !ok {
				break
			}
		}
		require.Equal(t, s.Len(), n)
	})
}

func keyFromObj(o py.Object) (py.Object, string) {
	switch v := o.(type) {
	case py.Int:
		return v, fmt.Sprint("i", int(v))
	case py.String:
		return v, "s" + string(v)[1:]
	case py.Tuple:
		return v, fmt.Sprint("t", int(v[0].(py.Int)))
	case py.Bytes:
		return v, fmt.Sprint("b", v[0])
	}
	return o, "?"
}
