package mpy

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run executes src as main.py and returns the console and the run's error.
func run(t testing.TB, src string, cfg Config) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cfg.Console = &out
	it, err := New(cfg)
	require.NoError(t, err)
	defer it.Close()
	err = it.RunSource([]byte(src), "main.py")
	return out.String(), err
}

// TestVMLayout pins the one assumption hooks.go makes about gpython's VM: the running frame
// is vm.Vm's first field. If gpython's layout ever changes, this fails before anything else.
func TestVMLayout(t *testing.T) {
	f, ok := reflect.TypeOf(vm.Vm{}).FieldByName("frame")
	require.True(t, ok, "vm.Vm has no field named frame")
	assert.Equal(t, uintptr(0), f.Offset, "vm.Vm.frame must be the first field")
	assert.Equal(t, reflect.TypeOf((*py.Frame)(nil)), f.Type)
	assert.Len(t, jumpTable, 256)
	for i, fn := range jumpTable {
		assert.NotNil(t, fn, "opcode %d has no handler", i)
	}
}

func TestRunawayLoopStops(t *testing.T) {
	out, err := run(t, "print('start')\nwhile True:\n    pass\n", Config{MaxSteps: 200_000})
	var ab *Abort
	require.True(t, errors.As(err, &ab), "want *Abort, got %v", err)
	assert.Contains(t, ab.Reason, "step budget exhausted")
	assert.Equal(t, "start\n", out)
}

func TestBusyLoopInsideTryFinallyStillStops(t *testing.T) {
	src := "try:\n    while True:\n        x = 1\nexcept:\n    print('caught')\nfinally:\n    print('finally')\n"
	out, err := run(t, src, Config{MaxSteps: 100_000})
	var ab *Abort
	require.True(t, errors.As(err, &ab))
	assert.Empty(t, out, "an abort runs no except or finally clause")
}

func TestCutIsUncatchable(t *testing.T) {
	var it *Interp
	RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_powercut_test"},
		Methods: []*py.Method{py.MustNewMethod("cut", func(self py.Object, args py.Tuple) (py.Object, error) {
			interpOf(self.(*py.Module).Context).Cut("power cut", 42)
			return py.None, nil
		}, 0, "")},
	})
	var out bytes.Buffer
	it, err := New(Config{Console: &out})
	require.NoError(t, err)
	src := "import _powercut_test\ntry:\n    _powercut_test.cut()\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\nprint('after')\n"
	err = it.RunSource([]byte(src), "main.py")
	var ab *Abort
	require.True(t, errors.As(err, &ab))
	assert.Equal(t, 42, ab.Cause)
	assert.Empty(t, out.String())
	assert.Error(t, it.RunSource([]byte("print(1)"), "main.py"), "a stopped interpreter cannot run again")
}

func TestStopFromAnotherGoroutine(t *testing.T) {
	var out bytes.Buffer
	it, err := New(Config{Console: &out})
	require.NoError(t, err)
	go func() {
		time.Sleep(20 * time.Millisecond)
		it.Stop("host asked", nil)
	}()
	err = it.RunSource([]byte("n = 0\nwhile True:\n    n += 1\n"), "main.py")
	var ab *Abort
	require.True(t, errors.As(err, &ab))
	assert.Equal(t, "host asked", ab.Reason)
}

func TestUnboundedRecursionIsRuntimeError(t *testing.T) {
	out, err := run(t, "def f(n):\n    return f(n + 1)\nf(0)\n", Config{})
	var u *Uncaught
	require.True(t, errors.As(err, &u), "got %v", err)
	assert.Equal(t, "RuntimeError", u.Type)
	assert.Equal(t, "maximum recursion depth exceeded", u.Message)
	assert.True(t, strings.HasPrefix(out, "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n"))
}

func TestRecursionCanBeCaught(t *testing.T) {
	out, err := run(t, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)\n", Config{})
	require.NoError(t, err)
	assert.Equal(t, "caught maximum recursion depth exceeded\n", out)
}

func TestHugeAllocationsAreMemoryError(t *testing.T) {
	for _, src := range []string{
		"x = bytearray(100 * 1024 * 1024)\n",
		"x = b'x' * 100_000_000\n",
		"x = [0] * 100_000_000\n",
		"x = 'ab' * 50_000_000\n",
	} {
		out, err := run(t, src, Config{})
		var u *Uncaught
		require.True(t, errors.As(err, &u), "%s: got %v", src, err)
		assert.Equal(t, "MemoryError", u.Type, src)
		assert.Contains(t, out, "MemoryError: memory allocation failed, allocating", src)
	}
}

func TestBoardHeapIsEnforced(t *testing.T) {
	src := "chunks = []\ntry:\n    while True:\n        chunks.append(bytearray(4096))\nexcept MemoryError:\n    print('full after', len(chunks))\n"
	out, err := run(t, src, Config{Heap: 64 * 1024})
	require.NoError(t, err)
	assert.Regexp(t, `^full after 1[0-9]\n$`, out, "a 64 KB heap holds about 15 4 KB buffers")
}

func TestGCReportsTheHeap(t *testing.T) {
	out, err := run(t, "import gc\ngc.collect()\nf = gc.mem_free()\na = gc.mem_alloc()\nprint(f + a, f > 0, a > 0)\nbig = bytearray(20000)\nprint(gc.mem_free() < f)\n", Config{Heap: 100_000})
	require.NoError(t, err)
	assert.Equal(t, "100000 True True\nTrue\n", out)
}

func TestImportsReadOnlyTheFlash(t *testing.T) {
	fs := afero.NewMemMapFs()
	require.NoError(t, afero.WriteFile(fs, "/lib/helper.py", []byte("X = 7\n"), 0o644))
	out, err := run(t, "import helper\nprint(helper.X)\ntry:\n    import os\nexcept ImportError as e:\n    print(e)\ntry:\n    import tempfile\nexcept ImportError as e:\n    print(e)\n", Config{FS: fs})
	require.NoError(t, err)
	assert.Equal(t, "7\nno module named 'os'\nno module named 'tempfile'\n", out)
}

func TestSysExitIsSilent(t *testing.T) {
	out, err := run(t, "print('a')\nimport sys\nsys.exit(3)\nprint('b')\n", Config{})
	var ex *Exit
	require.True(t, errors.As(err, &ex))
	assert.Equal(t, 3, ex.Code)
	assert.Equal(t, "a\n", out)
}

func TestOnStepsAdvancesTime(t *testing.T) {
	var total int64
	_, err := run(t, "n = 0\nfor i in range(10000):\n    n += i\n", Config{OnSteps: func(n int64) { total += n }})
	require.NoError(t, err)
	assert.Greater(t, total, int64(10000), "every bytecode is charged")
}

// TestParallelDeterminism runs the same program in many goroutines: identical output, and no
// data race (run with -race).
func TestParallelDeterminism(t *testing.T) {
	src := "d = {}\nfor i in range(50):\n    d['k%d' % i] = i\nprint(list(d)[:10], {1, 2, 33, 'a'}, id(object()) > 0)\nclass A:\n    pass\nprint(hash(A()) != 0)\n"
	var wg sync.WaitGroup
	outs := make([]string, 16)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			outs[i], _ = run(t, src, Config{})
		}(i)
	}
	wg.Wait()
	for i := range outs {
		assert.Equal(t, outs[0], outs[i])
	}
}

func TestEmulatorFaultIsReportedNotFatal(t *testing.T) {
	RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_fault_test"},
		Methods: []*py.Method{py.MustNewMethod("boom", func(self py.Object, args py.Tuple) (py.Object, error) {
			panic("simulated gpython bug") // a Go panic inside a builtin
		}, 0, "")},
	})
	_, err := run(t, "import _fault_test\n_fault_test.boom()\n", Config{})
	var f *Fault
	require.True(t, errors.As(err, &f), "got %v", err)
	assert.Contains(t, f.Stack, "interp_test.go")
}

func TestOpenOnTheFlash(t *testing.T) {
	fs := afero.NewMemMapFs()
	src := `with open("data.txt", "w") as f:
    f.write("héllo\nworld\n")
    f.write(b"bytes ok\n")
with open("data.txt") as f:
    print(f.readline(), end="")
    print(f.read(3), repr(f.read()))
with open("/data.txt", "rb") as f:
    print(f.read(2), len(f.read()))
buf = bytearray(4)
f = open("data.txt", "rb")
print(f.readinto(buf), buf)
f.close()
print([l for l in open("data.txt")])
try:
    open("missing.txt")
except OSError as e:
    print(e.errno, e)
`
	out, err := run(t, src, Config{FS: fs})
	require.NoError(t, err, out)
	assert.Equal(t, "héllo\nwor 'ld\\nbytes ok\\n'\nb'h\\xc3' 20\n4 bytearray(b'h\\xc3\\xa9l')\n['h\\xe9llo\\n', 'world\\n', 'bytes ok\\n']\n2 [Errno 2] ENOENT\n", out)
	data, err := afero.ReadFile(fs, "/data.txt")
	require.NoError(t, err)
	assert.Equal(t, "héllo\nworld\nbytes ok\n", string(data))
}

func TestManySmallObjectsFillTheHeap(t *testing.T) {
	// no single allocation is large, but together they do not fit a 64 KB heap
	out, err := run(t, "l = []\nfor i in range(20000):\n    l.append('item %d' % i)\nprint(len(l))\n", Config{Heap: 64 * 1024})
	require.Error(t, err)
	assert.Contains(t, out+err.Error(), "MemoryError")
	out, err = run(t, "l = []\nfor i in range(200):\n    l.append('item %d' % i)\nprint(len(l))\n", Config{Heap: 64 * 1024})
	require.NoError(t, err)
	assert.Equal(t, "200\n", out)
}
