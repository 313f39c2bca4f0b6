package modules

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected values are what MicroPython 1.27 prints (checked with tools/mpref).
func TestReMatchSearch(t *testing.T) {
	runCases(t, "import re", []pyCase{
		{`re.match('a+', 'aaab').group(0)`, `'aaa'`},
		{`re.match('b', 'ab')`, `None`},
		{`re.search('b', 'ab').group(0)`, `'b'`},
		{`re.match('(a|ab)(c|bcd)(d*)', 'abcd').group(3)`, `''`},
		{`re.match('(a|ab)(c|bcd)(d*)', 'abcd').group(2)`, `'bcd'`},
		{`re.match('a*?', 'aaa').group(0)`, `''`},
		{`re.match('a+?', 'aaa').group(0)`, `'a'`},
		{`re.match('a??b', 'ab').group(0)`, `'ab'`},
		{`re.match('a{2}', 'a{2}').group(0)`, `'a{2}'`},
		{`re.match('\\n', 'n').group(0)`, `'n'`},
		{`re.match('[]a]', ']a]')`, `None`},
		{`re.match('[]a]', '[]a]')`, `None`},
		{`re.match('[\\d.]+', '1.2.3x').group(0)`, `'1.2.3'`},
		{`re.match('\\w+@\\w+\\.com', 'foo@bar.com').group(0)`, `'foo@bar.com'`},
		{`re.search('\\s*(\\S+)', '  key ').group(1)`, `'key'`},
		{`re.match('(?:ab)+(c)?', 'abab').group(1)`, `None`},
		{`re.search('^b', 'ab')`, `None`},
		{`re.search('a$', 'aba').group(0)`, `'a'`},
		{`re.compile('^a').match('ba', 1)`, `None`},
		{`re.compile('a').match('ba', 1)`, `<match num=1>`},
		{`re.compile('a$').search('bab', 0, 2)`, `<match num=1>`},
		{`re.match('a', 'a', 5)`, `<match num=1>`},
		{`re.match(b'(b+)', b'bbc').group(1)`, `b'bb'`},
		{`re.match('.', 'é').group(0)`, `UnicodeError: `},
		{`re.match('(a)', 'ab').group()`, `TypeError: function takes 2 positional arguments but 1 were given`},
		{`re.match('(a)', 'ab').group(2)`, `IndexError: 2`},
		{`re.match('a', bytearray(b'a'))`, `TypeError: can't convert 'bytearray' object to str implicitly`},
		{`re.compile(1)`, `TypeError: can't convert 'int' object to str implicitly`},
		{`re.compile('*')`, `ValueError: regex too complex`},
		{`re.compile('(a')`, `ValueError: regex too complex`},
		{`re.compile('[a')`, `ValueError: regex too complex`},
		{`re.compile('a\\')`, `ValueError: regex too complex`},
		{`re.compile('a)')`, `ValueError: error in regex`},
		{`re.compile('a' * 200 + '|b')`, `ValueError: regex too complex`},
		{`re.compile('a', 5, 6)`, `TypeError: function expected at most 2 arguments, got 3`},
		{`type(re.compile('a'))`, `<class 're'>`},
		{`re.match('(a)(b)?', 'ac')`, `<match num=3>`},
		{`hasattr(re.match('a', 'a'), 'groups')`, `False`},
		{`hasattr(re, 'split')`, `False`},
	})
}

func TestReSubSplit(t *testing.T) {
	runCases(t, "import re", []pyCase{
		{`re.sub('a', 'b', 'aaa')`, `'bbb'`},
		{`re.sub('a', 'b', 'aaa', 2)`, `'bba'`},
		{`re.sub('a', 'b', 'aaa', -1)`, `'bbb'`},
		{`re.sub('x*', '-', 'abc')`, `'abc'`},
		{`re.sub('(\\d+)-(\\d+)', '\\2-\\1', 'x 10-20 y')`, `'x 20-10 y'`},
		{`re.sub('(a)', '\\g<1>x\\0\\q', 'a')`, `'axaq'`},
		{`re.sub('a', 'x\\\\y', 'a')`, `'x\\y'`},
		{`re.sub('a', 'x\\', 'a')`, `'x'`},
		{`re.sub('(a)', '\\2', 'a')`, `IndexError: 2`},
		{`re.sub('\\d', lambda m: '<' + m.group(0) + '>', 'a1b22')`, `'a<1>b<2><2>'`},
		{`re.sub('a', lambda m: 5, 'a')`, `TypeError: can't convert 'int' object to str implicitly`},
		{`re.sub(b'a', 'x', b'a')`, `b'x'`},
		{`re.compile(' +').split('a b  c')`, `['a', 'b', 'c']`},
		{`re.compile(',').split('a,b,c', 1)`, `['a', 'b,c']`},
		{`re.compile('x*').split('abc')`, `['abc']`},
		{`re.compile('(a)').split('bab')`, `NotImplementedError: splitting with sub-captures`},
		{`re.compile('(a)').split('bbb')`, `['bbb']`},
		{`re.compile(',').split('a,b', 'x')`, `TypeError: can't convert str to int`},
		{`re.compile(',').sub('.', 'a,b')`, `'a.b'`},
	})
}

func TestReMatchGroupsOnRP2(t *testing.T) {
	src := `import re
m = re.match('(a)(x)?(b+)', 'abb!')
print(m.groups(), m.span(), m.span(3), m.start(2), m.end(3))
print(re.search('é(b)', 'xébc').span(1))
m = re.match(b'(b)(c)', b'bc')
print(m.groups(), m.span(2))
`
	assert.Equal(t, "('a', None, 'bb') (0, 3) (1, 3) -1 3\n(2, 3)\n(b'b', b'c') (1, 2)\n", runPy(t, src, "rp2"))
	assert.Contains(t, runPy(t, "import re\nre.match('a', 'a').span()", "esp32"), "AttributeError")
}

// A pattern that loops on an empty match recurses without end on a board until the stack check
// raises RuntimeError; exponential backtracking must end (the step budget) without hanging.
func TestReRunaways(t *testing.T) {
	start := time.Now()
	out := runDevice(t, `import re
try:
    re.match("(a*)*b", "a"*40)
except RuntimeError as e:
    print("RuntimeError", e)
`)
	assert.Equal(t, "RuntimeError maximum recursion depth exceeded\n", out)

	var buf bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &buf, MaxSteps: 5_000_000})
	require.NoError(t, err)
	defer it.Close()
	err = it.RunSource([]byte(`import re
print(re.match("(a|a|aa)*c", "a"*60))
`), "main.py")
	var abort *mpy.Abort
	require.ErrorAs(t, err, &abort)
	assert.Contains(t, abort.Reason, "regular expression")
	assert.Less(t, time.Since(start), 20*time.Second)
}

func TestReStopHonoured(t *testing.T) {
	var buf bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &buf})
	require.NoError(t, err)
	defer it.Close()
	it.Stop("power cut", nil)
	err = it.RunSource([]byte("import re\nre.match('(a|a)*c', 'a'*40)\n"), "main.py")
	var abort *mpy.Abort
	require.ErrorAs(t, err, &abort)
	assert.Equal(t, "power cut", abort.Reason)
}

func TestReCompileErrorsFuzzSafe(t *testing.T) {
	// any pattern compiles or fails with ValueError; none panics the host
	pats := []string{"", "(", ")", "[", "]", "[^", "(?:", "(?", "a**", "a|*", "|", "||", "()*", "[a-", "\\", "(((((a)))))", strings.Repeat("(", 70) + strings.Repeat(")", 70), strings.Repeat("[a]", 60) + "*"}
	for _, p := range pats {
		prog, err := reCompile(p)
		if err != nil {
			assert.Contains(t, err.Error(), "ValueError", p)
			continue
		}
		_, err = prog.exec(nil, []byte("aaa()[]"), 0, 7, false)
		if err != nil {
			assert.Contains(t, err.Error(), "maximum recursion depth exceeded", p)
		}
	}
}

func FuzzReCompile(f *testing.F) {
	for _, s := range []string{"a*b", "(a|b)+c", "[^a-z]\\d", "x??y+?", "^$", "a)"} {
		f.Add(s, "aab")
	}
	f.Fuzz(func(t *testing.T, pat, subj string) {
		prog, err := reCompile(pat)
		if err != nil {
			return
		}
		_, _ = prog.exec(nil, []byte(subj), 0, len(subj), false)
	})
}
