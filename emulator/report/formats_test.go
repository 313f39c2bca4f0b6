package report

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./emulator/report -run %s -update to create it", t.Name())
	assert.Equal(t, string(want), string(got))
}

func TestTextGolden(t *testing.T) {
	r := synth(4, 2)
	var a, b bytes.Buffer
	require.NoError(t, WriteText(&a, r))
	require.NoError(t, WriteText(&b, r))
	assert.Equal(t, a.String(), b.String(), "deterministic")
	golden(t, "sweep.txt", a.Bytes())

	// a part says so; elapsed host time shows when known
	p, err := r.Part(Shard{2, 3})
	require.NoError(t, err)
	p.ElapsedMS = 12345
	a.Reset()
	require.NoError(t, WriteText(&a, p))
	assert.Contains(t, a.String(), "shard:    2/3")
	assert.Contains(t, a.String(), "elapsed:  12.345 s (host)")
}

func TestTextOfASweepWithoutFailures(t *testing.T) {
	r := &Report{Board: "RPI_PICO_W", Cases: []Case{{Cut: Cut{Op: 0}, Outcome: OKOld}, {Cut: Cut{Op: 1}, Outcome: OKNew}}}
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, r))
	assert.Contains(t, buf.String(), "failing:  none\n")
	assert.Contains(t, buf.String(), "  ok-new         1\n")
}

func TestTextEscapesControlCharacters(t *testing.T) {
	r := &Report{Cases: []Case{{Cut: Cut{Op: 3, Label: "op 3 (write /a\x1b[31mred\nx)"}, Outcome: Bricked,
		Reason: "line1\nline2\ttab", Replay: "ota-emu sweep --cut 3"}}}
	var buf bytes.Buffer
	require.NoError(t, WriteText(&buf, r))
	out := buf.String()
	assert.NotContains(t, out, "\x1b")
	assert.Contains(t, out, `/a\x1b[31mred\nx)`)
	assert.Contains(t, out, `reason: line1\nline2\ttab`)
}

func TestJSONRoundTrip(t *testing.T) {
	r := synth(6, 3)
	r.Shard = &Shard{1, 1}
	r.ElapsedMS = 4321
	r.Cases[3].Cut.Inside = true
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, r))
	assert.Contains(t, buf.String(), `"fs_model": "littlefs"`)
	assert.Contains(t, buf.String(), `"old_files": [`)
	back, err := ReadJSON(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	want := *r
	want.Schema = SchemaVersion
	SortCases(want.Cases)
	assert.Equal(t, &want, back)
	var again bytes.Buffer
	require.NoError(t, WriteJSON(&again, back))
	assert.Equal(t, buf.String(), again.String())
}

func TestReadJSONRefusesWhatIsNotAReport(t *testing.T) {
	for in, msg := range map[string]string{
		"":                             "empty input",
		"{":                            "not a sweep report",
		`{"board": "x"}`:               `no "schema"`,
		`{"schema": 99}`:               "newer",
		`{"schema": 1} {"schema": 1}`:  "data after",
		`{"schema": 1, "seed": "abc"}`: "not a sweep report",
		`{"schema": 1, "shard": {"index": 3, "count": 2}}`: "1..2",
	} {
		_, err := ReadJSON(strings.NewReader(in))
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), msg, in)
	}
}

// junitDoc is what a JUnit consumer reads.
type junitDoc struct {
	XMLName xml.Name `xml:"testsuites"`
	Suites  []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Props    []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			Name    string `xml:"name,attr"`
			Class   string `xml:"classname,attr"`
			Time    string `xml:"time,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Out string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnitIsValidXMLWithOneTestcasePerCut(t *testing.T) {
	r := synth(5, 2)
	hostile := "/app/<script>&\"']]>\x00\x1b.py"
	r.Cases[0].Cut.Label = "op 0 (write " + hostile + ")"
	r.Cases[0].Outcome, r.Cases[0].Reason, r.Cases[0].Replay = Crashed, "boom "+hostile, "ota-emu sweep --cut 0"
	var buf bytes.Buffer
	require.NoError(t, WriteJUnit(&buf, r))
	require.True(t, strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`))

	var doc junitDoc
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.Strict = true
	require.NoError(t, dec.Decode(&doc))
	require.Len(t, doc.Suites, 1)
	s := doc.Suites[0]
	assert.Equal(t, "ota-emu sweep", s.Name)
	assert.Equal(t, len(r.Cases), s.Tests)
	require.Len(t, s.Cases, len(r.Cases))
	fails := r.Failures()
	assert.Equal(t, len(fails), s.Failures)
	n := 0
	for i, c := range s.Cases {
		assert.Equal(t, "ota-emu.sweep.ESP32_GENERIC", c.Class)
		if c.Failure == nil {
			assert.Contains(t, c.Out, "outcome: ")
			continue
		}
		n++
		assert.True(t, Failing(c.Failure.Type), c.Failure.Type)
		assert.Contains(t, c.Failure.Text, "replay: ota-emu sweep")
		if i == 0 {
			// characters XML cannot carry become U+FFFD; everything else survives exactly
			want := strings.NewReplacer("\x00", "\uFFFD", "\x1b", "\uFFFD").Replace(hostile)
			assert.Equal(t, "op 0 (write "+want+")", c.Name)
			assert.Equal(t, "crashed: boom "+want, c.Failure.Message)
		}
	}
	assert.Equal(t, len(fails), n)
	props := map[string]string{}
	for _, p := range s.Props {
		props[p.Name] = p.Value
	}
	assert.Equal(t, "7", props["seed"])
	assert.Equal(t, "latency=20ms:host=releases.example", props["fault"])
}
