package mphash_test

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy/mphash"
)

// A device's dicts iterate in MicroPython's order, not insertion order. The
// output is what MicroPython 1.27 prints for
//
//	d = {}
//	for k in ['version', 'url', 'sha256', 'files', 'size']:
//	    d[k] = len(k)
//	print(list(d)); d.popitem(); print(list(d))
func Example() {
	h := &mphash.Hasher{Profile: mphash.WebAssembly} // one per device
	d := mphash.NewMap(h, 0)                         // d = {}
	for _, k := range []string{"version", "url", "sha256", "files", "size"} {
		if err := d.Store(py.String(k), py.Int(len(k))); err != nil {
			panic(err)
		}
	}
	fmt.Println(keys(d))
	d.PopItem()
	fmt.Println(keys(d))
	// Output:
	// [files sha256 version url size]
	// [sha256 version url size]
}

func keys(d *mphash.Map) []py.Object {
	var out []py.Object
	for cur, ok := 0, true; ; {
		var k py.Object
		if cur, k, _, ok = d.Next(cur); !ok {
			return out
		}
		out = append(out, k)
	}
}

// Set displays start with one slot per item; a | b copies a and adds b's items
// in b's slot order. MicroPython prints [2, 1, 17, 3] [5, 1, 2, 3, 40, 17] for
// s = {3, 1, 17, 2}; print(list(s), list(s | {40, 5})).
func ExampleSet_Union() {
	h := &mphash.Hasher{}
	lit := func(items ...int) *mphash.Set {
		s := mphash.NewSet(h, len(items))
		for _, it := range items {
			if err := s.Add(py.Int(it)); err != nil {
				panic(err)
			}
		}
		return s
	}
	s := lit(3, 1, 17, 2)
	u, err := s.Union(lit(40, 5))
	if err != nil {
		panic(err)
	}
	fmt.Println(members(s), members(u))
	// Output: [2 1 17 3] [5 1 2 3 40 17]
}

func members(s *mphash.Set) []py.Object {
	var out []py.Object
	for cur, ok := 0, true; ; {
		var k py.Object
		if cur, k, ok = s.Next(cur); !ok {
			return out
		}
		out = append(out, k)
	}
}
