package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim/release"
)

// newApp is release 2.0: app.py changed, lib/util.py changed, a new module, boot.py kept.
func newApp(version string) map[string]string {
	app := DefaultApp(version)
	app["lib/extra.py"] = "X = 1\n"
	return app
}

func TestHappyPath(t *testing.T) {
	w := NewWorld(t, WorldOptions{})
	rel := w.Release(t, "2.0", newApp("2.0"), release.Options{})
	want := w.Expected(rel)
	r := w.Run(t)
	t.Logf("console:\n%s", r.Console)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s", v)
	assert.Equal(t, emulator.OKNew, v.Outcome)
	assert.Equal(t, "2.0", v.Version)
}
