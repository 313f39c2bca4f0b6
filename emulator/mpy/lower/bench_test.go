package lower

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUpdaterModule lowers a realistic updater module and checks that gpython
// compiles it and that every statement is on the line CPython 3.11's ast
// gives for the original (testdata/updater.lines, generated once with
// python3 -c "import ast; ...": the sorted lineno of every ast.stmt).
func TestUpdaterModule(t *testing.T) {
	src, err := os.ReadFile("testdata/updater.py")
	require.NoError(t, err)
	golden, err := os.ReadFile("testdata/updater.lines")
	require.NoError(t, err)
	var want []int
	for _, f := range strings.Fields(string(golden)) {
		n, err := strconv.Atoi(f)
		require.NoError(t, err)
		want = append(want, n)
	}
	out, err := Lower(src, "updater.py")
	require.NoError(t, err)
	checkLowered(t, src, out, want)
	assert.NotContains(t, string(out), `f"`)
}

// BenchmarkLower lowers the ~600-line updater module.
func BenchmarkLower(b *testing.B) {
	src, err := os.ReadFile("testdata/updater.py")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lower(src, "updater.py"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLowerUnchanged measures the fast path: a module with nothing to
// lower (the lowered updater module itself).
func BenchmarkLowerUnchanged(b *testing.B) {
	src, err := os.ReadFile("testdata/updater.py")
	require.NoError(b, err)
	src, err = Lower(src, "updater.py")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lower(src, "updater.py"); err != nil {
			b.Fatal(err)
		}
	}
}
