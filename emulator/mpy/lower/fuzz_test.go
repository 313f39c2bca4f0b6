package lower

import (
	"bytes"
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
)

// gpythonParses reports whether gpython compiles src; a panic inside gpython
// counts as a failure.
func gpythonParses(src []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_, err := py.Compile(string(src), "fuzz.py", py.ExecMode, 0, true)
	return err == nil
}

// FuzzLower checks that Lower never panics, that its errors are
// *SyntaxErrors, that it keeps the number of lines, that source gpython
// already compiled still compiles after lowering, and that lowering output
// gpython compiles changes nothing (Lower is idempotent on valid code).
func FuzzLower(f *testing.F) {
	for _, s := range []string{
		"x = f\"{x!r:>{w}}\"\n",
		"def f(a: int, *b: T, **c: T,) -> str | None:\n    return f'{a=}'\n",
		"class A:\n    x: int\n    y: str = 'a'\n",
		"print(*a, *b, sep='')\nf(**a, **b, c=1,)\n",
		"n = 1_000 + 0x_FF\ns = '#' \"f'{x}'\" # f\"{y}\"\n",
		"x = (f'''a\n{b}''' \"c\"\n     rf'{d}')\n",
		"if a:\n\tb = [1,\n  2] + \\\n  3\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, err := Lower(src, "fuzz.py")
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error is %T, not *SyntaxError: %v", err, err)
			}
			return
		}
		norm, _ := normaliseCR(src)
		if got, want := bytes.Count(out, []byte{'\n'}), bytes.Count(norm, []byte{'\n'}); got != want {
			t.Fatalf("line count %d, want %d\nin:  %q\nout: %q", got, want, src, out)
		}
		outParses := gpythonParses(out)
		if gpythonParses(norm) && !outParses {
			t.Fatalf("gpython compiled the input but not the lowering\nin:  %q\nout: %q", src, out)
		}
		if !outParses {
			return // garbage in, garbage out: gpython reports it
		}
		again, err := Lower(out, "fuzz.py")
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent (err %v)\nin:    %q\nout:   %q\nagain: %q", err, src, out, again)
		}
	})
}
