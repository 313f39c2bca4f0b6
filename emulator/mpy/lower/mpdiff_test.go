package lower

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgainstMicroPython runs every testdata/mpdiff program and its lowering
// on real MicroPython 1.27 and requires the same output: the lowering must
// not change what a program means, nor the line numbers of a traceback
// (programs named *_raises.py end in an uncaught exception on purpose). It needs node and the reference harness,
// so it runs only when MPREF_RUN names an absolute path to a runner taking one
// program path (tools/mpref/run.mjs, or /tmp/mpref/run.mjs).
func TestAgainstMicroPython(t *testing.T) {
	runner := os.Getenv("MPREF_RUN")
	if runner == "" {
		t.Skip("set MPREF_RUN to a MicroPython single-file runner (node run.mjs FILE.py)")
	}
	files, err := filepath.Glob("testdata/mpdiff/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	run := func(path string) string {
		out, err := exec.Command("node", runner, path).CombinedOutput()
		require.NoError(t, err, "%s", out)
		return string(out)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			lowered, err := Lower(src, f)
			require.NoError(t, err)
			if bytes.Contains(lowered, []byte("__mpy_iter__(lambda:")) {
				lowered = withIterShim(t, lowered)
			}
			tmp := filepath.Join(t.TempDir(), filepath.Base(f))
			require.NoError(t, os.WriteFile(tmp, lowered, 0o644))
			want := run(f)
			if strings.HasSuffix(f, "_raises.py") {
				assert.Contains(t, want, "Traceback (most recent call last)", "the program must end in an exception")
			} else {
				assert.NotContains(t, want, "EXC:", "the original must run cleanly")
				assert.NotContains(t, want, "Traceback (most recent call last)", "the original must run cleanly")
			}
			assert.Equal(t, want, run(tmp))
			checkLowered(t, src, lowered, nil)
		})
	}
}

// iterShim gives MicroPython (whose iter() takes one argument) the
// iter(callable, sentinel) that gpython has and the walrus lowering uses. It
// replaces two comment lines so that line numbers stay as they are.
var iterShim = []string{
	`class _CI: __init__ = lambda s, c, v: setattr(s, "c", c) or setattr(s, "v", v); __iter__ = lambda s: s; __next__ = lambda s: (lambda x: next(_it1(())) if x is s.v else x)(s.c())`,
	`_it1 = iter; __mpy_iter__ = lambda c, s: _CI(c, s)`,
}

func withIterShim(t *testing.T, src []byte) []byte {
	lines := bytes.SplitN(src, []byte("\n"), 3)
	require.Len(t, lines, 3)
	require.True(t, bytes.HasPrefix(lines[0], []byte("#")) && bytes.HasPrefix(lines[1], []byte("#")),
		"a program using while := must start with two comment lines")
	return []byte(iterShim[0] + "\n" + iterShim[1] + "\n" + string(lines[2]))
}
