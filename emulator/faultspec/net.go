package faultspec

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/ota-emu/ota-emu/netsim"
)

// valueType reads one parameter value: it returns the canonical spelling (what String
// writes) and the spelling netsim's constructors read.
type valueType struct {
	name  string // in Help, e.g. "DURATION"
	parse func(s string) (canon, netsimForm string, err *fieldError)
}

var (
	typeDuration = valueType{"DURATION", func(s string) (string, string, *fieldError) {
		d, err := parseDuration(s)
		if err != nil {
			return "", "", err
		}
		return formatDuration(d), d.String(), nil
	}}
	typeSize = valueType{"SIZE", func(s string) (string, string, *fieldError) {
		n, err := parseSize(s)
		if err != nil {
			return "", "", err
		}
		return formatSize(n), strconv.FormatInt(n, 10), nil
	}}
	// typeOffset is a byte position: canonical in plain bytes, as the flash-operation log and
	// netsim's trace count them.
	typeOffset = valueType{"BYTES", func(s string) (string, string, *fieldError) {
		n, err := parseSize(s)
		if err != nil {
			return "", "", err
		}
		v := strconv.FormatInt(n, 10)
		return v, v, nil
	}}
	typeCount = intType("N", "a count (0 or more)", 0, 1<<31-1)
	typeConn  = intType("N", "a connection number (1 or more)", 1, 1<<31-1)
	typeBoot  = intType("N", "a boot number (1 or more)", 1, 1<<31-1)
	typeCode  = intType("CODE", "an HTTP status code from 100 to 599", 100, 599)
	typeRedir = intType("CODE", "a redirect status code from 300 to 399", 300, 399)
	typeDelta = valueType{"N", func(s string) (string, string, *fieldError) {
		want := "a non-zero number of bytes, such as 100 or -1000"
		body := strings.TrimPrefix(s, "-")
		n, err := parseCount(body, want)
		if err != nil {
			err.Off += len(s) - len(body)
			return "", "", err
		}
		if n == 0 {
			return "", "", &fieldError{Off: 0, Expected: want}
		}
		if body != s {
			n = -n
		}
		v := strconv.Itoa(n)
		return v, v, nil
	}}
	typeProb = valueType{"P", func(s string) (string, string, *fieldError) {
		want := "a probability from 0 to 1, such as 0.001"
		end := decimalEnd(s, 0)
		if end == 0 || end != len(s) {
			return "", "", &fieldError{Off: end, Expected: want}
		}
		p, err := strconv.ParseFloat(s, 64)
		if err != nil || p > 1 {
			return "", "", &fieldError{Off: 0, Expected: want}
		}
		v := formatFloat(p)
		return v, v, nil
	}}
	typePercent = valueType{"P", func(s string) (string, string, *fieldError) {
		p, err := parsePercent(s)
		if err != nil {
			return "", "", err
		}
		v := formatFloat(p)
		return v, v, nil
	}}
	typeString = valueType{"TEXT", func(s string) (string, string, *fieldError) { return s, s, nil }}
	typeHost   = valueType{"HOST", func(s string) (string, string, *fieldError) {
		if s == "" {
			return "", "", &fieldError{Expected: "a host name or pattern, such as ota.example or *.github.com"}
		}
		v := strings.ToLower(s)
		return v, v, nil
	}}
	typePath = valueType{"PATH", func(s string) (string, string, *fieldError) {
		if !strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "*") {
			return "", "", &fieldError{Expected: "a request path or pattern starting with / (such as /latest or /fw/*)", Suggestion: "/" + s}
		}
		if _, err := netsim.ParseTarget(map[string]string{"path": s}); err != nil {
			return "", "", &fieldError{Expected: "a valid path pattern (" + err.Error() + ")"}
		}
		return s, s, nil
	}}
	typeDir     = choiceType("up|down", []string{"up", "down"})
	typeForgery = func() valueType {
		var names []string
		for _, f := range netsim.Forgeries() {
			names = append(names, string(f))
		}
		return choiceType("FORGERY", names)
	}()
)

func intType(name, want string, lo, hi int) valueType {
	return valueType{name, func(s string) (string, string, *fieldError) {
		if strings.HasPrefix(s, "-") {
			return "", "", &fieldError{Off: 0, Expected: want}
		}
		n, err := parseCount(s, want)
		if err != nil {
			return "", "", err
		}
		if n < lo || n > hi {
			return "", "", &fieldError{Off: 0, Expected: want}
		}
		v := strconv.Itoa(n)
		return v, v, nil
	}}
}

func choiceType(name string, choices []string) valueType {
	return valueType{name, func(s string) (string, string, *fieldError) {
		for _, c := range choices {
			if c == s {
				return s, s, nil
			}
		}
		return "", "", &fieldError{Expected: "one of " + strings.Join(choices, ", "), Suggestion: nearest(s, choices)}
	}}
}

// param is one key a fault accepts.
type param struct {
	key string
	typ valueType
	doc string
}

// targetParams are the targeting keys every network fault accepts (netsim.ParseTarget's, and
// boot, which the device applies).
var targetParams = []param{
	{"host", typeHost, "only connections to this virtual host (path.Match pattern)"},
	{"path", typePath, "only HTTP requests whose path matches (pattern, or prefix ending in *)"},
	{"conn", typeConn, "only the Nth TCP connection of the run (also @conn:N)"},
	{"dir", typeDir, "only this direction: up (device to server) or down"},
	{"from", typeDuration, "active from this virtual time on (also @t=FROM..UNTIL)"},
	{"until", typeDuration, "active until this virtual time"},
	{"boot", typeBoot, "only during boot N (also @boot:N)"},
}

// netKind is one network fault kind of the spec language and the netsim fault it builds.
type netKind struct {
	kind    string // spec name, e.g. "net.reset"
	name    string // netsim registered name
	summary string
	value   string  // the key =VALUE sets ("" none)
	params  []param // the fault's own keys (targets excluded)
	pct     string  // the key @P% sets ("" not allowed)
	byteKey string  // the key @byte:N sets ("" not allowed)
	timeKey string  // the key @t=T sets; "" means @t= is the from/until window
	example string
}

// netKinds maps every netsim fault onto the spec language. A fault registered in netsim but
// missing here is still reachable as net.NAME (see kindTable); the tests insist on an entry.
var netKinds = []netKind{
	{kind: "net.reset", name: "reset", summary: "reset the connection (ECONNRESET) at a byte or a percentage of the HTTP response",
		value: "at", params: []param{{"at", typeOffset, "byte of the stream"}, {"percent", typePercent, "percentage of the response's Content-Length"}},
		pct: "percent", byteKey: "at", example: "net.reset@30%:host=ota.example"},
	{kind: "net.truncate", name: "truncate", summary: "end the stream early with a clean EOF at a byte or a percentage of the response",
		value: "at", params: []param{{"at", typeOffset, "byte of the stream"}, {"percent", typePercent, "percentage of the response's Content-Length"}},
		pct: "percent", byteKey: "at", example: "net.truncate@99%:path=/fw/*"},
	{kind: "net.stall", name: "stall", summary: "stop the stream after a byte, for a while (=DURATION) or for good",
		value: "for", params: []param{{"for", typeDuration, "how long (absent: for good)"}, {"after", typeOffset, "byte after which it stalls"}},
		byteKey: "after", example: "net.stall=30s@byte:10K"},
	{kind: "net.limit", name: "limit_data", summary: "close the connection once N bytes have passed (Toxiproxy's limit_data)",
		value: "bytes", params: []param{{"bytes", typeOffset, "bytes let through"}},
		byteKey: "bytes", example: "net.limit@byte:4096:host=ota.example"},
	{kind: "net.corrupt", name: "corrupt", summary: "flip bits: the byte at @byte:N, and/or each byte with probability prob",
		value: "at", params: []param{{"at", typeOffset, "byte to flip"}, {"prob", typeProb, "probability per byte"}},
		byteKey: "at", example: "net.corrupt@byte:1000"},
	{kind: "net.latency", name: "latency", summary: "delay every chunk and the TCP handshake",
		value: "delay", params: []param{{"delay", typeDuration, "delay per direction (default 100ms)"}}, example: "net.latency=200ms"},
	{kind: "net.jitter", name: "jitter", summary: "delay every chunk by delay plus a seeded random extra up to =DURATION",
		value: "jitter", params: []param{{"jitter", typeDuration, "largest random extra (default 50ms)"}, {"delay", typeDuration, "fixed delay"}},
		example: "net.jitter=50ms:delay=100ms"},
	{kind: "net.bandwidth", name: "bandwidth", summary: "limit a direction to SIZE bytes per second",
		value: "rate", params: []param{{"rate", typeSize, "bytes per second (default 10K)"}}, example: "net.bandwidth=10K:dir=down"},
	{kind: "net.slicer", name: "slicer", summary: "cut data into small pieces (short reads)",
		value: "size", params: []param{{"size", typeSize, "piece size (default 8)"}, {"variation", typeSize, "seeded +- variation"}, {"delay", typeDuration, "delay between pieces"}},
		example: "net.slicer=8:variation=4,delay=1ms"},
	{kind: "net.slow_drip", name: "slow_drip", summary: "deliver size bytes every =DURATION, however fast the server writes",
		value: "interval", params: []param{{"interval", typeDuration, "time between pieces (default 1s)"}, {"size", typeSize, "piece size (default 1)"}},
		example: "net.slow_drip=1s:size=16"},
	{kind: "net.refuse", name: "refuse", summary: "refuse connections (ECONNREFUSED): every one, or =N of them after after=M",
		value: "times", params: []param{{"times", typeCount, "how many (0: all)"}, {"after", typeCount, "connects let through first"}},
		example: "net.refuse=2:host=ota.example"},
	{kind: "dns.fail", name: "dns_fail", summary: "make name lookups fail: every one, or =N of them after after=M",
		value: "times", params: []param{{"times", typeCount, "how many (0: all)"}, {"after", typeCount, "lookups let through first"}},
		example: "dns.fail:host=ota.example"},
	{kind: "wifi.down", name: "wifi_down", summary: "take the access point away at @t=T, for =DURATION (absent: for good)",
		value: "for", params: []param{{"for", typeDuration, "outage length"}, {"at", typeDuration, "start of the outage"}},
		timeKey: "at", example: "wifi.down=10s@t=60s"},
	{kind: "wifi.drop", name: "wifi_drop", summary: "flaky link: from @t=T, every =DURATION the access point vanishes for for=D",
		value: "every", params: []param{{"every", typeDuration, "period (default 30s)"}, {"start", typeDuration, "first drop"}, {"for", typeDuration, "outage length (default 5s)"}},
		timeKey: "start", example: "wifi.drop=20s@t=10s:for=2s"},
	{kind: "tls.mitm", name: "mitm", summary: "a man in the middle presenting a forged certificate, relaying to the real server",
		value: "cert", params: []param{{"cert", typeForgery, "the forgery (default self-signed)"}, {"other", typeHost, "host whose genuine certificate other-host uses"}},
		example: "tls.mitm=self-signed:host=ota.example"},
	{kind: "tls.substitute", name: "substitute", summary: "a man in the middle serving its own payload to matching requests",
		value: "body", params: []param{{"body", typeString, "the payload (default print('owned'))"}, {"cert", typeForgery, "the forgery (default self-signed)"}, {"other", typeHost, "host whose genuine certificate other-host uses"}},
		example: `tls.substitute="print('owned')":path=/main.py,cert=untrusted-ca`},
	{kind: "tls.downgrade", name: "https_to_http", summary: "answer https requests with a redirect to the same URL over plain http",
		value: "code", params: []param{{"code", typeRedir, "redirect status (default 301)"}}, example: "tls.downgrade:host=ota.example"},
	{kind: "http.status", name: "http_status", summary: "answer with an error status instead of the real response",
		value: "code", params: []param{{"code", typeCode, "status (default 503)"}, {"times", typeCount, "how many requests (0: all)"}, {"after", typeCount, "requests served normally first"}},
		example: "http.status=503:path=/latest"},
	{kind: "http.chunked", name: "chunked", summary: "send the response with Transfer-Encoding: chunked, even to HTTP/1.0 clients",
		value: "size", params: []param{{"size", typeSize, "chunk size (default 1K)"}}, example: "http.chunked=1K"},
	{kind: "http.wrong_length", name: "wrong_length", summary: "send the body under a Content-Length off by =N bytes",
		value: "delta", params: []param{{"delta", typeDelta, "positive: body shorter than announced (default 100)"}}, example: "http.wrong_length=-1000"},
	{kind: "http.endless", name: "endless_body", summary: "answer with a body that never ends (optionally announcing a false length)",
		value: "length", params: []param{{"length", typeSize, "false Content-Length (absent: none)"}}, example: "http.endless:path=/fw/*"},
	{kind: "http.redirect_loop", name: "redirect_loop", summary: "redirect between two URLs of the same path forever",
		value: "code", params: []param{{"code", typeRedir, "redirect status (default 302)"}}, example: "http.redirect_loop=302"},
}

// kindTable is the lookup of every network kind by spec name and by netsim name (an alias),
// built once from netKinds and netsim.Faults().
type kindTable struct {
	byName  map[string]*netKind // spec kinds and netsim names
	ordered []*netKind          // spec kinds, in Help order
}

var netTable = buildNetTable()

func buildNetTable() *kindTable {
	t := &kindTable{byName: map[string]*netKind{}}
	covered := map[string]bool{}
	for i := range netKinds {
		k := &netKinds[i]
		t.byName[k.kind] = k
		t.byName[k.name] = k
		t.ordered = append(t.ordered, k)
		covered[k.name] = true
	}
	for _, name := range netsim.Faults() {
		if covered[name] {
			continue
		}
		// A fault this table does not know yet: reachable as net.NAME with untyped keys
		// (netsim checks them) and =VALUE passed as its primary parameter.
		k := &netKind{kind: "net." + name, name: name, summary: "netsim fault " + name + " (parameters as netsim documents them)",
			value: "value", example: "net." + name}
		t.byName[k.kind] = k
		t.byName[name] = k
		t.ordered = append(t.ordered, k)
	}
	return t
}

// keyDef returns the definition of key for this kind (own parameters, then targets).
func (k *netKind) keyDef(key string) (param, bool) {
	for _, p := range k.params {
		if p.key == key {
			return p, true
		}
	}
	for _, p := range targetParams {
		if p.key == key {
			return p, true
		}
	}
	if k.params == nil && k.value == "value" && validKey(key) {
		return param{key: key, typ: typeString}, true
	}
	return param{}, false
}

// keys lists the accepted keys (for suggestions and Help).
func (k *netKind) keys() []string {
	var out []string
	for _, p := range k.params {
		out = append(out, p.key)
	}
	for _, p := range targetParams {
		out = append(out, p.key)
	}
	return out
}

func validKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) && !isDigit(s[i]) && s[i] != '_' && s[i] != '-' {
			return false
		}
	}
	return true
}

// NetFault is a netsim fault with its target: what a network fault spec builds. Build a
// fresh netsim.Fault for each run with New (faults keep per-run counters).
type NetFault struct {
	// Kind is the spec kind (net.reset, tls.mitm, ...); Name the netsim registered name.
	Kind string
	Name string
	// Params holds every key given, targets included, in canonical spelling.
	Params map[string]string
	// Target is where the fault applies (netsim.ParseTarget of the target keys).
	Target netsim.Target
	// Boot limits the fault to one boot (from 1); 0 means every boot.
	Boot int
}

func (NetFault) fault() {}

// New builds a fresh netsim fault from the spec's parameters; install it with
// Network.AddFault(f, nf.Target). Parse has built one already, so the error is only for
// faults changed by hand.
func (f NetFault) New() (netsim.Fault, error) {
	k, ok := netTable.byName[f.Kind]
	if !ok {
		return nil, fmt.Errorf("faultspec: unknown network fault %q", f.Kind)
	}
	m := make(map[string]string, len(f.Params))
	for key, v := range f.Params {
		p, ok := k.keyDef(key)
		if !ok {
			return nil, fmt.Errorf("faultspec: %s: unknown key %q", f.Kind, key)
		}
		if key == "boot" {
			continue
		}
		_, ns, ferr := p.typ.parse(v)
		if ferr != nil {
			return nil, fmt.Errorf("faultspec: %s: %s=%s: want %s", f.Kind, key, v, ferr.Expected)
		}
		m[key] = ns
	}
	nf, err := netsim.NewFault(k.name, m)
	if err != nil {
		return nil, fmt.Errorf("faultspec: %s: %w", f.Kind, err)
	}
	return nf, nil
}

// Build is New with the fault's target: what a world installs for a run
// (emulator.WorldFault).
func (f NetFault) Build() (netsim.Fault, netsim.Target, error) {
	nf, err := f.New()
	return nf, f.Target, err
}

// String is the canonical spec: =VALUE, then @boot, conn, t and the byte position, then the
// other keys sorted.
func (f NetFault) String() string {
	k := netTable.byName[f.Kind]
	var b strings.Builder
	b.WriteString(f.Kind)
	used := map[string]bool{}
	take := func(key string) (string, bool) {
		v, ok := f.Params[key]
		if ok && !used[key] {
			used[key] = true
			return v, true
		}
		return "", false
	}
	// position keys that have an @ form are written there, not as =VALUE
	var when []string
	if v, ok := take("boot"); ok {
		when = append(when, "boot:"+v)
	}
	if v, ok := take("conn"); ok {
		when = append(when, "conn:"+v)
	}
	if k != nil {
		if k.timeKey != "" {
			if v, ok := take(k.timeKey); ok {
				when = append(when, "t="+v)
			}
		} else if from, ok := f.Params["from"]; ok {
			used["from"] = true
			if until, ok := take("until"); ok {
				when = append(when, "t="+from+".."+until)
			} else {
				when = append(when, "t="+from)
			}
		}
		if k.byteKey != "" {
			if v, ok := take(k.byteKey); ok {
				when = append(when, "byte:"+v)
			}
		}
		if k.pct != "" {
			if v, ok := take(k.pct); ok {
				when = append(when, v+"%")
			}
		}
		if v, ok := take(k.value); ok {
			b.WriteString("=")
			b.WriteString(quoteValue(v))
		}
	}
	if len(when) > 0 {
		b.WriteString("@")
		b.WriteString(strings.Join(when, ","))
	}
	var rest []string
	for key := range f.Params {
		if !used[key] {
			rest = append(rest, key)
		}
	}
	sort.Strings(rest)
	for i, key := range rest {
		if i == 0 {
			b.WriteString(":")
		} else {
			b.WriteString(",")
		}
		b.WriteString(key)
		b.WriteString("=")
		b.WriteString(quoteValue(f.Params[key]))
	}
	return b.String()
}
