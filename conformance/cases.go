package conformance

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ota-emu/ota-emu/netsim"
)

// Expected outcomes of a case.
const (
	// ExpectNew: the device must end on the new release.
	ExpectNew = "new"
	// ExpectOld: the update had to be refused; the device must end on the old release.
	ExpectOld = "old"
	// ExpectAny: old or new, complete (a fault may or may not stop the update).
	ExpectAny = "any"
)

// Attacks are the TUF attack names (tag attack:NAME), plus slow retrieval.
var Attacks = []string{"arbitrary-installation", "endless-data", "extraneous-dependencies",
	"fast-forward", "indefinite-freeze", "malicious-mirrors", "mix-and-match", "rollback",
	"key-compromise", "wrong-software", "slow-retrieval"}

// Tags a case may carry besides attack:NAME.
var Tags = []string{"happy", "power", "space", "heap", "network", "tls", "protocol", "http", "fs"}

// Case is one conformance case: what the server holds, what goes wrong, what must come out.
type Case struct {
	ID   string
	Tags []string
	Desc string
	// Protocols limits the case to profiles reading these formats (nil: every one).
	Protocols []string
	// Server is the update server's state.
	Server ServerState
	// Faults are fault specs (see emulator/faultspec) for the run, with placeholders:
	// {host} the release host, {meta} the metadata path (manifest.json, latest, ...),
	// {payload} the payload path pattern, {payload_host} the payload's host.
	Faults []string
	// Once are network faults the suite builds itself, each striking only the first
	// connection it matches (a reset a retry must get past).
	Once []OnceFault
	// LowSpace, if set, leaves this many bytes free, computed from the size the new
	// release needs (its files plus uOTA's archive).
	LowSpace func(need int64) int64
	// Heap, if > 0, is the MicroPython heap in bytes.
	Heap int
	// FSModel, if set, replaces the profile's durability model.
	FSModel string
	// Sweep, if set, cuts power at sampled flash operations of the uninterrupted faulted run.
	Sweep *Sweep
	// Expect is ExpectNew, ExpectOld or ExpectAny.
	Expect string
	// Checks run after the verdict; each returns "" or why the case fails.
	Checks []Check
	// NeedsTLS limits the case to profiles that fetch over HTTPS; NeedsExclude to profiles
	// naming an excluded file.
	NeedsTLS     bool
	NeedsExclude bool
	// Long cases run only with -long (or `ota-emu conformance --long`).
	Long bool
	// Disabled, if set, skips the case everywhere, saying why.
	Disabled string
	// Hazard, if set, marks a platform hazard no updater can avoid (it says why): the case
	// runs and shows its result, as "hazard" when it fails, but never fails the suite and
	// needs no xfail.
	Hazard string
}

// ServerState is what the update server holds for a case.
type ServerState struct {
	// Version of the offered release (default 2.0.0); SignKey its signing key (default Key).
	Version string
	SignKey string
	// Expired gives the release an expiry in the past.
	Expired bool
	// Deletes puts an extra file on the device that the release removes.
	Deletes bool
	// ExcludeDiffers ships, in the release, a different copy of the profile's excluded file.
	ExcludeDiffers bool
	// HealthFail makes the release's health check (ota_health.check) return False.
	HealthFail bool
	// Same offers the installed version again (nothing to update).
	Same bool
	// Tamper is an attack on the served release (see the Tamper* constants); the
	// uninterrupted reference run uses the genuine release.
	Tamper string
	// GitHubLimit, if > 0, is the GitHub API's anonymous rate limit per hour.
	GitHubLimit int
}

// Tamperings of a served release.
const (
	// TamperPayload replaces the payload's bytes; the metadata is the genuine one.
	TamperPayload = "payload"
	// TamperMetadata serves an attacker's tree with metadata matching it, unsigned or with
	// the genuine release's (now wrong) signature.
	TamperMetadata = "metadata"
	// TamperMix serves the metadata of a later genuine release (3.0.0) over the payload of
	// the offered one.
	TamperMix = "mix"
	// TamperExtra adds a file to the metadata (and serves it), without the key.
	TamperExtra = "extra"
	// TamperTraversal and TamperAbsolute add, in metadata signed with the genuine key (a
	// compromised key or release pipeline), a file whose path climbs out of the tree
	// ("lib/../../boot.py") or is absolute ("/boot.py").
	TamperTraversal = "traversal"
	TamperAbsolute  = "absolute"
)

// Sweep is a power-cut sweep of a case.
type Sweep struct {
	// Phase is where cuts fall: "download" (operations before the first write to the
	// application tree), "apply" (from there to the end of the first boot), "late" (boots
	// after the first: recovery, trial, rollback), "all".
	Phase string
	// Sample is how many cut points (seeded); SampleLong with -long. Inside also cuts inside
	// every chosen operation (torn writes).
	Sample, SampleLong int
	Inside             bool
	// Depth2 adds second cuts during the recovery boot of each case (sampled).
	Depth2 int
}

// OnceFault is a netsim fault (by its registered name) that strikes only the first
// connection its target matches.
type OnceFault struct {
	Name   string
	Params map[string]string
	// Host and Path are target placeholders as in Case.Faults ("{payload}").
	Host, Path string
}

// Check is an extra condition on a finished run.
type Check struct {
	Name string
	Fn   func(r *Result) string
}

// Cases returns the catalogue, sorted by id.
func Cases() []*Case {
	var cs []*Case
	add := func(c *Case) { cs = append(cs, c) }
	// the happy path, once per protocol
	for _, p := range Protocols {
		add(&Case{ID: "happy-" + p, Tags: []string{"happy", "protocol"}, Protocols: []string{p},
			Desc: "a genuine release over a healthy network is installed and reported", Expect: ExpectNew,
			Checks: []Check{reportsNewVersion}})
	}
	add(&Case{ID: "up-to-date", Tags: []string{"happy", "protocol"}, Server: ServerState{Same: true}, Expect: ExpectOld,
		Desc:   "the server offers the installed version: nothing in the application tree is written",
		Checks: []Check{noTreeWrites}})

	// power cuts
	add(&Case{ID: "powercut-download", Tags: []string{"power"}, Expect: ExpectAny,
		Desc:  "power cut at sampled flash operations while the release is downloaded",
		Sweep: &Sweep{Phase: "download", Sample: 12, SampleLong: 200}})
	add(&Case{ID: "powercut-apply", Tags: []string{"power"}, Expect: ExpectAny,
		Desc:  "power cut at sampled flash operations while the release is applied",
		Sweep: &Sweep{Phase: "apply", Sample: 20, SampleLong: 400}})
	add(&Case{ID: "powercut-apply-torn", Tags: []string{"power"}, Expect: ExpectAny,
		Desc:  "power cut inside sampled flash operations of the apply (torn writes)",
		Sweep: &Sweep{Phase: "apply", Sample: 10, SampleLong: 200, Inside: true}})
	add(&Case{ID: "powercut-apply-fat", Tags: []string{"power", "fs"}, Expect: ExpectAny, FSModel: "fat",
		Desc:  "power cut after sampled flash operations of the apply on a FAT filesystem (rename over an existing file is two steps)",
		Sweep: &Sweep{Phase: "apply", Sample: 12, SampleLong: 400}})
	add(&Case{ID: "powercut-apply-fat-torn", Tags: []string{"power", "fs"}, Expect: ExpectAny, FSModel: "fat",
		Desc:  "power cut inside sampled flash operations of the apply on FAT (torn sector rewrites)",
		Sweep: &Sweep{Phase: "apply", Sample: 12, SampleLong: 400, Inside: true},
		Hazard: "MicroPython's FAT on NOR flash rewrites a 4 KiB sector by erasing it first (no wear levelling, no journal): " +
			"a cut between the erase and the rewrite of a sector of directory entries loses every entry in it, " +
			"so files of both releases in that directory vanish whatever the updater does"})
	add(&Case{ID: "powercut-recovery", Tags: []string{"power"}, Expect: ExpectAny,
		Desc:  "a second power cut during the boot that recovers from a first one",
		Sweep: &Sweep{Phase: "apply", Sample: 6, SampleLong: 100, Depth2: 3}})
	add(&Case{ID: "powercut-confirm", Tags: []string{"power"}, Expect: ExpectAny,
		Desc:  "power cut during the boots after the apply (trial, health check, confirm, clean-up)",
		Sweep: &Sweep{Phase: "late", Sample: 12, SampleLong: 200}})
	add(&Case{ID: "powercut-every-op", Tags: []string{"power"}, Expect: ExpectAny, Long: true,
		Desc:  "power cut after every flash operation of the whole update, and inside each",
		Sweep: &Sweep{Phase: "all", Inside: true}})
	add(&Case{ID: "powercut-rollback", Tags: []string{"power"}, Expect: ExpectOld, Server: ServerState{HealthFail: true},
		Desc:  "power cut while a release whose health check fails is rolled back",
		Sweep: &Sweep{Phase: "late", Sample: 12, SampleLong: 200}})

	// space and heap
	for _, l := range []struct {
		id, desc string
		f        func(int64) int64
	}{
		{"lowspace-none", "only 4 KiB free", func(int64) int64 { return 4096 }},
		{"lowspace-half", "half of what the release needs free", func(n int64) int64 { return n / 2 }},
		{"lowspace-almost", "just under what the release needs free", func(n int64) int64 { return n * 9 / 10 }},
	} {
		add(&Case{ID: l.id, Tags: []string{"space"}, LowSpace: l.f, Expect: ExpectAny,
			Desc: l.desc + ": the update is refused cleanly or completes; nothing partial"})
	}
	add(&Case{ID: "heap-small", Tags: []string{"heap"}, Heap: 48 * 1024, Expect: ExpectAny,
		Desc: "a 48 KiB MicroPython heap: MemoryError is handled, nothing partial"})

	// network
	net := func(id, desc, expect string, faults []string, tags ...string) {
		add(&Case{ID: id, Tags: append([]string{"network"}, tags...), Faults: faults, Expect: expect, Desc: desc})
	}
	net("wifi-absent", "no access point at all: the old version keeps running", ExpectOld, []string{"wifi.down"})
	net("wifi-drop", "the Wi-Fi link drops every few seconds during the update", ExpectAny, []string{"wifi.drop=3s@t=1s:for=1s"})
	net("dns-fail", "the release host does not resolve", ExpectOld, []string{"dns.fail:host={host}"})
	net("truncate-payload", "the payload download ends early with a clean EOF", ExpectAny,
		[]string{"net.truncate@50%:host={payload_host},path={payload}"})
	net("corrupt-payload", "one byte of the payload is flipped in transit (plain HTTP or below TLS)", ExpectAny,
		[]string{"net.corrupt@byte:600:host={payload_host},path={payload}"})
	net("reset-payload", "every payload download is reset halfway", ExpectOld,
		[]string{"net.reset@50%:host={payload_host},path={payload}"})
	add(&Case{ID: "reset-resume", Tags: []string{"network"}, Expect: ExpectNew,
		Desc: "the first payload download is reset halfway: a retry or resume completes the update",
		Once: []OnceFault{{Name: "reset", Params: map[string]string{"percent": "50"}, Host: "{payload_host}", Path: "{payload}"}}})
	net("slow-retrieval", "the payload arrives one byte every 10 s (never stalls long enough for a read timeout)", ExpectOld,
		[]string{"net.slow_drip=10s:size=1,host={payload_host},path={payload}"}, "attack:slow-retrieval")
	net("endless-data", "the payload never ends (no Content-Length, filler forever)", ExpectOld,
		[]string{"http.endless:host={payload_host},path={payload}"}, "attack:endless-data")
	add(&Case{ID: "endless-metadata", Tags: []string{"network", "attack:endless-data"}, Expect: ExpectOld,
		Desc:   "the metadata never ends (no Content-Length, filler forever)",
		Faults: []string{"http.endless:host={host},path={meta}"}})
	net("redirect-loop", "the metadata URL redirects to itself forever", ExpectOld,
		[]string{"http.redirect_loop=302:host={host},path={meta}"}, "http")
	for _, code := range []int{404, 500, 429} {
		net(fmt.Sprintf("http-%d", code), fmt.Sprintf("the metadata answers HTTP %d", code), ExpectOld,
			[]string{fmt.Sprintf("http.status=%d:host={host},path={meta}", code)}, "http")
	}
	net("http-503-once", "the metadata answers 503 once, then recovers: a retry installs the update", ExpectNew,
		[]string{"http.status=503:host={host},path={meta},times=1"}, "http")
	add(&Case{ID: "github-rate-limit", Tags: []string{"network", "http"}, Protocols: []string{"github"},
		Server: ServerState{GitHubLimit: 1}, Expect: ExpectAny,
		Desc: "the GitHub API allows one request an hour: what fits completes, the next check meets 403 rate limit exceeded and the device keeps running"})
	net("captive-portal", "every request is answered 200 with a Wi-Fi login page", ExpectOld,
		[]string{`tls.substitute="<html><body>Please log in</body></html>":host={host}`}, "attack:wrong-software")

	// TLS: a man in the middle with each forged certificate
	for _, f := range netsim.Forgeries() {
		add(&Case{ID: "tls-" + string(f), Tags: []string{"tls", "attack:malicious-mirrors"}, NeedsTLS: true,
			Faults: []string{"tls.mitm=" + string(f) + ":host={host}"}, Expect: ExpectOld,
			Desc:   "a man in the middle presents a " + string(f) + " certificate: refused, no secret header leaked",
			Checks: []Check{noImpostorRequest, noSecretLeak}})
	}
	add(&Case{ID: "tls-downgrade", Tags: []string{"tls"}, NeedsTLS: true, Faults: []string{"tls.downgrade:host={host}"},
		Expect: ExpectOld, Desc: "the HTTPS server redirects to plain HTTP, where a man in the middle waits",
		Checks: []Check{noImpostorRequest, noSecretLeak}})

	// attacks on the release
	attack := func(id, name, desc string, s ServerState, protocols ...string) {
		add(&Case{ID: id, Tags: []string{"attack:" + name}, Server: s, Expect: ExpectOld, Desc: desc, Protocols: protocols})
	}
	notGitHub := []string{"manifest", "uota", "versions", "flat", "firmware"}
	attack("payload-substitution", "arbitrary-installation", "the payload's bytes are replaced on the server; the metadata is genuine",
		ServerState{Tamper: TamperPayload}, notGitHub...)
	attack("metadata-tampering", "arbitrary-installation", "an attacker's tree with metadata describing it, without the signing key",
		ServerState{Tamper: TamperMetadata}, notGitHub...)
	attack("wrong-key", "key-compromise", "the genuine tree, signed with a key the device does not trust",
		ServerState{SignKey: WrongKey})
	attack("rollback", "rollback", "a genuine, correctly signed older release (0.9.0)", ServerState{Version: "0.9.0"})
	attack("indefinite-freeze", "indefinite-freeze", "a genuine release whose metadata expired (2025-01-01)",
		ServerState{Expired: true}, "manifest", "flat")
	attack("fast-forward", "fast-forward", "version 999.0.0 offered without the signing key (it would block every later update)",
		ServerState{Version: "999.0.0", SignKey: WrongKey})
	attack("mix-and-match", "mix-and-match", "the metadata of release 3.0.0 served with the payload of 2.0.0",
		ServerState{Tamper: TamperMix}, notGitHub...)
	attack("extraneous-dependencies", "extraneous-dependencies", "the metadata lists one more file than the release, without the key",
		ServerState{Tamper: TamperExtra}, notGitHub...)
	attack("path-traversal", "key-compromise", "a release signed with the genuine key names lib/../../boot.py",
		ServerState{Tamper: TamperTraversal}, notGitHub...)
	attack("path-absolute", "key-compromise", "a release signed with the genuine key names /boot.py",
		ServerState{Tamper: TamperAbsolute}, notGitHub...)

	// protocol features
	add(&Case{ID: "excluded-preserved", Tags: []string{"protocol"}, NeedsExclude: true, Server: ServerState{ExcludeDiffers: true},
		Expect: ExpectNew, Desc: "the release carries the profile's excluded file: the device's copy is kept",
		Checks: []Check{excludedUnchanged}})
	add(&Case{ID: "deletes-honoured", Tags: []string{"protocol"}, Server: ServerState{Deletes: true}, Expect: ExpectNew,
		Desc: "a file the release no longer has is removed", Checks: []Check{deletedGone}})
	add(&Case{ID: "health-rollback", Tags: []string{"protocol"}, Server: ServerState{HealthFail: true}, Expect: ExpectOld,
		Desc: "the new release's health check fails: the device rolls back to the old release"})
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	return cs
}

// HasTag says whether the case carries a tag.
func (c *Case) HasTag(t string) bool { return contains(c.Tags, t) }

// Applies returns "" when the case applies to the profile, else why not (a skip).
func (c *Case) Applies(p *Profile) string {
	if len(c.Protocols) > 0 && !contains(c.Protocols, p.Protocol) {
		return "protocol " + p.Protocol + " (case is for " + strings.Join(c.Protocols, ", ") + ")"
	}
	if c.NeedsTLS && !p.usesTLS() {
		return "profile fetches over plain HTTP"
	}
	if c.NeedsExclude && p.Exclude == "" {
		return "profile names no excluded file"
	}
	if c.Server.GitHubLimit > 0 && p.Protocol != "github" {
		return "not a GitHub profile"
	}
	// what a format cannot express: a case attacking it does not apply (only TLS protects it)
	if p.Protocol == "uota" {
		st := c.Server
		if st.Tamper == TamperMetadata || st.Tamper == TamperExtra || st.SignKey != "" {
			return "the uOTA format carries no signature: whoever serves it is trusted (only TLS authenticates the server)"
		}
	}
	if p.Protocol == "versions" && c.Server.Deletes {
		return "SaguarOTA's versions.json carries no delete list"
	}
	if p.Protocol == "firmware" {
		st := c.Server
		switch {
		case st.Deletes, st.ExcludeDiffers, st.HealthFail, st.Expired:
			return "firmware images carry no file tree, expiry or health module"
		case st.Tamper == TamperExtra || st.Tamper == TamperTraversal || st.Tamper == TamperAbsolute:
			return "firmware images name no files"
		}
	}
	return ""
}

var reportsNewVersion = Check{Name: "reports the new version", Fn: func(r *Result) string {
	if r.world.judge.VersionFile == "" && r.world.judge.VersionPattern == nil {
		return ""
	}
	if r.Verdict.Version != r.world.version {
		return fmt.Sprintf("reports version %q, want %q", r.Verdict.Version, r.world.version)
	}
	return ""
}}

var noImpostorRequest = Check{Name: "no request reached an impostor", Fn: func(r *Result) string {
	for _, q := range r.run.Requests {
		if q.Impostor {
			how := "over plain HTTP"
			if q.TLS {
				how = "accepting its " + string(q.Forgery) + " certificate"
			}
			return fmt.Sprintf("the device sent %s %s to the impostor for %s, %s", q.Method, q.URI, q.Host, how)
		}
	}
	return ""
}}

var noSecretLeak = Check{Name: "no secret header reached an impostor", Fn: func(r *Result) string {
	for _, q := range r.run.Requests {
		if !q.Impostor {
			continue
		}
		for _, h := range r.world.profile.SecretHeaders {
			if q.Header.Get(h) != "" {
				return fmt.Sprintf("header %s reached the impostor for %s (%s %s)", h, q.Host, q.Method, q.URI)
			}
		}
	}
	return ""
}}

var noTreeWrites = Check{Name: "no write to the application tree", Fn: func(r *Result) string {
	for _, op := range r.run.Device.FlashOps() {
		if op.Area != "fs" || op.Path == "" {
			continue
		}
		if !isState(op.Path, r.world.judge.State) || (op.Path2 != "" && !isState(op.Path2, r.world.judge.State)) {
			return fmt.Sprintf("flash operation %d (%s %s) touches the application tree", op.Index, op.Kind, op.Path)
		}
	}
	return ""
}}

var excludedUnchanged = Check{Name: "the excluded file is unchanged", Fn: func(r *Result) string {
	x := r.world.profile.Exclude
	got, err := r.run.Device.Flash.ReadFile(x)
	if err != nil {
		return x + " is gone"
	}
	if string(got) != excludedContent {
		return x + " was overwritten by the release's copy"
	}
	return ""
}}

var deletedGone = Check{Name: "the deleted file is gone", Fn: func(r *Result) string {
	if _, err := r.run.Device.Flash.Stat(obsoletePath); err == nil {
		return obsoletePath + " is still on the device"
	}
	return ""
}}
