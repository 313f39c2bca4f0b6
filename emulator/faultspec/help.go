package faultspec

import (
	"fmt"
	"strings"
)

// localKinds documents the kinds that are not network faults: syntax, meaning, example.
var localKinds = []struct{ syntax, doc, example string }{
	{"powercut@P%", "cut power once P% of the bytes the uninterrupted run writes are written\n" +
		"(0 to 100, decimals allowed: 0% as the first write begins, 100% right after the last)", "powercut@50%"},
	{"powercut@op:N", "cut right after flash operation N (0-based index in the run's flash-operation log)", "powercut@op:123"},
	{"powercut@op:N:inside", "cut in the middle of flash operation N (the write is torn)", "powercut@op:123:inside"},
	{"powercut@byte:N", "cut once N bytes of filesystem writes have reached the flash (K, M allowed)", "powercut@byte:64K"},
	{"powercut@t=T", "cut when the virtual clock reaches T since the first power-on", "powercut@t=2.5s"},
	{"powercut@boot:B,op:N[:inside]", "cut after operation N of boot B (boots from 1, ops from 0 within the boot)", "powercut@boot:2,op:10"},
	{"lowspace=SIZE", "fill the flash before the first boot so that only SIZE stays free", "lowspace=48K"},
	{"flash=SIZE", "give the filesystem this size instead of the board's", "flash=256K"},
	{"heap=SIZE", "give MicroPython this heap instead of the board's", "heap=64K"},
}

// Help is the reference of the fault-spec language (`ota-emu help faults`), generated from the
// tables the parser uses, netsim's fault list included.
func Help() string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("Fault specs: ota-emu run SCRIPT --fault=SPEC [--fault=SPEC ...]\n\n")
	w("  KIND[=VALUE][@WHEN][:key=value,...]\n\n")
	w("=VALUE is the fault's main parameter, @WHEN where or when it strikes (items joined by\n")
	w("commas), :key=value its targets and other parameters. Several --fault flags compose.\n")
	w("SIZE is a byte count with an optional unit: 4096, 48K, 1.5M (K = KiB = 1024, M = MiB).\n")
	w("DURATION (T) is virtual time with a unit: 500us, 200ms, 2.5s, 1m, 1m30s.\n")
	w("A value holding , : @ = quotes or spaces is written as a double-quoted Go string.\n\n")

	w("Power and flash\n")
	for _, k := range localKinds {
		w("  %s\n", k.syntax)
		for _, line := range strings.Split(k.doc, "\n") {
			w("      %s\n", line)
		}
		w("      e.g. %s\n", shellQuote("--fault="+k.example))
	}
	w("  One position per powercut; give several powercut flags for several cuts (a cut in\n")
	w("  the first boot and another in a later one).\n\n")

	w("Network faults (netsim; the netsim name, e.g. http_status, is accepted as the kind too)\n")
	for _, k := range netTable.ordered {
		syntax := k.kind
		if k.value != "" {
			if def, ok := k.keyDef(k.value); ok && k.params != nil {
				syntax += "[=" + def.typ.name + "]"
			} else {
				syntax += "[=VALUE]"
			}
		}
		syntax += "[@" + strings.ReplaceAll(k.whenForms(), ", ", "|") + "]"
		w("  %s\n", syntax)
		w("      %s\n", k.summary)
		if len(k.params) > 0 {
			var keys []string
			for _, p := range k.params {
				s := p.key + "=" + p.typ.name
				if p.key == k.value {
					s += " (=VALUE)"
				}
				keys = append(keys, s+": "+p.doc)
			}
			w("      keys: %s\n", strings.Join(keys, "; "))
		}
		w("      netsim %s; e.g. %s\n", k.name, shellQuote("--fault="+k.example))
	}
	w("\nNetwork positions (@WHEN)\n")
	w("  P%%           percentage of the current HTTP response (net.reset, net.truncate)\n")
	w("  byte:N       byte of the stream (net.reset, net.truncate, net.stall, net.limit, net.corrupt)\n")
	w("  t=FROM..UNTIL  active only in this window of virtual time (t=T: from T on);\n")
	w("               for wifi.down and wifi.drop, t=T is when the outage starts\n")
	w("  conn:N       only the Nth TCP connection of the run (from 1)\n")
	w("  boot:N       only during boot N (from 1)\n")
	w("\nTargets (every network fault)\n")
	for _, p := range targetParams {
		w("  %-14s %s\n", p.key+"="+p.typ.name, p.doc)
	}
	w("  Byte faults act on the download unless dir=up.\n")
	w("\nExamples\n")
	for _, ex := range []string{
		"ota-emu run main.py --fault=powercut@50%",
		"ota-emu run main.py --fault=powercut@boot:2,op:10 --fault=lowspace=48K",
		"ota-emu run main.py --fault=net.reset@conn:2,30%:host=ota.example",
		"ota-emu run main.py --fault=http.status=503:path=/latest,times=2",
		"ota-emu run main.py --fault=tls.mitm=self-signed:host=api.github.com",
	} {
		w("  %s\n", ex)
	}
	return b.String()
}
