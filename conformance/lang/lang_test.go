// Package lang is the MicroPython differential corpus: every program under this folder must
// print, on ota-emu's runtime, exactly the bytes real MicroPython 1.27 printed for it (the
// committed .exp files, made by `make ref`).
package lang

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	// the device modules (json, binascii, struct, ...) the corpus programs may import
	_ "github.com/ota-emu/ota-emu/emulator/modules"
	"github.com/spf13/afero"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// program is one corpus entry.
type program struct {
	name string // TOPIC/NAME.py
	src  []byte
	exp  []byte
	// noExp marks a program whose .exp is missing (run `make ref`).
	noExp bool
}

// loadCorpus reads every program with its expected output, and the excluded list.
func loadCorpus(t testing.TB) (progs []program, excluded map[string]string) {
	excluded = readExcluded(t)
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (p == "lib" || p == "root") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".py") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		exp, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".exp")
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		progs = append(progs, program{name: filepath.ToSlash(p), src: src, exp: exp, noExp: err != nil})
		return nil
	})
	require.NoError(t, err)
	sort.Slice(progs, func(i, j int) bool { return progs[i].name < progs[j].name })
	return progs, excluded
}

var excludedLine = regexp.MustCompile("^- `([^`]+)`: (.+)$")

func readExcluded(t testing.TB) map[string]string {
	f, err := os.Open("EXCLUDED.md")
	require.NoError(t, err)
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := excludedLine.FindStringSubmatch(sc.Text()); m != nil {
			out[m[1]] = m[2]
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// flash builds the device filesystem: lib/ at /lib, root/ at /, the program as /main.py.
func flash(t testing.TB, src []byte) afero.Fs {
	mem := afero.NewMemMapFs()
	for _, dir := range []struct{ host, dev string }{{"lib", "/lib"}, {"root", "/"}} {
		if _, err := os.Stat(dir.host); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(dir.host, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir.host, p)
			target := filepath.ToSlash(filepath.Join(dir.dev, rel))
			if d.IsDir() {
				return mem.MkdirAll(target, 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return afero.WriteFile(mem, target, data, 0o644)
		})
		require.NoError(t, err)
	}
	require.NoError(t, afero.WriteFile(mem, "/main.py", src, 0o644))
	return mem
}

// run executes one program and returns its console output.
func run(t testing.TB, p program) string {
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{
		Console:  &out,
		FS:       flash(t, p.src),
		Path:     []string{"", ".frozen", "/lib"},
		MaxSteps: 20_000_000,
		Platform: "webassembly",
	})
	require.NoError(t, err)
	defer it.Close()
	err = it.RunFile("/main.py")
	switch err.(type) {
	case nil, *mpy.Uncaught, *mpy.Exit:
	default:
		out.WriteString("\n<ota-emu: " + err.Error() + ">\n")
	}
	return out.String()
}

// gapsHeading starts the section of EXCLUDED.md that lists programs the runtime does not yet
// match (work in progress, regenerated with -update-gaps). The test fails when one of them
// starts to match, so the list can only shrink honestly.
const gapsHeading = "## Not yet matching (runtime gaps, work in progress)"

var updateGaps = flag.Bool("update-gaps", false, "rewrite the not-yet-matching section of EXCLUDED.md")

// gapSection returns the names listed under gapsHeading.
func gapSection(t testing.TB) map[string]bool {
	data, err := os.ReadFile("EXCLUDED.md")
	require.NoError(t, err)
	out := map[string]bool{}
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "## ") {
			in = line == gapsHeading
			continue
		}
		if m := excludedLine.FindStringSubmatch(line); in && m != nil {
			out[m[1]] = true
		}
	}
	return out
}

// gapReasons keeps the hand-written reason of each not-yet-matching entry (the text before
// "first difference:"), so regenerating the list updates only the difference.
func gapReasons(t testing.TB) map[string]string {
	data, err := os.ReadFile("EXCLUDED.md")
	require.NoError(t, err)
	_, gapsText, _ := strings.Cut(string(data), gapsHeading)
	out := map[string]string{}
	for _, line := range strings.Split(gapsText, "\n") {
		if m := excludedLine.FindStringSubmatch(line); m != nil {
			if reason, _, ok := strings.Cut(m[2], "first difference:"); ok {
				out[m[1]] = reason
			}
		}
	}
	return out
}

// firstDifference describes where two outputs part.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d: expected %q, got %q", i+1, clip(a), clip(b))
		}
	}
	return "outputs differ"
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// TestCorpus requires identical output to MicroPython 1.27 for every program not excluded.
func TestCorpus(t *testing.T) {
	progs, excluded := loadCorpus(t)
	t.Logf("corpus: %d programs (issue 2 asks for at least 250)", len(progs))
	for name := range excluded {
		assert.FileExists(t, name, "EXCLUDED.md names a program that does not exist")
	}
	gaps := gapSection(t)
	reasons := gapReasons(t)
	var newGaps []string
	for _, p := range progs {
		p := p
		t.Run(p.name, func(t *testing.T) {
			require.False(t, p.noExp, "no .exp file: run `make ref`")
			got := run(t, p)
			if *updateGaps {
				permanent := isExcluded(excluded, p.name) && !gaps[p.name]
				if got != string(p.exp) && !permanent && !inPermanentSection(t, p.name) {
					newGaps = append(newGaps, fmt.Sprintf("- `%s`: %sfirst difference: %s", p.name, reasons[p.name], firstDifference(string(p.exp), got)))
				}
				return
			}
			if gaps[p.name] {
				if got == string(p.exp) {
					t.Errorf("%s now matches MicroPython: remove it from EXCLUDED.md (go test ./conformance/lang -run TestCorpus -update-gaps)", p.name)
				}
				t.Skip("not yet matching: " + excluded[p.name])
			}
			if reason, ok := excluded[p.name]; ok {
				t.Skip("excluded: " + reason)
			}
			assert.Equal(t, string(p.exp), got)
		})
	}
	if *updateGaps {
		writeGaps(t, newGaps)
	}
}

// inPermanentSection reports whether name is excluded above the not-yet-matching section.
func inPermanentSection(t testing.TB, name string) bool {
	data, err := os.ReadFile("EXCLUDED.md")
	require.NoError(t, err)
	head, _, _ := strings.Cut(string(data), gapsHeading)
	return strings.Contains(head, "- `"+name+"`:")
}

func isExcluded(excluded map[string]string, name string) bool {
	_, ok := excluded[name]
	return ok
}

// writeGaps replaces the not-yet-matching section of EXCLUDED.md.
func writeGaps(t testing.TB, lines []string) {
	data, err := os.ReadFile("EXCLUDED.md")
	require.NoError(t, err)
	text := string(data)
	if i := strings.Index(text, gapsHeading); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimRight(text, "\n") + "\n\n" + gapsHeading + "\n\n" +
		"Programs whose output the runtime does not match yet, with the first difference. The\n" +
		"corpus test fails as soon as one of them matches, so this list only shrinks.\n\n"
	sort.Strings(lines)
	for _, l := range lines {
		text += l + "\n"
	}
	require.NoError(t, os.WriteFile("EXCLUDED.md", []byte(text), 0o644))
}

// TestCorpusParallel runs the whole corpus 20 times in parallel goroutines in one process and
// requires every run to print the same bytes (determinism; run it with -race).
func TestCorpusParallel(t *testing.T) {
	progs, _ := loadCorpus(t)
	const runs = 20
	results := make([][]string, runs)
	var wg sync.WaitGroup
	for r := 0; r < runs; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			outs := make([]string, len(progs))
			for i, p := range progs {
				outs[i] = run(t, p)
			}
			results[r] = outs
		}(r)
	}
	wg.Wait()
	for r := 1; r < runs; r++ {
		for i, p := range progs {
			if results[r][i] != results[0][i] {
				t.Errorf("%s: run %d printed differently from run 0:\n%s\n---\n%s", p.name, r, results[r][i], results[0][i])
			}
		}
	}
}

// TestShow prints one program's output and the expected one (LANG_PROG=topic/name.py); a
// debugging aid, skipped otherwise.
func TestShow(t *testing.T) {
	name := os.Getenv("LANG_PROG")
	if name == "" {
		t.Skip("set LANG_PROG=topic/name.py to print a program's output")
	}
	progs, _ := loadCorpus(t)
	for _, p := range progs {
		if p.name == name {
			got := run(t, p)
			verdict := "identical"
			if got != string(p.exp) {
				verdict = firstDifference(string(p.exp), got)
			}
			fmt.Printf("=== got\n%s=== expected\n%s=== %s\n", got, p.exp, verdict)
			return
		}
	}
	t.Fatalf("no program %s", name)
}
