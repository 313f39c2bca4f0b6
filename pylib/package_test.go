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
