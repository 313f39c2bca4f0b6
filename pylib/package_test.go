package pylib_test

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/pylib"
)

var update = flag.Bool("update", false, "rewrite package.json from the files of ota/")

// packageJSON is mip's package.json for the files of ota/ (one URL per line).
func packageJSON() string {
	var b strings.Builder
	b.WriteString("{\n  \"urls\": [\n")
	files := pylib.Files()
	for i, f := range files {
		b.WriteString(`    ["` + f + `", "github:ota-emu/ota-emu/pylib/` + f + `"]`)
		if i < len(files)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("  ],\n  \"version\": \"0.1.0\"\n}\n")
	return b.String()
}

// TestPackageJSON: package.json lists every file of the package (go test ./pylib -run
// TestPackageJSON -update rewrites it after a module is added).
func TestPackageJSON(t *testing.T) {
	want := packageJSON()
	if *update {
		require.NoError(t, os.WriteFile("package.json", []byte(want), 0o644))
	}
	b, err := os.ReadFile("package.json")
	require.NoError(t, err)
	var pkg struct {
		URLs    [][2]string `json:"urls"`
		Version string      `json:"version"`
	}
	require.NoError(t, json.Unmarshal(b, &pkg))
	assert.NotEmpty(t, pkg.Version)
	var listed []string
	for _, u := range pkg.URLs {
		listed = append(listed, u[0])
		assert.Equal(t, "github:ota-emu/ota-emu/pylib/"+u[0], u[1])
	}
	assert.Equal(t, pylib.Files(), listed, "package.json is out of date: go test ./pylib -run TestPackageJSON -update")
	assert.Equal(t, want, string(b))
}

// TestStoreMatchesMicroPython runs testdata/store_check.py (the state machine, hashes, HMAC,
// paths, versions) on the emulator and compares its output with what real MicroPython 1.27
// printed for it (store_check.exp, recorded with tools/mpref).
// The same for testdata/jsonstream_check.py (the streaming JSON reader).
func TestStoreMatchesMicroPython(t *testing.T) {
	for _, name := range []string{"store_check", "jsonstream_check"} {
		src, err := os.ReadFile("testdata/" + name + ".py")
		require.NoError(t, err)
		want, err := os.ReadFile("testdata/" + name + ".exp")
		require.NoError(t, err)
		w := NewWorld(t, WorldOptions{App: map[string]string{"main.py": string(src)}})
		r := w.Run(t)
		require.Equal(t, "finished", r.Outcome.Result, "%s: %s", name, r.Console)
		assert.Equal(t, string(want), string(r.Console), name)
	}
}
