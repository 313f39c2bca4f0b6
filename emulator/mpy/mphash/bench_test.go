package mphash

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
)

func benchKeys(n int) []py.Object {
	keys := make([]py.Object, n)
	for i := range keys {
		keys[i] = py.String(fmt.Sprintf("%s_%d", updaterWords[i%len(updaterWords)], i))
	}
	return keys
}

// BenchmarkMapLookupStr: d[k] on a 100-key dict with str keys (a parsed
// release manifest, a module's globals).
func BenchmarkMapLookupStr(b *testing.B) {
	keys := benchKeys(100)
	m := NewMap(&Hasher{}, 0)
	for _, k := range keys {
		if err := m.Store(k, py.None); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := m.Lookup(keys[i%len(keys)]); !ok {
			b.Fatal("missing key")
		}
	}
}

// BenchmarkMapLookupStrMiss: k in d for absent str keys.
func BenchmarkMapLookupStrMiss(b *testing.B) {
	keys := benchKeys(200)
	m := NewMap(&Hasher{}, 0)
	for _, k := range keys[:100] {
		if err := m.Store(k, py.None); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := m.Lookup(keys[100+i%100]); ok {
			b.Fatal("unexpected key")
		}
	}
}

// BenchmarkMapStoreStr: d[k] = v on existing str keys.
func BenchmarkMapStoreStr(b *testing.B) {
	keys := benchKeys(100)
	m := NewMap(&Hasher{}, 0)
	for _, k := range keys {
		if err := m.Store(k, py.None); err != nil {
			b.Fatal(err)
		}
	}
	vals := []py.Object{py.Int(1000), py.Int(2000)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := m.Store(keys[i%len(keys)], vals[i&1]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMapBuildStr: building a 100-key dict from {} (growth included);
// ns/op is per dict.
func BenchmarkMapBuildStr(b *testing.B) {
	keys := benchKeys(100)
	h := &Hasher{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := NewMap(h, 0)
		for _, k := range keys {
			if err := m.Store(k, py.None); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMapLookupInt: d[i] on a 100-key dict with int keys.
func BenchmarkMapLookupInt(b *testing.B) {
	m := NewMap(&Hasher{}, 0)
	keys := make([]py.Object, 100)
	for i := range keys {
		keys[i] = py.Int(i * 7)
		if err := m.Store(keys[i], py.None); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := m.Lookup(keys[i%len(keys)]); !ok {
			b.Fatal("missing key")
		}
	}
}

// BenchmarkSetContainsStr: k in s on a 100-item set of str.
func BenchmarkSetContainsStr(b *testing.B) {
	keys := benchKeys(100)
	s := NewSet(&Hasher{}, 0)
	for _, k := range keys {
		if err := s.Add(k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ok, _ := s.Contains(keys[i%len(keys)]); !ok {
			b.Fatal("missing key")
		}
	}
}

// BenchmarkStrHash: hash of a 12-byte str.
func BenchmarkStrHash(b *testing.B) {
	b.ReportAllocs()
	var sink int64
	for i := 0; i < b.N; i++ {
		sink += StrHash("download_url")
	}
	_ = sink
}
