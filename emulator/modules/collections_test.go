package modules

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDequeRing(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"append drops the left end", `from collections import deque
d = deque((), 3)
for i in range(5):
    d.append(i)
print(list(d), len(d))`, "[2, 3, 4] 3\n"},
		{"appendleft drops the right end", `from collections import deque
d = deque([1, 2, 3], 3)
d.appendleft(0)
print(list(d))`, "[0, 1, 2]\n"},
		{"full flag", `from collections import deque
d = deque([1], 1, 1)
try:
    d.append(2)
except IndexError as e:
    print(e)`, "full\n"},
		{"empty", `from collections import deque
try:
    deque((), 2).pop()
except IndexError as e:
    print(e)`, "empty\n"},
		{"maxlen zero holds nothing", `from collections import deque
d = deque([1, 2], 0)
d.append(3)
print(len(d), bool(d))`, "0 False\n"},
		{"index and store", `from collections import deque
d = deque("abc", 5)
d[-1] = "z"
print(d[0], d[2], list(d))`, "a z ['a', 'b', 'z']\n"},
		{"index errors", `from collections import deque
d = deque((), 2)
for k in (0, "a"):
    try:
        d[k]
    except Exception as e:
        print(type(e).__name__, e)`, "IndexError deque index out of range\nTypeError deque indices must be integers, not str\n"},
		{"maxlen is required", `from collections import deque
try:
    deque([])
except TypeError as e:
    print(e)`, "function missing 1 required positional arguments\n"},
		{"negative maxlen", `from collections import deque
try:
    deque([], -1)
except ValueError as e:
    print(repr(str(e)))`, "''\n"},
		{"repr", `from collections import deque
print(deque((), 1))`, "<deque>\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, runPy(t, c.src, "esp32"))
		})
	}
}

func TestDequeGo(t *testing.T) {
	o, err := newDeque(DequeType, py.Tuple{py.Tuple{py.Int(1), py.Int(2)}, py.Int(2)}, nil)
	require.NoError(t, err)
	d := o.(*Deque)
	require.NoError(t, d.Append(py.Int(3)))
	assert.Equal(t, 2, d.Len())
	v, err := d.PopLeft()
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	v, err = d.Pop()
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), v)
	_, err = d.Pop()
	assert.Error(t, err)
}

func TestNamedTuple(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"repr and fields", `from collections import namedtuple
P = namedtuple("Point", "x y")
p = P(1, y="b")
print(p, p.x, p.y, p[0], p[-1], len(p))`, "Point(x=1, y='b') 1 b 1 b 2\n"},
		{"list of names and unpacking", `from collections import namedtuple
E = namedtuple("E", ["path", "size"])
path, size = E("a.py", 3)
print(path, size, list(E(1, 2)))`, "a.py 3 [1, 2]\n"},
		{"is a tuple", `from collections import namedtuple
P = namedtuple("P", "a")
print(isinstance(P(1), tuple), type(P(1)).__name__, P(1) == (1,), P(1) == P(1))`, "True P True True\n"},
		{"immutable", `from collections import namedtuple
P = namedtuple("P", "a")
try:
    P(1).a = 2
except AttributeError as e:
    print(e)`, "can't set attribute\n"},
		{"wrong count", `from collections import namedtuple
P = namedtuple("P", "a b")
try:
    P(1)
except TypeError as e:
    print(e)`, "P() takes 2 positional arguments but 1 were given\n"},
		{"duplicate value", `from collections import namedtuple
P = namedtuple("P", "a b")
try:
    P(1, a=2)
except TypeError as e:
    print(e)`, "function got multiple values for argument 'a'\n"},
		{"unknown keyword", `from collections import namedtuple
P = namedtuple("P", "a b")
try:
    P(1, c=2)
except TypeError as e:
    print(e)`, "unexpected keyword argument 'c'\n"},
		{"whitespace split only", `from collections import namedtuple
print(namedtuple("S", "a, b")(1, 2))`, "S(a,=1, b=2)\n"},
		{"slice is a plain tuple", `from collections import namedtuple
P = namedtuple("P", "a b c")
print(P(1, 2, 3)[1:], 2 in P(1, 2, 3))`, "(2, 3) True\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, runPy(t, c.src, "esp32"))
		})
	}
}

func TestOrderedDictExposed(t *testing.T) {
	src := `from collections import OrderedDict
d = OrderedDict()
d["b"] = 1
d["a"] = 2
print(d, list(d))`
	assert.Equal(t, "OrderedDict({'b': 1, 'a': 2}) ['b', 'a']\n", runPy(t, src, "esp32"))
}

func BenchmarkDequeAppendPop(b *testing.B) {
	o, err := newDeque(DequeType, py.Tuple{py.Tuple{}, py.Int(64)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	d := o.(*Deque)
	for i := 0; i < b.N; i++ {
		_ = d.Append(py.Int(i))
		if i%2 == 0 {
			_, _ = d.PopLeft()
		}
	}
}

func TestNamedTupleSubclass(t *testing.T) {
	src := `from collections import namedtuple
class V(namedtuple("V", "major minor")):
    def tag(self):
        return "v%d.%d" % (self.major, self.minor)
v = V(1, 2)
print(v.tag(), v.minor, v[0], len(v), isinstance(v, tuple), hasattr(v, "count"))
try:
    V.major
except AttributeError as e:
    print(e)`
	want := "v1.2 2 1 2 True False\ntype object 'V' has no attribute 'major'\n"
	assert.Equal(t, want, runPy(t, src, "esp32"))
}
