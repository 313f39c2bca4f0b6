package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func intp(i int) *int { return &i }

func TestFailingTreatsUnknownOutcomesAsFailures(t *testing.T) {
	for o, want := range map[string]bool{OKOld: false, OKNew: false, Bricked: true, Stuck: true, Crashed: true, "": true, "weird": true} {
		assert.Equal(t, want, Failing(o), o)
	}
}

func TestCutOrderNameAndOpsBefore(t *testing.T) {
	cuts := []Cut{
		{Op: -1},
		{Op: 0, Inside: true},
		{Op: 0},
		{Op: 0, Second: intp(0)},
		{Op: 0, Second: intp(3)},
		{Op: 1, Inside: true},
		{Op: 1, Inside: true, Second: intp(0)},
		{Op: 1},
	}
	for i := range cuts {
		for j := range cuts {
			assert.Equal(t, i < j, cuts[i].Less(cuts[j]), "%d < %d", i, j)
		}
	}
	names := []string{"before op 0", "inside op 0", "op 0", "op 0, then recovery op 0", "op 0, then recovery op 3",
		"inside op 1", "inside op 1, then recovery op 0", "op 1"}
	ops := []int{0, 0, 1, 2, 5, 1, 2, 2}
	for i, c := range cuts {
		assert.Equal(t, names[i], c.Name())
		assert.Equal(t, ops[i], c.OpsBefore(), c.Name())
	}
	assert.Equal(t, "op 7 (write /a)", Cut{Op: 7, Label: "op 7 (write /a)"}.Name())
}

func TestCountsListEveryOutcomeInOrder(t *testing.T) {
	r := &Report{Cases: []Case{{Outcome: Bricked}, {Outcome: OKNew}, {Outcome: "zeta"}, {Outcome: Bricked}, {Outcome: "alpha"}}}
	m := r.Counts()
	assert.Equal(t, map[string]int{OKOld: 0, OKNew: 1, Bricked: 2, Stuck: 0, Crashed: 0, "zeta": 1, "alpha": 1}, m)
	assert.Equal(t, []Count{{OKOld, 0}, {OKNew, 1}, {Bricked, 2}, {Stuck, 0}, {Crashed, 0}, {"alpha", 1}, {"zeta", 1}}, r.CountList())
}

func TestFailuresSmallestFirst(t *testing.T) {
	r := &Report{Cases: []Case{
		{Cut: Cut{Op: 9}, Outcome: OKOld},
		{Cut: Cut{Op: 5}, Outcome: Bricked, Boots: 3, Reason: "c"},                  // 6 ops, 3 boots
		{Cut: Cut{Op: 5, Inside: true}, Outcome: Stuck, Boots: 9, Reason: "b"},      // 5 ops
		{Cut: Cut{Op: 2, Second: intp(2)}, Outcome: Crashed, Boots: 2, Reason: "d"}, // 3+3 = 6 ops, 2 boots
		{Cut: Cut{Op: 4}, Outcome: Crashed, Boots: 1, Reason: "a"},                  // 5 ops, 1 boot
		{Cut: Cut{Op: 1, Second: intp(3)}, Outcome: Bricked, Boots: 2, Reason: "e"}, // 2+4 = 6 ops, 2 boots, earlier cut
		{Cut: Cut{Op: 0}, Outcome: OKNew},
		{Cut: Cut{Op: 30}, Outcome: "unheard-of", Boots: 1, Reason: "f"},
	}}
	var got []string
	for _, c := range r.Failures() {
		got = append(got, c.Reason)
	}
	assert.Equal(t, []string{"a", "b", "e", "d", "c", "f"}, got)
}

func TestParseShard(t *testing.T) {
	good := map[string]Shard{"1/1": {1, 1}, "2/4": {2, 4}, " 4/4 ": {4, 4}}
	for in, want := range good {
		got, err := ParseShard(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
		assert.Equal(t, want, must(ParseShard(got.String())))
	}
	for in, msg := range map[string]string{
		"": "want I/N", "2": "want I/N", "0/4": "1..4", "5/4": "1..4", "1/0": "at least 1", "a/b": "whole numbers", "-1/2": "1..2", "1/2/3": "whole numbers",
	} {
		_, err := ParseShard(in)
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), msg, in)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestShardsDealEveryCaseToExactlyOnePart(t *testing.T) {
	for n := 1; n <= 5; n++ {
		for i := 0; i < 23; i++ {
			owners := 0
			for k := 1; k <= n; k++ {
				if (Shard{k, n}).Contains(i) {
					owners++
					assert.Equal(t, i%n, k-1)
				}
			}
			assert.Equal(t, 1, owners, "case %d of %d shards", i, n)
		}
	}
	assert.False(t, Shard{1, 2}.Contains(-1))
	assert.False(t, Shard{}.Contains(0))
}

// parts cuts a whole report into n parts as --shard would, each through a JSON file.
func parts(t *testing.T, whole *Report, n int) []*Report {
	t.Helper()
	var out []*Report
	for i := 1; i <= n; i++ {
		p, err := whole.Part(Shard{i, n})
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, WriteJSON(&buf, p))
		back, err := ReadJSON(&buf)
		require.NoError(t, err)
		out = append(out, back)
	}
	return out
}

func jsonOf(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, r))
	return buf.String()
}

// sameJSON checks that two reports write the same JSON, showing the first line that differs.
func sameJSON(t *testing.T, want, got *Report) {
	t.Helper()
	a, b := strings.Split(jsonOf(t, want), "\n"), strings.Split(jsonOf(t, got), "\n")
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			t.Fatalf("JSON differs at line %d:\nwant %s\ngot  %s", i+1, a[i], b[i])
		}
	}
	require.Equal(t, len(a), len(b), "JSON lines")
}

func TestMergeOfThreeShardsEqualsTheWhole(t *testing.T) {
	whole := synth(10, 5)
	ps := parts(t, whole, 3)
	total := 0
	for i, p := range ps {
		assert.Equal(t, &Shard{i + 1, 3}, p.Shard)
		assert.Contains(t, p.Command, "--shard "+p.Shard.String())
		total += len(p.Cases)
		assert.InDelta(t, len(whole.Cases)/3, len(p.Cases), 1, "parts are balanced")
	}
	assert.Equal(t, len(whole.Cases), total, "the parts are disjoint and cover the sweep")

	for _, order := range [][]int{{0, 1, 2}, {2, 0, 1}, {1, 2, 0}} {
		merged, err := Merge(ps[order[0]], ps[order[1]], ps[order[2]])
		require.NoError(t, err)
		assert.Nil(t, merged.Shard)
		sameJSON(t, whole, merged)
	}
	// the parts were not modified
	assert.Equal(t, &Shard{1, 3}, ps[0].Shard)
}

func TestMergeKeepsAgreeingDuplicatesAndSumsElapsed(t *testing.T) {
	whole := synth(4, 2)
	ps := parts(t, whole, 2)
	ps[0].ElapsedMS, ps[1].ElapsedMS = 1200, 800
	dup := *ps[1]
	merged, err := Merge(ps[0], ps[1], &dup)
	require.NoError(t, err)
	assert.Len(t, merged.Cases, len(whole.Cases))
	assert.Equal(t, int64(2000+800), merged.ElapsedMS)
	// a whole report merged with a part is the whole report
	merged, err = Merge(whole, ps[1])
	require.NoError(t, err)
	merged.ElapsedMS = 0
	sameJSON(t, whole, merged)
}

func TestMergeRefusesPartsOfDifferentSweeps(t *testing.T) {
	whole := synth(4, 2)
	cases := []struct {
		name   string
		change func(ps []*Report) []*Report
		msg    string
	}{
		{"seed", func(ps []*Report) []*Report { ps[1].Seed = 8; return ps }, `seed "7" vs "8"`},
		{"board", func(ps []*Report) []*Report { ps[1].Board = "RPI_PICO_W"; return ps }, "board"},
		{"command", func(ps []*Report) []*Report { ps[1].Command += " --inside"; return ps }, "command (apart from --shard)"},
		{"faults", func(ps []*Report) []*Report { ps[1].Faults = nil; return ps }, "faults"},
		{"baseline op", func(ps []*Report) []*Report { ps[1].Baseline.Ops[3].Bytes++; return ps }, "first at op 3"},
		{"baseline net", func(ps []*Report) []*Report { ps[1].Baseline.Net = ps[1].Baseline.Net[1:]; return ps }, "network events"},
		{"missing part", func(ps []*Report) []*Report { return ps[:2] }, "shard 3/3 missing"},
		{"mixed counts", func(ps []*Report) []*Report { ps[2].Shard = &Shard{2, 4}; return ps }, "same N"},
		{"conflict", func(ps []*Report) []*Report {
			c := ps[0].Cases[0]
			c.Outcome, c.Reason = Bricked, "flaky"
			ps[1].Cases = append(ps[1].Cases, c)
			return ps
		}, "says bricked (flaky)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := tc.change(parts(t, whole, 3))
			_, err := Merge(ps...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	_, err := Merge()
	assert.ErrorContains(t, err, "no parts")
}

func TestStripShard(t *testing.T) {
	assert.Equal(t, "ota-emu sweep a.py --seed 2", StripShard("ota-emu sweep a.py --shard 2/4 --seed 2"))
	assert.Equal(t, "ota-emu sweep a.py", StripShard("ota-emu sweep --shard=1/3 a.py"))
}
