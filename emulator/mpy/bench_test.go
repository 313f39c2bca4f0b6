package mpy

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkDeviceStart is a fresh interpreter running an empty main.py: what every boot costs.
func BenchmarkDeviceStart(b *testing.B) {
	src := []byte("pass\n")
	for i := 0; i < b.N; i++ {
		it, err := New(Config{Console: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if err := it.RunSource(src, "main.py"); err != nil {
			b.Fatal(err)
		}
	}
}

func updaterModule(b *testing.B) []byte {
	src, err := os.ReadFile("lower/testdata/updater.py")
	require.NoError(b, err)
	return src
}

// BenchmarkCompileCold compiles a 600-line updater module that was never seen (lowering,
// gpython's compiler, code repairs).
func BenchmarkCompileCold(b *testing.B) {
	src := updaterModule(b)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		text := append(append([]byte(nil), src...), fmt.Sprintf("\n# %d\n", i)...)
		if _, err := compileSource(text, "updater.py"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileCached is the same module found in the code cache.
func BenchmarkCompileCached(b *testing.B) {
	src := updaterModule(b)
	_, err := compileSource(src, "updater.py")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := compileSource(src, "updater.py"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProgram runs the micro benchmarks of testdata/bench, each in a fresh interpreter
// (tools/mpref/bench.mjs times the same files on MicroPython 1.27 under node).
func BenchmarkProgram(b *testing.B) {
	files, err := filepath.Glob("testdata/bench/*.py")
	require.NoError(b, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(b, err)
		b.Run(filepath.Base(f), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				it, err := New(Config{Console: io.Discard, Heap: 8 << 20})
				if err != nil {
					b.Fatal(err)
				}
				if err := it.RunSource(src, "main.py"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
