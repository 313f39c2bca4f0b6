package main

import (
	"bytes"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/faultspec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpFaults(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, exitOK, execute([]string{"help", "faults"}, &out, &errb), errb.String())
	assert.Empty(t, errb.String())
	help := out.String()
	assert.Equal(t, faultspec.Help(), help)
	// the topic is the language reference: every kind of the brief is in it, with examples
	for _, want := range []string{"KIND[=VALUE][@WHEN][:key=value,...]", "powercut@50%", "powercut@op:N:inside",
		"powercut@boot:B,op:N", "lowspace=48K", "flash=256K", "heap=64K", "net.reset@30%:host=ota.example",
		"tls.mitm", "wifi.down", "dns.fail", "http.status=503:path=/latest"} {
		assert.Contains(t, help, want)
	}
	// `ota-emu faults` and `ota-emu faults --help` print the same
	for _, args := range [][]string{{"faults"}, {"faults", "--help"}} {
		out.Reset()
		errb.Reset()
		require.Equal(t, exitOK, execute(args, &out, &errb), "%v: %s", args, errb.String())
		assert.Equal(t, help, out.String(), "%v", args)
	}
	out.Reset()
	require.Equal(t, exitOK, execute([]string{"help"}, &out, &errb))
	assert.Regexp(t, `faults\s+The --fault spec language`, out.String(), "listed in the root help")
}
