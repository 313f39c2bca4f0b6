package modules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJSONLoads(t *testing.T) {
	runCases(t, "import json", []pyCase{
		{`json.loads('1')`, `1`},
		{`json.loads('-')`, `ValueError: invalid syntax for integer with base 10: ''`},
		{`json.loads('1-2')`, `ValueError: invalid syntax for integer with base 10: '1-2'`},
		{`json.loads('01')`, `1`},
		{`json.loads('1.5e')`, `ValueError: invalid syntax for number`},
		{`json.loads('1e5')`, `100000.0`},
		{`json.loads('-0.0')`, `-0.0`},
		{`json.loads('1.')`, `1.0`},
		{`json.loads('-.')`, `-0.0`},
		{`json.loads('.5')`, `ValueError: syntax error in JSON`},
		{`json.loads('1E+2')`, `100.0`},
		{`json.loads('[1 2 3]')`, `[1, 2, 3]`},
		{`json.loads('{"a" 1}')`, `{'a': 1}`},
		{`json.loads('{"a"}')`, `{}`},
		{`json.loads('[{"a"}, {"b": 1}]')`, `[{}, {'a': 'b'}]`},
		{`json.loads('{1:2}')`, `{1: 2}`},
		{`json.loads('{null:1}')`, `{None: 1}`},
		{`json.loads('[1,2}')`, `[1, 2]`},
		{`json.loads(',1')`, `1`},
		{`json.loads('1,')`, `ValueError: syntax error in JSON`},
		{`json.loads('\t1\x0b')`, `1`},
		{`json.loads('"\\u00e9"')`, `'\xe9'`},
		{`json.loads('"\\x"')`, `'x'`},
		{`json.loads('"\\/"')`, `'/'`},
		{`json.loads('"abc')`, `ValueError: syntax error in JSON`},
		{`json.loads('')`, `ValueError: syntax error in JSON`},
		{`json.loads('[')`, `ValueError: syntax error in JSON`},
		{`json.loads('[]]')`, `ValueError: syntax error in JSON`},
		{`json.loads('{"a":[1,{"b":null}],"c":true}')`, `{'a': [1, {'b': None}], 'c': True}`},
		{`json.loads('tru')`, `ValueError: syntax error in JSON`},
		{`json.loads('123456789012345678901234567890')`, `123456789012345678901234567890`},
		{`json.loads('-9223372036854775809')`, `-9223372036854775809`},
		{`json.loads('1.0e400')`, `inf`},
		{`json.loads('"\\u12"')`, `ValueError: syntax error in JSON`},
		{`json.loads(b'{"a":1}')`, `{'a': 1}`},
		{`json.loads(bytearray(b'[1]'))`, `[1]`},
		{`json.loads('{[1]:2}')`, `ValueError: syntax error in JSON`},
		{`json.loads('"\\uzzzz"')`, `'\U00023333'`},
		{`json.loads('+1')`, `ValueError: syntax error in JSON`},
		{`json.loads('123.456e-7')`, `1.23456e-05`},
		{`json.loads(b'"\xff"')`, `UnicodeError: `},
		{`json.loads(b'"\xc3\xa9"')`, `'\xe9'`},
		{`json.loads(memoryview(b'5'))`, `5`},
		{`json.loads('[1]\x00junk')`, `[1]`},
		{`json.loads(5)`, `TypeError: object with buffer protocol required`},
		{`json.loads()`, `TypeError: function takes 1 positional arguments but 0 were given`},
		{`json.loads('1', 2)`, `TypeError: function takes 1 positional arguments but 2 were given`},
		{`json.loads(s='1')`, `TypeError: function doesn't take keyword arguments`},
		{`len(json.loads('[' * 3000 + ']' * 3000))`, `1`},
	})
}

func TestJSONDumps(t *testing.T) {
	runCases(t, "import json\nclass S:\n    def __repr__(self): return 'RR'\nclass H(dict): pass\nclass L(list): pass\nclass R(dict):\n    def __repr__(self): return 'R!'\n", []pyCase{
		{`json.dumps(2**70)`, `'1180591620717411303424'`},
		{`json.dumps(1e22)`, `'1e+22'`},
		{`json.dumps(float('nan'))`, `'nan'`},
		{`json.dumps([True, False, None])`, `'[true, false, null]'`},
		{`json.dumps('a"b\\c\n\t\x01')`, `'"a\\"b\\\\c\\n\\t\\u0001"'`},
		{`json.dumps([1, (2, 3), ()])`, `'[1, [2, 3], []]'`},
		{`json.dumps({1: 2})`, `'{"1": 2}'`},
		{`json.dumps({(1, 2): 3})`, `'{"[1, 2]": 3}'`},
		{`json.dumps(b'ab')`, `'"ab"'`},
		{`json.dumps(bytearray(b'x'))`, `"bytearray(b'x')"`},
		{`json.dumps(S())`, `'RR'`},
		{`json.dumps(range(3))`, `'range(0, 3)'`},
		{`json.dumps(H(a=[True]))`, `'{"a": [true]}'`},
		{`json.dumps(L([1, None]))`, `'[1, null]'`},
		{`json.dumps(R())`, `'R!'`},
		{`json.dumps([ValueError('bad'), OSError(2, 'x')])`, `'[["bad"], [2, "x"]]'`},
		{`json.dumps([1, {'a': 2}], separators=(',', ':'))`, `'[1,{"a":2}]'`},
		{`json.dumps([1, {'a': 2}], separators=[';', '='])`, `'[1;{"a"=2}]'`},
		{`json.dumps([1], separators=(',',))`, `ValueError: requested length 2 but object has length 1`},
		{`json.dumps([1], separators=(1, 2))`, `TypeError: can't convert 'int' object to str implicitly`},
		{`json.dumps([1], separators='ab')`, `TypeError: object 'str' isn't a tuple or list`},
		{`json.dumps([1], sort_keys=True)`, `TypeError: extra keyword arguments given`},
		{`json.dumps([1], (',', ':'))`, `TypeError: extra positional arguments given`},
		{`json.dumps()`, `TypeError: function missing 1 required positional arguments`},
		{`json.dump(1)`, `TypeError: function missing 1 required positional arguments`},
		{`json.dump(1, 5)`, `OSError: stream operation not supported`},
		{`json.load('abc')`, `OSError: stream operation not supported`},
		{`json.load(S())`, `OSError: stream operation not supported`},
		{`len(json.dumps(eval('[' * 999 + ']' * 999)))`, `1998`},
		{`json.dumps(eval('[' * 1001 + ']' * 1001))`, `RuntimeError: maximum recursion depth exceeded`},
	})
}

func TestJSONFileStream(t *testing.T) {
	out := runDevice(t, `import json
with open('m.json', 'w') as f:
    json.dump({'version': '1.2.3', 'files': ['a.py', 'b.py']}, f, separators=(',', ':'))
print(open('m.json').read())
with open('m.json') as f:
    print(json.load(f))
with open('m.json', 'rb') as f:
    print(json.load(f))
with open('bad.json', 'w') as f:
    f.write('[1] 2 3')
with open('bad.json') as f:
    try:
        json.load(f)
    except ValueError as e:
        print(e, repr(f.read()))
`)
	assert.Equal(t, strings.Join([]string{
		`{"files":["a.py","b.py"],"version":"1.2.3"}`,
		`{'files': ['a.py', 'b.py'], 'version': '1.2.3'}`,
		`{'files': ['a.py', 'b.py'], 'version': '1.2.3'}`,
		`syntax error in JSON ' 3'`, ""}, "\n"), out)
}

func BenchmarkJSONLoads(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = runDevice(b, "import json\ns = json.dumps([{'path': 'lib/f%d.py' % i, 'sha': 'ab' * 20, 'size': i} for i in range(200)])\nfor i in range(10):\n    json.loads(s)\n")
	}
}

func TestJSONIOStreams(t *testing.T) {
	out := runDevice(t, `import json, io
b = io.BytesIO(b'{"x": "y"} 5')
try:
    json.load(b)
except ValueError as e:
    print(e, repr(b.read()))
b = io.BytesIO(b'{"x": [1, 2]}  ')
print(json.load(b), repr(b.read()))
s = io.StringIO()
json.dump({'a': [1, 2.5, None]}, s, separators=(',', ':'))
print(repr(s.getvalue()))
print(json.load(io.StringIO(s.getvalue())))
class Src(io.IOBase):
    def __init__(self, d):
        self.d = d
        self.calls = 0
    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.d))
        buf[:n] = self.d[:n]
        self.d = self.d[n:]
        return n
src = Src(b'[1, 2]')
print(json.load(src), src.calls)
class Sink(io.IOBase):
    def write(self, b):
        print('write', bytes(b))
        return len(b)
json.dump([1, 'a'], Sink())
`)
	assert.Equal(t, strings.Join([]string{
		`syntax error in JSON b''`,
		`{'x': [1, 2]} b''`,
		`'{"a":[1,2.5,null]}'`,
		`{'a': [1, 2.5, None]}`,
		`[1, 2] 7`,
		`write b'[1, "a"]'`, ""}, "\n"), out)
}

// FuzzJSONLoads checks that no input makes the parser panic (go test -fuzz FuzzJSONLoads).
func FuzzJSONLoads(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, "x\u00e9"]}`, `[{"a"}, {"b": 1}]`, `"\uzz`, `-e5`, `1.e5`, "[1]\x00", `{1: {2: [3]}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := parseJSON(&sliceSource{b: data})
		if err == nil {
			e := &jsonEncoder{itemSep: ", ", keySep: ": "}
			_ = e.write(v, 0)
		}
	})
}
