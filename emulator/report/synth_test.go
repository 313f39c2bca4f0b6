package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// synth builds a deterministic sweep report shaped like a real one: a first boot that
// downloads a manifest and nFiles files (create, writes, close per file), renames them into
// place and resets, and a second boot that reads the new version. One case per operation;
// cuts around the renames fail in a few ways, and a few depth-2 cases follow.
func synth(nFiles, writesPerFile int) *Report {
	r := &Report{
		Tool:     "ota-emu v0.0.0-test",
		Command:  "ota-emu sweep --board ESP32_GENERIC --seed 7 examples/ota",
		Board:    "ESP32_GENERIC",
		Firmware: "1.27",
		FSModel:  "littlefs",
		Seed:     7,
		Faults:   []string{"latency=20ms:host=releases.example"},
	}
	b := &r.Baseline
	b.Outcome, b.Version = OKNew, "1.1.0"
	var t int64
	tick := func(us int64) int64 { t += us; return t }
	op := func(boot int, kind, path, path2 string, n int64, commit bool) {
		b.Ops = append(b.Ops, Op{Index: len(b.Ops), Boot: boot, TimeUS: tick(350), Kind: "fs " + kind, Path: path,
			Path2: path2, Bytes: n, Commit: commit})
		b.TotalBytes += n
	}
	net := func(boot int, kind, host, detail string) {
		b.Net = append(b.Net, NetEvent{TimeUS: tick(1200), Boot: boot, Kind: kind, Host: host, Detail: detail})
	}
	b.Boots = append(b.Boots, Boot{N: 1, Cause: "power-on", StartUS: 0})
	host := "releases.example"
	net(1, "dns", host, "10.0.0.2")
	net(1, "connect", host, "10.0.0.2:443")
	net(1, "tls", host, "TLS 1.2, ECDHE-ECDSA-AES128-GCM-SHA256")
	net(1, "request", host, "GET /v1.1.0/manifest.json")
	net(1, "response", host, "200, 812 bytes")
	op(1, "mkdir", "/next", "", 0, true)
	for f := 0; f < nFiles; f++ {
		name := fmt.Sprintf("/next/app/mod%02d.py", f)
		net(1, "send", host, "")
		net(1, "request", host, "GET /v1.1.0"+name[5:])
		net(1, "response", host, "200")
		for k := 0; k < 6; k++ {
			net(1, "recv", host, "")
		}
		op(1, "create", name, "", 0, true)
		for w := 0; w < writesPerFile; w++ {
			op(1, "write", name, "", int64(256+(f*37+w*11)%1800), false)
		}
		op(1, "close", name, "", 0, true)
	}
	net(1, "close", host, "")
	for f := 0; f < nFiles; f++ {
		op(1, "rename", fmt.Sprintf("/next/app/mod%02d.py", f), fmt.Sprintf("/app/mod%02d.py", f), 0, true)
	}
	for k := 0; k < 4; k++ {
		b.Ops = append(b.Ops, Op{Index: len(b.Ops), Boot: 1, TimeUS: tick(2000), Kind: "ota_1 erase", Bytes: 4096, Commit: true})
		b.Ops = append(b.Ops, Op{Index: len(b.Ops), Boot: 1, TimeUS: tick(900), Kind: "ota_1 write", Bytes: 4096, Commit: true})
	}
	op(1, "create", "/version.txt", "", 0, true)
	op(1, "write", "/version.txt", "", 5, false)
	op(1, "close", "/version.txt", "", 0, true)
	b.Boots[0].EndUS = tick(900)
	b.Boots = append(b.Boots, Boot{N: 2, Cause: "soft-reset", StartUS: tick(10)})
	op(2, "remove", "/next", "", 0, true)
	b.Boots[1].EndUS = tick(5000)
	b.DurationUS = t
	for f := 0; f < nFiles; f++ {
		sum := sha256.Sum256([]byte(fmt.Sprintf("new %d", f)))
		b.Files = append(b.Files, File{Path: fmt.Sprintf("/app/mod%02d.py", f), Size: int64(1000 + f), SHA256: hex.EncodeToString(sum[:])})
		sum = sha256.Sum256([]byte(fmt.Sprintf("old %d", f)))
		b.OldFiles = append(b.OldFiles, File{Path: fmt.Sprintf("/app/mod%02d.py", f), Size: int64(900 + f), SHA256: hex.EncodeToString(sum[:])})
	}
	firstRename := -1
	for i, o := range b.Ops {
		if o.Kind == "fs rename" && firstRename < 0 {
			firstRename = i
		}
	}
	for i, o := range b.Ops {
		c := Case{Cut: Cut{Op: i, Label: fmt.Sprintf("after op %d (boot %d: %s %s)", i, o.Boot, o.Kind, o.Path)},
			Outcome: OKOld, Boots: 1, Version: "1.0.0", DurationUS: 40000 + int64(i)}
		switch {
		case i >= firstRename && o.Kind == "fs rename" && (i-firstRename)%7 == 3:
			c.Outcome, c.Reason, c.Boots, c.Version = Bricked, fmt.Sprintf("mixed tree: %s is new, /app/mod00.py is old", o.Path2), 1, ""
		case i == firstRename+5:
			c.Outcome, c.Reason, c.Boots = Crashed, "ImportError: no module named 'mod05'", 1
		case i == firstRename+9:
			c.Outcome, c.Reason, c.Boots = Stuck, "reboot loop: 10 boots", 10
		case i > firstRename+nFiles:
			c.Outcome, c.Version = OKNew, "1.1.0"
		}
		if !Failing(c.Outcome) {
			r.Cases = append(r.Cases, c)
			continue
		}
		c.Replay = fmt.Sprintf("ota-emu sweep --board ESP32_GENERIC --seed 7 --fault latency=20ms:host=releases.example --cut %d examples/ota", i)
		r.Cases = append(r.Cases, c)
	}
	// Depth 2: a second cut in the recovery boot after the first rename.
	for s := 0; s < 3; s++ {
		sec := s
		c := Case{Cut: Cut{Op: firstRename, Second: &sec, Label: fmt.Sprintf("op %d (rename), then recovery op %d", firstRename, s)},
			Outcome: OKOld, Boots: 2, Version: "1.0.0", DurationUS: 70000,
			Replay: fmt.Sprintf("ota-emu sweep --board ESP32_GENERIC --seed 7 --fault latency=20ms:host=releases.example --cut %d,%d examples/ota", firstRename, s)}
		if s == 1 {
			c.Outcome, c.Reason, c.Version = Bricked, "recovery left /app empty", ""
		} else {
			c.Replay = ""
		}
		r.Cases = append(r.Cases, c)
	}
	SortCases(r.Cases)
	return r
}
