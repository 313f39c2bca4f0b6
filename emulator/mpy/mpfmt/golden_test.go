package mpfmt

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenCase is one line of testdata/golden.jsonl (written by testdata/gen.py running on
// MicroPython 1.27).
type goldenCase struct {
	Op    string               `json:"op"`
	Pat   string               `json:"pat"`
	Bytes bool                 `json:"bytes"`
	A     encValue             `json:"a"`
	KW    [][2]json.RawMessage `json:"kw"`
	OK    *string              `json:"ok"`
	Err   string               `json:"err"`
	Msg   string               `json:"msg"`
}

func loadGolden(t testing.TB) []goldenCase {
	fh, err := os.Open("testdata/golden.jsonl")
	require.NoError(t, err)
	defer fh.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c goldenCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "line %d", len(cases)+1)
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	return cases
}

// runGolden feeds one golden case through the engine.
func runGolden(f *Formatter, c goldenCase) (string, error) {
	pat, err := unhex(c.Pat)
	if err != nil {
		return "", err
	}
	a, err := decodeValue(c.A)
	if err != nil {
		return "", err
	}
	switch c.Op {
	case "repr":
		return FloatRepr(a.f, false), nil
	case "%":
		return f.Percent(pat, a, c.Bytes)
	case "fmt":
		kw := map[string]Value{}
		for _, p := range c.KW {
			var k string
			var ev encValue
			if err := json.Unmarshal(p[0], &k); err != nil {
				return "", err
			}
			if err := json.Unmarshal(p[1], &ev); err != nil {
				return "", err
			}
			v, err := decodeValue(ev)
			if err != nil {
				return "", err
			}
			kw[k] = v
		}
		args := make([]Value, len(a.items))
		for i, it := range a.items {
			args[i] = it
		}
		return f.Format(pat, args, func(name string) (Value, bool) {
			v, ok := kw[name]
			return v, ok
		})
	}
	return "", fmt.Errorf("unknown op %q", c.Op)
}

func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	require.Greater(t, len(cases), 400)
	f := &Formatter{Host: fakeHost{}}
	failed := 0
	for i, c := range cases {
		pat, _ := unhex(c.Pat)
		name := fmt.Sprintf("line %d: %s %q %s", i+1, c.Op, pat, c.A.R)
		got, err := runGolden(f, c)
		if c.OK != nil {
			want, herr := unhex(*c.OK)
			require.NoError(t, herr)
			if !assert.NoError(t, err, name) || !assert.Equal(t, strconv.Quote(want), strconv.Quote(got), name) {
				failed++
			}
			continue
		}
		var fe *Error
		if !assert.True(t, errors.As(err, &fe), "%s: want %s, got %q, %v", name, c.Err, got, err) {
			failed++
			continue
		}
		want, _ := unhex(c.Msg)
		gotMsg := fe.Msg
		if fe.Type == "KeyError" {
			gotMsg = fe.Key
		}
		if !assert.Equal(t, c.Err+": "+want, fe.Type+": "+gotMsg, name) {
			failed++
		}
		if failed > 40 {
			t.Fatal("too many failures")
		}
	}
}

// TestFloatsGolden checks repr and ten % conversions of 3000 seeded random doubles against
// MicroPython 1.27 (testdata/floats.golden, written by testdata/gen_floats.py).
func TestFloatsGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/floats.golden")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.Greater(t, len(lines), 1000)
	header := strings.Fields(lines[0])
	require.Equal(t, []string{"bits", "repr"}, header[:2])
	f := &Formatter{Host: fakeHost{}}
	failed := 0
	for _, line := range lines[1:] {
		fields := strings.Fields(line)
		require.Len(t, fields, len(header))
		bits, err := strconv.ParseUint(fields[0], 16, 64)
		require.NoError(t, err)
		x := math.Float64frombits(bits)
		if !assert.Equal(t, fields[1], FloatRepr(x, false), "repr of %s", fields[0]) {
			failed++
		}
		for i, spec := range header[2:] {
			got, err := f.Percent(spec, &fakeValue{kind: KindFloat, typeName: "float", f: x}, false)
			require.NoError(t, err)
			if !assert.Equal(t, fields[i+2], got, "%s %% %s", spec, fields[0]) {
				failed++
			}
		}
		if failed > 20 {
			t.Fatal("too many failures")
		}
	}
}
