package lower

import (
	"bytes"
	"errors"
	"sort"
	"testing"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers the compiler py.Compile uses
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stmtLines parses src with gpython and returns the line of every statement.
func stmtLines(t testing.TB, src []byte) []int {
	t.Helper()
	mod, err := parser.Parse(bytes.NewReader(src), "t.py", py.ExecMode)
	require.NoError(t, err, "gpython parse of:\n%s", src)
	var lines []int
	ast.Walk(mod, func(n ast.Ast) bool {
		if s, ok := n.(ast.Stmt); ok {
			lines = append(lines, s.GetLineno())
		}
		return true
	})
	sort.Ints(lines)
	return lines
}

// checkLowered asserts what every lowering must satisfy: gpython compiles it,
// it has as many lines as the input, and statements sit on the given lines.
func checkLowered(t *testing.T, in, out []byte, wantLines []int) {
	t.Helper()
	_, err := py.Compile(string(out), "t.py", py.ExecMode, 0, true)
	require.NoError(t, err, "py.Compile of:\n%s", out)
	assert.Equal(t, bytes.Count(in, []byte{'\n'}), bytes.Count(out, []byte{'\n'}), "line count")
	if wantLines != nil {
		assert.Equal(t, wantLines, stmtLines(t, out), "statement lines")
	}
}

func TestLower(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		want  string
		lines []int
	}{
		// f-strings
		{"fstring simple", `x = f"{x}"` + "\n", `x = "{}".format((x))` + "\n", []int{1}},
		{"fstring conversion", `x = f'{x!r}'`, `x = '{!r}'.format((x))`, []int{1}},
		{"fstring conversion and spec", `x = f"{x!s:>4}"`, `x = "{!s:>4}".format((x))`, []int{1}},
		{"fstring spec", `x = f"{x:>10}"`, `x = "{:>10}".format((x))`, []int{1}},
		{"fstring nested spec", `x = f"{x:{w}.{p}f}"`, `x = "{:{}.{}f}".format((x), (w), (p))`, []int{1}},
		{"fstring doubled braces", `x = f"{{literal}} {y}"`, `x = "{{literal}} {}".format((y))`, []int{1}},
		{"fstring no fields", `x = f"abc"`, `x = "abc".format()`, []int{1}},
		{"fstring other quote inside", `x = f"{d['k']}"`, `x = "{}".format((d['k']))`, []int{1}},
		{"fstring same quote inside brackets", `x = f"{d["k"]}"`, `x = "{}".format((d["k"]))`, []int{1}},
		{"fstring slice", `x = f"{a[1:2]}"`, `x = "{}".format((a[1:2]))`, []int{1}},
		{"fstring dict literal", `x = f"{ {1: 2}[1] }"`, `x = "{}".format(( {1: 2}[1] ))`, []int{1}},
		{"fstring not equal", `x = f"{a!=b}"`, `x = "{}".format((a!=b))`, []int{1}},
		{"fstring empty field", `x = f"{}"`, `x = "{}".format(())`, []int{1}},
		{"fstring self documenting", `x = f"{x=}"`, `x = "x={}".format((x))`, []int{1}},
		{"fstring self documenting with quote", `x = f"{d["k"]=!r}"`, `x = "d[\"k\"]={!r}".format((d["k"]))`, []int{1}},
		{"fstring raw", `x = rf"\n{x}" fr'\t{y}'`, `x = r"\n{}" r'\t{}'.format((x), (y))`, []int{1}},
		{"fstring concat plain", `x = "a{}" f"{b}"`, `x = "a{}" "{}".format((b))`, []int{1}},
		{"fstring backslash keeps brace literal", `x = f"\{1}"`, `x = "\{1}".format()`, []int{1}},
		{"fstring triple multiline", "x = f\"\"\"multi\nline {x} {1+\n2}\"\"\"\ny = 1\n",
			"x = \"\"\"multi\nline {} {}\"\"\".format((x), (1+\n2))\ny = 1\n", []int{1, 4}},
		{"fstring group across lines", "x = (f\"{a}\"  # c\n     \"b\")\ny = 2\n",
			"x = (\"{}\"  # c\n     \"b\".format((a)))\ny = 2\n", []int{1, 3}},
		{"fstring number in field", `x = f"{1_000:,}"`, `x = "{:,}".format((1000))`, []int{1}},
		{"fstring in call", `print(f"{a}", end="")`, `print("{}".format((a)), end="")`, []int{1}},
		{"fstring continuation in literal", "x = f\"ab\\\nc{1}\"\ny = 1\n", "x = \"ab\\\nc{}\".format((1))\ny = 1\n", []int{1, 3}},
		{"fstring quote after doubled brace is text", "x = f'{{''\n", "x = '{{\\''.format()\n", []int{1}},
		{"fstring line break after doubled brace is text", "x = f\"a{{\n\"\ny = 1\n", "x = \"a{{\\n\\\n\".format()\ny = 1\n", []int{1, 3}},
		{"fstring in comment untouched", "x = 1  # f\"{x}\" 1_000\n", "x = 1  # f\"{x}\" 1_000\n", []int{1}},
		{"fstring text in string untouched", `s = "f'{x}' # 1_0"`, `s = "f'{x}' # 1_0"`, []int{1}},
		// numbers
		{"underscores", `n = 1_000 + 0x_FF + 0b1_0 + 0o1_7 + 1_0.5 + 1e1_0`, `n = 1000 + 0xFF + 0b10 + 0o17 + 10.5 + 1e10`, []int{1}},
		{"octal untouched", `n = 0o17`, `n = 0o17`, []int{1}},
		// annotations
		{"annotated assignment", "x: int = 5\n", "x = 5\n", []int{1}},
		{"annotated attribute", "self.x: int = 0\n", "self.x = 0\n", []int{1}},
		{"annotated subscript type", "x: Dict[str, int] = {}\n", "x = {}\n", []int{1}},
		{"bare annotation", "x: int\ny = 1\n", "pass\ny = 1\n", []int{1, 2}},
		{"bare annotation multiline", "x: Dict[str,\n        int]\ny = 1\n", "pass \\\n\ny = 1\n", []int{1, 3}},
		{"bare annotation in class", "class A:\n    x: int\n    y: str = 'a'\n", "class A:\n    pass\n    y = 'a'\n", []int{1, 2, 3}},
		{"bare annotation then statement", "x: int; y = 2\n", "pass; y = 2\n", []int{1, 1}},
		{"annotation after compound header", "if a: x: int = 1\n", "if a: x = 1\n", []int{1, 1}},
		{"lambda is not annotation", "f = lambda x: x\n", "f = lambda x: x\n", []int{1}},
		{"dict is not annotation", "d = {1: 2}\n", "d = {1: 2}\n", []int{1}},
		{"slice is not annotation", "a[1:2] = b\n", "a[1:2] = b\n", []int{1}},
		{"def annotations", `def f(a: int, b: "str" = 1, *args: T, **kw: T) -> str | None:` + "\n    return a\n",
			"def f(a, b = 1, *args, **kw) :\n    return a\n", []int{1, 2}},
		{"def annotations multiline", "def f(a: int,\n      b: List[\n        int] = None,\n      ) -> None:\n    pass\n",
			"def f(a,\n      b \\\n = None\n      ) :\n    pass\n", []int{1, 5}},
		{"method annotations", "class A:\n    def m(self, x: int = f\"{1}\", *, y: str = 's',) -> None: pass\n",
			"class A:\n    def m(self, x = \"{}\".format((1)), *, y = 's') : pass\n", []int{1, 2, 2}},
		{"def lambda default untouched", "def f(a=lambda x, y: 0): pass\n", "def f(a=lambda x, y: 0): pass\n", []int{1, 1}},
		{"def trailing comma after kwargs", "def f(*args, **kw,): pass\n", "def f(*args, **kw): pass\n", []int{1, 1}},
		{"future import", "from __future__ import annotations\n", "from __future__ import annotations\n", []int{1}},
		// calls
		{"print two stars", "print(*a, *b)\n", "print(*[_mpy_v for _mpy_s in (a, b,) for _mpy_v in _mpy_s])\n", []int{1}},
		{"positional after star", "f(1, *a, 2)\n", "f(1, *[_mpy_v for _mpy_s in (a, (2,),) for _mpy_v in _mpy_s])\n", []int{1}},
		{"two dstars", "f(**a, **b)\n", "f(**{_mpy_k: _mpy_d[_mpy_k] for _mpy_d in (a, b,) for _mpy_k in _mpy_d})\n", []int{1}},
		{"keyword after dstar", "f(x=1, **a, y=2)\n", "f(x=1, **{_mpy_k: _mpy_d[_mpy_k] for _mpy_d in (a, {'y': 2},) for _mpy_k in _mpy_d})\n", []int{1}},
		{"keyword before stars keeps its place", "f(a, k=g(), *b, *c, j=1)\n", "f(a, k=g(), *[_mpy_v for _mpy_s in (b, c,) for _mpy_v in _mpy_s], j=1)\n", []int{1}},
		{"trailing comma after star", "f(*a,)\n", "f(*a)\n", []int{1}},
		{"trailing comma after dstar", "f(**k,)\n", "f(**k)\n", []int{1}},
		{"trailing comma after keyword after star", "f(*a, b=1,)\n", "f(*a, b=1)\n", []int{1}},
		{"plain trailing comma untouched", "f(a, b,)\n", "f(a, b,)\n", []int{1}},
		{"call across lines", "g(\n  *a,   # c\n  *b,\n)\nx = 1\n",
			"g(*[_mpy_v for _mpy_s in (a, b,) for _mpy_v in _mpy_s]\n\n\n)\nx = 1\n", []int{1, 5}},
		{"star call with fstring arg", `print(*a, f"{x}", *b)`, `print(*[_mpy_v for _mpy_s in (a, ("{}".format((x)),), b,) for _mpy_v in _mpy_s])`, []int{1}},
		{"method call stars", "obj.m(*a)(*b, *c)\n", "obj.m(*a)(*[_mpy_v for _mpy_s in (b, c,) for _mpy_v in _mpy_s])\n", []int{1}},
		// assignment expressions
		{"walrus while", "def f(s):\n    while chunk := s.recv(64):\n        out.write(chunk)\n    return 1\n",
			"def f(s):\n    for [chunk] in __mpy_iter__(lambda: (lambda chunk: (chunk,) if chunk else None)(s.recv(64)), None):\n        out.write(chunk)\n    return 1\n", []int{1, 2, 3, 4}},
		{"walrus while parenthesised", "while (chunk := f.read(512)):\n    n += 1\nelse:\n    done()\n",
			"for [chunk] in __mpy_iter__(lambda: (lambda chunk: (chunk,) if chunk else None)(f.read(512)), None):\n    n += 1\nelse:\n    done()\n", []int{1, 2, 4}},
		{"walrus while comparison", "while (n := f.readinto(buf)) > 0:\n    h.update(buf[:n])\n",
			"for [n] in __mpy_iter__(lambda: (lambda n: (n,) if n > 0 else None)(f.readinto(buf)), None):\n    h.update(buf[:n])\n", []int{1, 2}},
		{"walrus while multiline header", "while (\n    nl := t.find(\"\\n\", p)\n) != -1:\n    p = nl + 1\n",
			"for [nl] in __mpy_iter__(lambda: (lambda nl: (nl,) if nl != -1 else None)(t.find(\"\\n\", p)), None\n\n):\n    p = nl + 1\n", []int{1, 4}},
		{"walrus if", "def f(a):\n    if (n := len(a)) > 10:\n        return n\n    return 0\n",
			"def f(a):\n    for n in (lambda n: (n,) if n > 10 else ())(len(a)):\n        return n\n    return 0\n", []int{1, 2, 3, 4}},
		{"walrus if bare", "if m := f\"{1_0}\": print(m)\n", "for m in (lambda m: (m,) if m else ())(\"{}\".format((10))): print(m)\n", []int{1, 1}},
		// things gpython already parses stay byte-identical
		{"tricky untouched", "s = 'a#b'  # c\nt = \"\"\"x\n# y\n\"\"\"\nif a: pass\n", "s = 'a#b'  # c\nt = \"\"\"x\n# y\n\"\"\"\nif a: pass\n", []int{1, 2, 5, 5}},
		{"tabs and continuation", "if a:\n\tx = 1 + \\\n\t\t2\n\ty: int = f\"{x}\"\n", "if a:\n\tx = 1 + \\\n\t\t2\n\ty = \"{}\".format((x))\n", []int{1, 2, 4}},
		{"brackets across lines", "x = [1,\n     (2,\n      3)]\ny: int = 1_0\n", "x = [1,\n     (2,\n      3)]\ny = 10\n", []int{1, 4}},
		{"crlf", "x: int = 1\r\ny = 2\r\n", "x = 1\r\ny = 2\r\n", []int{1, 2}},
		{"lone cr", "x = 1\ry = 2\r", "x = 1\ny = 2\n", []int{1, 2}},
		{"u and bytes prefixes", `x = u"a"; y = b"c" rb"\d" br'\e'`, `x = u"a"; y = b"c" rb"\d" br'\e'`, []int{1, 1}},
		{"native constructs untouched", "with a as x, b as y:\n    try:\n        raise X from Y\n    except (E, F) as e:\n        pass\n    else:\n        z = lambda q, *r, s=1, **t: q if s else None\n    finally:\n        global g\nfrom x import (a, b,)\nv = w[1:2, ::3]\n",
			"with a as x, b as y:\n    try:\n        raise X from Y\n    except (E, F) as e:\n        pass\n    else:\n        z = lambda q, *r, s=1, **t: q if s else None\n    finally:\n        global g\nfrom x import (a, b,)\nv = w[1:2, ::3]\n", []int{1, 2, 3, 5, 7, 9, 10, 11}},
		{"nonlocal yield from decorators", "def g():\n    x = 1\n    @dec\n    def h(a, *, b):\n        nonlocal x\n        yield from a\n    return x if h else None\n",
			"def g():\n    x = 1\n    @dec\n    def h(a, *, b):\n        nonlocal x\n        yield from a\n    return x if h else None\n", []int{1, 2, 4, 5, 6, 7}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := Lower([]byte(c.in), "t.py")
			require.NoError(t, err)
			assert.Equal(t, c.want, string(out))
			in, _ := normaliseCR([]byte(c.in))
			checkLowered(t, in, out, c.lines)
		})
	}
}

func TestLowerUnchangedIsSameSlice(t *testing.T) {
	src := []byte("import os\n\ndef f(a, b=1):\n    return '%s' % a  # f'{x}'\n")
	out, err := Lower(src, "t.py")
	require.NoError(t, err)
	assert.Equal(t, &src[0], &out[0], "fast path returns the input itself")
}

func TestLowerErrors(t *testing.T) {
	cases := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"uppercase f prefix", "x = 1\nprint(F\"{1}\")\n", 2, msgInvalid},
		{"uppercase r prefix", "print(R\"x\")\n", 1, msgInvalid},
		{"positional only", "def f(a, /, b): pass\n", 1, msgInvalid},
		{"positional only lambda", "f = lambda a, /: 1\n", 1, msgInvalid},
		{"unterminated string", "x = 1\ny = 'abc\n", 2, msgInvalid},
		{"unterminated triple", "x = '''abc\n\n", 1, msgInvalid},
		{"fstring doubled brace swallows quote", "print(f\"{{\")\n", 1, msgInvalid},
		{"fstring comment in field", "x = f\"{x#}\"\n", 1, msgInvalid},
		{"fstring lambda colon", "x = f\"{(lambda y: y)(1)}\"\n", 1, msgInvalid},
		{"fstring bytes concat", "x = f\"{1}\" b\"x\"\n", 1, msgInvalid},
		{"nested fstring", "x = f\"{f'{y}'}\"\n", 1, "inside an f-string field"},
		{"unbalanced bracket", "x = (1,\n", 2, msgInvalid},
		{"stray closer", "x = 1)\n", 1, msgInvalid},
		{"walrus if with else", "if (n := len(a)) > 10:\n    pass\nelse:\n    pass\n", 1, "with elif or else"},
		{"walrus elif", "if a:\n    pass\nelif (m := f()):\n    pass\n", 3, "in an elif condition"},
		{"walrus target used after", "def f(s):\n    while chunk := s.recv(64):\n        pass\n    return chunk\n", 2, "also used outside"},
		{"walrus target used before", "def f(s):\n    chunk = b''\n    while chunk := s.recv(64):\n        pass\n", 3, "also used outside"},
		{"walrus target in while else", "while c := f():\n    pass\nelse:\n    print(c)\n", 1, "also used outside"},
		{"walrus in class body", "class A:\n    while (x := f()):\n        pass\n", 2, "class body"},
		{"walrus not leftmost", "if a and (n := f()):\n    pass\n", 1, "leftmost"},
		{"walrus under conditional expression", "if (n := f()) if a else b:\n    pass\n", 1, "conditional expression"},
		{"walrus twice", "if (n := f()) and (m := g()):\n    pass\n", 1, "twice"},
		{"walrus if body breaks", "for x in y:\n    if (n := f(x)):\n        break\n", 2, "break or continue"},
		{"walrus in comprehension", "x = [y for v in a if (y := f(v))]\n", 1, "outside an if or while"},
		{"walrus in assignment", "x = (y := 3)\n", 1, "outside an if or while"},
		{"walrus in f-string", "x = f\"{(y:=3)}\"\n", 1, msgInvalid},
		{"walrus while calling next", "while (v := next(it)):\n    pass\n", 1, "next()"},
		{"walrus yield in while", "def g(s):\n    while (c := (yield)):\n        pass\n", 2, "yield"},
		{"star after dstar", "f(**a, *b)\n", 1, "* arg after **"},
		{"async def", "async def f():\n    await g()\n", 1, "async/await"},
		{"matmul", "x = a @ b\n", 1, "'@' operator"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Lower([]byte(c.in), "t.py")
			var se *SyntaxError
			require.True(t, errors.As(err, &se), "want *SyntaxError, got %v", err)
			assert.Equal(t, "t.py", se.Filename)
			assert.Equal(t, c.line, se.Line)
			assert.Contains(t, se.Msg, c.msg)
		})
	}
}

func TestConstFolding(t *testing.T) {
	for src, want := range map[string]string{
		"X = const(42)\n":          "X = (42)\n",
		"Y = const(X * 2)\n":       "Y = (X * 2)\n",
		"    _A = const((1, 2))\n": "    _A = ((1, 2))\n",
		"Z = const(1) + 1\n":       "Z = const(1) + 1\n",
		"print(const(3))\n":        "print(const(3))\n",
	} {
		out, err := Lower([]byte(src), "t.py")
		require.NoError(t, err, src)
		assert.Equal(t, want, string(out), src)
	}
}
