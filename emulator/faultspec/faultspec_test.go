package faultspec

import (
	"strings"
	"testing"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPowerCuts(t *testing.T) {
	cases := []struct {
		spec  string
		want  PowerCut
		canon string
	}{
		{"powercut@50%", PowerCut{Kind: CutPercent, Percent: 50}, "powercut@50%"},
		{"powercut@12.50%", PowerCut{Kind: CutPercent, Percent: 12.5}, "powercut@12.5%"},
		{"powercut@0%", PowerCut{Kind: CutPercent}, "powercut@0%"},
		{"powercut@100%", PowerCut{Kind: CutPercent, Percent: 100}, "powercut@100%"},
		{"powercut@op:123", PowerCut{Kind: CutOp, Op: 123}, "powercut@op:123"},
		{"powercut@op:0:inside", PowerCut{Kind: CutOp, Inside: true}, "powercut@op:0:inside"},
		{"powercut@byte:4096", PowerCut{Kind: CutByte, Byte: 4096}, "powercut@byte:4096"},
		{"powercut@byte:48K", PowerCut{Kind: CutByte, Byte: 48 << 10}, "powercut@byte:49152"},
		{"powercut@byte:1.5M", PowerCut{Kind: CutByte, Byte: 3 << 19}, "powercut@byte:1572864"},
		{"powercut@t=2.5s", PowerCut{Kind: CutTime, Time: 2500 * time.Millisecond}, "powercut@t=2.5s"},
		{"powercut@t=1500ms", PowerCut{Kind: CutTime, Time: 1500 * time.Millisecond}, "powercut@t=1.5s"},
		{"powercut@t=2m", PowerCut{Kind: CutTime, Time: 2 * time.Minute}, "powercut@t=2m"},
		{"powercut@t=1m30s", PowerCut{Kind: CutTime, Time: 90 * time.Second}, "powercut@t=90s"},
		{"powercut@t=0.25ms", PowerCut{Kind: CutTime, Time: 250 * time.Microsecond}, "powercut@t=250us"},
		{"powercut@boot:2,op:10", PowerCut{Kind: CutBootOp, Boot: 2, Op: 10}, "powercut@boot:2,op:10"},
		{"powercut@op:10,boot:2", PowerCut{Kind: CutBootOp, Boot: 2, Op: 10}, "powercut@boot:2,op:10"},
		{"powercut@boot:3,op:0:inside", PowerCut{Kind: CutBootOp, Boot: 3, Inside: true}, "powercut@boot:3,op:0:inside"},
	}
	for _, tc := range cases {
		f, err := Parse(tc.spec)
		require.NoError(t, err, tc.spec)
		assert.Equal(t, tc.want, f, tc.spec)
		assert.Equal(t, tc.canon, f.String(), tc.spec)
	}
}

func TestResolvePercent(t *testing.T) {
	c := PowerCut{Kind: CutPercent, Percent: 50}
	assert.Equal(t, PowerCut{Kind: CutByte, Byte: 5000}, c.Resolve(10000))
	assert.Equal(t, PowerCut{Kind: CutByte, Byte: 3333}, PowerCut{Kind: CutPercent, Percent: 33.33}.Resolve(10001))
	assert.Equal(t, int64(0), PowerCut{Kind: CutPercent}.Resolve(777).Byte, "0% cuts as the first write begins")
	assert.Equal(t, int64(777), PowerCut{Kind: CutPercent, Percent: 100}.Resolve(777).Byte, "100% right after the last")
	op := PowerCut{Kind: CutOp, Op: 4}
	assert.Equal(t, op, op.Resolve(100))
}

func TestSizes(t *testing.T) {
	cases := []struct {
		spec  string
		want  Fault
		canon string
	}{
		{"lowspace=48K", LowSpace(48 << 10), "lowspace=48K"},
		{"lowspace=48KiB", LowSpace(48 << 10), "lowspace=48K"},
		{"lowspace=0", LowSpace(0), "lowspace=0"},
		{"lowspace=1000", LowSpace(1000), "lowspace=1000"},
		{"lowspace=2048", LowSpace(2048), "lowspace=2K"},
		{"flash=256K", FlashSize(256 << 10), "flash=256K"},
		{"flash=1.5M", FlashSize(1536 << 10), "flash=1536K"},
		{"flash=2MiB", FlashSize(2 << 20), "flash=2M"},
		{"heap=64K", HeapSize(64 << 10), "heap=64K"},
		{"heap=0.5K", HeapSize(512), "heap=512"},
	}
	for _, tc := range cases {
		f, err := Parse(tc.spec)
		require.NoError(t, err, tc.spec)
		assert.Equal(t, tc.want, f, tc.spec)
		assert.Equal(t, tc.canon, f.String(), tc.spec)
	}
}

func TestNetFaults(t *testing.T) {
	cases := []struct {
		spec   string
		name   string
		params map[string]string
		target netsim.Target
		boot   int
		canon  string
	}{
		{"net.reset@30%:host=ota.example", "reset", map[string]string{"percent": "30", "host": "ota.example"},
			netsim.Target{Host: "ota.example"}, 0, "net.reset@30%:host=ota.example"},
		{"reset:at=1K,host=OTA.example", "reset", map[string]string{"at": "1024", "host": "ota.example"},
			netsim.Target{Host: "ota.example"}, 0, "net.reset@byte:1024:host=ota.example"},
		{"net.reset@conn:2,50%:dir=up", "reset", map[string]string{"percent": "50", "conn": "2", "dir": "up"},
			netsim.Target{Conn: 2, Dir: netsim.Up}, 0, "net.reset@conn:2,50%:dir=up"},
		{"net.latency=200ms", "latency", map[string]string{"delay": "200ms"}, netsim.Target{}, 0, "net.latency=200ms"},
		{"net.latency=0.2s@t=10s..20s", "latency", map[string]string{"delay": "200ms", "from": "10s", "until": "20s"},
			netsim.Target{From: 10 * time.Second, Until: 20 * time.Second}, 0, "net.latency=200ms@t=10s..20s"},
		{"net.latency:until=5s", "latency", map[string]string{"until": "5s"}, netsim.Target{Until: 5 * time.Second}, 0, "net.latency:until=5s"},
		{"tls.mitm=self-signed", "mitm", map[string]string{"cert": "self-signed"}, netsim.Target{}, 0, "tls.mitm=self-signed"},
		{"mitm:cert=other-host,other=evil.example,host=api.github.com", "mitm",
			map[string]string{"cert": "other-host", "other": "evil.example", "host": "api.github.com"},
			netsim.Target{Host: "api.github.com"}, 0, "tls.mitm=other-host:host=api.github.com,other=evil.example"},
		{"http.status=503:path=/latest", "http_status", map[string]string{"code": "503", "path": "/latest"},
			netsim.Target{Path: "/latest"}, 0, "http.status=503:path=/latest"},
		{"http.status@boot:2:times=1,after=2", "http_status", map[string]string{"boot": "2", "times": "1", "after": "2"},
			netsim.Target{}, 2, "http.status@boot:2:after=2,times=1"},
		{"wifi.down", "wifi_down", map[string]string{}, netsim.Target{}, 0, "wifi.down"},
		{"wifi.down=10s@t=1m", "wifi_down", map[string]string{"for": "10s", "at": "1m"}, netsim.Target{}, 0, "wifi.down=10s@t=1m"},
		{"wifi.drop=20s@t=10s:for=2s", "wifi_drop", map[string]string{"every": "20s", "start": "10s", "for": "2s"},
			netsim.Target{}, 0, "wifi.drop=20s@t=10s:for=2s"},
		{"dns.fail:host=x", "dns_fail", map[string]string{"host": "x"}, netsim.Target{Host: "x"}, 0, "dns.fail:host=x"},
		{"net.stall=30s@byte:10K", "stall", map[string]string{"for": "30s", "after": "10240"}, netsim.Target{}, 0, "net.stall=30s@byte:10240"},
		{"net.bandwidth=10K:dir=down", "bandwidth", map[string]string{"rate": "10K", "dir": "down"},
			netsim.Target{Dir: netsim.Down}, 0, "net.bandwidth=10K:dir=down"},
		{`tls.substitute="print('owned')":path=/main.py`, "substitute", map[string]string{"body": "print('owned')", "path": "/main.py"},
			netsim.Target{Path: "/main.py"}, 0, `tls.substitute="print('owned')":path=/main.py`},
		{`tls.substitute=x:path="/a,b"`, "substitute", map[string]string{"body": "x", "path": "/a,b"},
			netsim.Target{Path: "/a,b"}, 0, `tls.substitute=x:path="/a,b"`},
		{"http.wrong_length=-1000", "wrong_length", map[string]string{"delta": "-1000"}, netsim.Target{}, 0, "http.wrong_length=-1000"},
		{"net.corrupt:prob=0.001", "corrupt", map[string]string{"prob": "0.001"}, netsim.Target{}, 0, "net.corrupt:prob=0.001"},
		{"net.corrupt=77", "corrupt", map[string]string{"at": "77"}, netsim.Target{}, 0, "net.corrupt@byte:77"},
	}
	for _, tc := range cases {
		f, err := Parse(tc.spec)
		require.NoError(t, err, tc.spec)
		nf, ok := f.(NetFault)
		require.True(t, ok, tc.spec)
		assert.Equal(t, tc.name, nf.Name, tc.spec)
		assert.Equal(t, tc.params, nf.Params, tc.spec)
		assert.Equal(t, tc.target, nf.Target, tc.spec)
		assert.Equal(t, tc.boot, nf.Boot, tc.spec)
		assert.Equal(t, tc.canon, nf.String(), tc.spec)
		built, err := nf.New()
		require.NoError(t, err, tc.spec)
		assert.Equal(t, tc.name, netsim.FaultName(built), tc.spec)
	}
}

// TestNetFaultParamsReachNetsim checks that the values arrive in the constructed fault.
func TestNetFaultParamsReachNetsim(t *testing.T) {
	build := func(spec string) netsim.Fault {
		f, err := Parse(spec)
		require.NoError(t, err, spec)
		nf, err := f.(NetFault).New()
		require.NoError(t, err, spec)
		return nf
	}
	assert.Equal(t, &netsim.Latency{Delay: 200 * time.Millisecond}, build("net.latency=200ms"))
	assert.Equal(t, &netsim.Bandwidth{Rate: 10 << 10}, build("net.bandwidth=10K"))
	assert.Equal(t, &netsim.Stall{After: 10 << 10, For: 30 * time.Second}, build("net.stall=30s@byte:10K"))
	assert.Equal(t, &netsim.WiFiDown{At: time.Minute, For: 10 * time.Second}, build("wifi.down=10s@t=60s"))
	assert.Equal(t, &netsim.MITM{Forgery: netsim.ForgeryExpired}, build("tls.mitm=expired"))
	assert.Equal(t, &netsim.WrongLength{Delta: -5}, build("http.wrong_length=-5"))
	// a fresh fault each time: a sweep case never shares counters with the one before
	a, b := build("http.status=503"), build("http.status=503")
	assert.NotSame(t, a, b)
}

func TestEveryNetsimFaultIsReachable(t *testing.T) {
	spec := map[string]bool{}
	for _, k := range netKinds {
		spec[k.name] = true
		f, err := Parse(k.example)
		require.NoError(t, err, "example of %s", k.kind)
		assert.Equal(t, k.kind, f.(NetFault).Kind)
		// the netsim name works as the kind too
		g, err := Parse(k.name)
		require.NoError(t, err, k.name)
		assert.Equal(t, k.kind, g.String())
		assert.Contains(t, Help(), k.kind)
	}
	for _, name := range netsim.Faults() {
		assert.True(t, spec[name], "netsim fault %s has no entry in netKinds (it is reachable only as net.%s, undocumented)", name, name)
	}
	for _, k := range localKinds {
		_, err := Parse(k.example)
		assert.NoError(t, err, k.example)
	}
}

func TestFallbackForUnknownNetsimFault(t *testing.T) {
	// a netsim fault the table does not know is still reachable, with netsim checking its keys
	k := &netKind{kind: "net.latency2", name: "latency", value: "value"}
	netTable.byName[k.kind] = k
	defer delete(netTable.byName, k.kind)
	f, err := Parse("net.latency2=300ms:host=a")
	require.NoError(t, err)
	assert.Equal(t, "net.latency2=300ms:host=a", f.String())
	nf, err := f.(NetFault).New()
	require.NoError(t, err)
	assert.Equal(t, &netsim.Latency{Delay: 300 * time.Millisecond}, nf)
	_, err = Parse("net.latency2:dealy=1s")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unknown parameter dealy")
}

// TestBadSpecs pins the whole message of each wrong input: column, what was expected, what
// was there and the suggestion.
func TestBadSpecs(t *testing.T) {
	cases := []struct {
		spec string
		msg  string
	}{
		{"powercut@150%", `fault spec "powercut@150%", column 10: expected a percentage from 0 to 100, such as 50% or 12.5%, got "150"
  powercut@150%
           ^`},
		{"powercut@op:-1", `fault spec "powercut@op:-1", column 13: expected a flash-operation index (0 or more), got "-1"
  powercut@op:-1
              ^`},
		{"powercut@opp:3", `fault spec "powercut@opp:3", column 10: expected a position: P%, op:N, byte:N, t=T, boot:N or conn:N, got "opp"; did you mean "op"?
  powercut@opp:3
           ^`},
		{"powrecut@50%", "fault spec \"powrecut@50%\", column 1: expected a fault kind (powercut, lowspace, flash, heap, net.*, dns.fail, wifi.*, tls.*, http.*; see `ota-emu help faults`), got \"powrecut\"; did you mean \"powercut\"?\n  powrecut@50%\n  ^"},
		{"lowspace=48Q", `fault spec "lowspace=48Q", column 12: expected a size such as 48K, 1.5M or 4096 (units K, KiB, M, MiB; bare numbers are bytes), got "Q"
  lowspace=48Q
             ^`},
		{"net.latency=fast", `fault spec "net.latency=fast", column 13: expected a duration such as 200ms, 2.5s or 1m (units ns, us, ms, s, m, h), got "fast"
  net.latency=fast
              ^`},
		{"net.latency=200", `fault spec "net.latency=200", column 16: expected a unit after 200 (ns, us, ms, s, m, h), got the end of the spec; did you mean "200ms"?
  net.latency=200
                 ^`},
		{"http.status=99", `fault spec "http.status=99", column 13: expected an HTTP status code from 100 to 599, got "99"
  http.status=99
              ^`},
		{"tls.mitm=bogus", `fault spec "tls.mitm=bogus", column 10: expected one of self-signed, untrusted-ca, wrong-host, expired, not-yet-valid, other-host, got "bogus"
  tls.mitm=bogus
           ^`},
		{"tls.mitm=self-sined", `fault spec "tls.mitm=self-sined", column 10: expected one of self-signed, untrusted-ca, wrong-host, expired, not-yet-valid, other-host, got "self-sined"; did you mean "self-signed"?
  tls.mitm=self-sined
           ^`},
		{"powercut@50%:host=x", `fault spec "powercut@50%:host=x", column 14: expected the end of the spec (powercut takes no :key=value options; its position goes after @), got "host"
  powercut@50%:host=x
               ^`},
		{"=3", "fault spec \"=3\", column 1: expected a fault kind such as powercut, lowspace, flash, heap or net.reset (see `ota-emu help faults`), got \"=\"\n  =3\n  ^"},
		{"", "fault spec \"\", column 1: expected a fault kind such as powercut, lowspace, flash, heap or net.reset (see `ota-emu help faults`), got an empty spec\n  \n  ^"},
		{"net.reset:dir=sideways", `fault spec "net.reset:dir=sideways", column 15: expected one of up, down, got "sideways"
  net.reset:dir=sideways
                ^`},
		{"net.reset:hots=x", `fault spec "net.reset:hots=x", column 11: expected a key of net.reset: at, percent, host, path, conn, dir, from, until, boot, got "hots"; did you mean "host"?
  net.reset:hots=x
            ^`},
		{"net.latency@50%", `fault spec "net.latency@50%", column 13: expected a position net.latency takes: t=FROM[..UNTIL], conn:N, boot:N, got "50"
  net.latency@50%
              ^`},
		{"net.reset@50%,byte:3", `fault spec "net.reset@50%,byte:3", column 15: expected one place for net.reset: a percentage (P%) or a byte (byte:N), not both, got "byte"
  net.reset@50%,byte:3
                ^`},
		{"powercut=50%", `fault spec "powercut=50%", column 9: expected '@' and a position (powercut@50%, powercut@op:N, powercut@byte:N, powercut@t=T or powercut@boot:N,op:M), got "="; did you mean "powercut@50%"?
  powercut=50%
          ^`},
		{"powercut", `fault spec "powercut", column 9: expected '@' and a position (powercut@50%, powercut@op:N, powercut@byte:N, powercut@t=T or powercut@boot:N,op:M), got the end of the spec
  powercut
          ^`},
		{"powercut@50", `fault spec "powercut@50", column 12: expected '%' after the percentage (or a position: P%, op:N, byte:N, t=T, boot:N or conn:N), got the end of the spec; did you mean "50%"?
  powercut@50
             ^`},
		{"powercut@boot:2", `fault spec "powercut@boot:2", column 10: expected op:M with boot:N (powercut@boot:N,op:M cuts after operation M of boot N), got "boot"
  powercut@boot:2
           ^`},
		{"powercut@op:3,byte:5", `fault spec "powercut@op:3,byte:5", column 15: expected one position per powercut (give several --fault flags for several cuts), got "byte"
  powercut@op:3,byte:5
                ^`},
		{"powercut@byte:5:inside", `fault spec "powercut@byte:5:inside", column 17: expected the end of the position (:inside applies to op:N only), got "inside"
  powercut@byte:5:inside
                  ^`},
		{"powercut@op:5:insde", `fault spec "powercut@op:5:insde", column 15: expected inside (a cut in the middle of the operation) or key=value options, got "insde"; did you mean "inside"?
  powercut@op:5:insde
                ^`},
		{"heap", `fault spec "heap", column 5: expected '=' and a size, such as heap=48K, got the end of the spec; did you mean "heap="?
  heap
      ^`},
		{"flash=1.3K", `fault spec "flash=1.3K", column 7: expected a whole number of bytes (1.3K is not), got "1.3K"
  flash=1.3K
        ^`},
		{"wifi.drop=5s:for=10s", `fault spec "wifi.drop=5s:for=10s", column 11: expected parameters wifi.drop accepts (need 0 < for < every), got "5s"
  wifi.drop=5s:for=10s
            ^`},
		{"net.latency@t=5s..2s", `fault spec "net.latency@t=5s..2s", column 19: expected a valid target (netsim: target until=2s must be after from=5s), got "2s"
  net.latency@t=5s..2s
                    ^`},
		{"net.reset:host=a,host=b", `fault spec "net.reset:host=a,host=b", column 18: expected each key once (host is already given), got "host"
  net.reset:host=a,host=b
                   ^`},
		{`tls.substitute="abc`, `fault spec "tls.substitute=\"abc", column 16: expected a closing " (values are Go double-quoted strings), got "\"abc"
  tls.substitute="abc
                 ^`},
		{"lowspace=48K\t", `fault spec "lowspace=48K\t", column 12: expected a size such as 48K, 1.5M or 4096 (units K, KiB, M, MiB; bare numbers are bytes), got "K\t"; did you mean "K"?
  "lowspace=48K\t"
              ^`},
		{"net.reset:host=é,dir=sideways", `fault spec "net.reset:host=é,dir=sideways", column 22: expected one of up, down, got "sideways"
  "net.reset:host=\u00e9,dir=sideways"
                             ^`},
	}
	for _, tc := range cases {
		f, err := Parse(tc.spec)
		require.Error(t, err, "%q parsed as %v", tc.spec, f)
		var se *SyntaxError
		require.ErrorAs(t, err, &se, tc.spec)
		assert.Equal(t, tc.msg, err.Error(), tc.spec)
		assert.Equal(t, tc.spec, se.Spec)
	}
}

func TestParsePlan(t *testing.T) {
	p, err := ParsePlan([]string{"powercut@op:3", "flash=512K", "lowspace=48KiB", "net.latency=0.2s", "heap=64K",
		"powercut@boot:2,op:5", "http.status=503:path=/latest"})
	require.NoError(t, err)
	assert.Equal(t, []PowerCut{{Kind: CutOp, Op: 3}, {Kind: CutBootOp, Boot: 2, Op: 5}}, p.PowerCuts)
	assert.Equal(t, int64(48<<10), p.LowSpace)
	assert.Equal(t, int64(512<<10), p.FlashSize)
	assert.Equal(t, int64(64<<10), p.HeapSize)
	require.Len(t, p.Net, 2)
	assert.Equal(t, "net.latency", p.Net[0].Kind)
	assert.Equal(t, []string{"powercut@op:3", "flash=512K", "lowspace=48K", "net.latency=200ms", "heap=64K",
		"powercut@boot:2,op:5", "http.status=503:path=/latest"}, p.Specs)
	assert.Equal(t, "--fault=powercut@op:3 --fault=flash=512K --fault=lowspace=48K --fault=net.latency=200ms "+
		"--fault=heap=64K --fault=powercut@boot:2,op:5 --fault=http.status=503:path=/latest", p.String())
	again, err := ParsePlan(p.Specs)
	require.NoError(t, err)
	assert.Equal(t, p, again)

	empty, err := ParsePlan(nil)
	require.NoError(t, err)
	assert.Equal(t, Plan{LowSpace: -1}, empty)

	q, err := ParsePlan([]string{`tls.substitute="it's":path=/main.py`})
	require.NoError(t, err)
	assert.Equal(t, `'--fault=tls.substitute="it'\''s":path=/main.py'`, q.String())

	conflicts := []struct {
		specs []string
		msg   string
	}{
		{[]string{"flash=256K", "flash=512K"}, "faultspec: --fault=flash=512K conflicts with --fault=flash=256K: give one flash size"},
		{[]string{"heap=64K", "heap=65536"}, "faultspec: --fault=heap=64K conflicts with --fault=heap=64K: give one heap size"},
		{[]string{"lowspace=1K", "lowspace=2K"}, "faultspec: --fault=lowspace=2K conflicts with --fault=lowspace=1K: give one lowspace"},
		{[]string{"powercut@op:3", "powercut@op:3"}, "faultspec: --fault=powercut@op:3 is given twice"},
		{[]string{"lowspace=256K", "flash=256K"}, "faultspec: --fault=lowspace=256K leaves at least the whole flash (--fault=flash=256K) free: give a lowspace below the flash size"},
	}
	for _, c := range conflicts {
		_, err := ParsePlan(c.specs)
		require.Error(t, err, "%v", c.specs)
		assert.Equal(t, c.msg, err.Error())
	}
	_, err = ParsePlan([]string{"flash=256K", "powrecut@1%"})
	var se *SyntaxError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "powrecut@1%", se.Spec)
}

// validSpecs are the round-trip corpus (and the fuzz seeds).
var validSpecs = []string{
	"powercut@50%", "powercut@0.5%", "powercut@99.999%", "powercut@0%", "powercut@100%", "powercut@op:0",
	"powercut@op:123", "powercut@op:7:inside", "powercut@byte:0", "powercut@byte:64K", "powercut@byte:1M",
	"powercut@t=2.5s", "powercut@t=1m30s", "powercut@t=250us", "powercut@t=0s", "powercut@t=1h",
	"powercut@boot:2,op:10", "powercut@op:1:inside,boot:9", "powercut@boot:1,op:0:inside",
	"lowspace=48K", "lowspace=0", "lowspace=1.5M", "flash=256K", "flash=3M", "heap=64K", "heap=100000",
	"net.reset@30%:host=ota.example", "net.reset=100", "net.reset@conn:3,byte:2K:dir=up,path=/fw/*",
	"net.truncate@99.5%:path=/fw/*", "net.truncate@boot:2,t=1s..3s,byte:10",
	"net.stall=30s@byte:10K", "net.stall", "net.limit@byte:4096:host=ota.example", "net.limit=1",
	"net.corrupt@byte:1000", "net.corrupt:prob=0.5,dir=up", "net.latency=200ms", "net.latency:delay=1.5ms,until=3s",
	"net.jitter=50ms:delay=100ms", "net.bandwidth=10K:dir=down", "net.slicer=8:variation=4,delay=1ms",
	"net.slow_drip=1s:size=16", "net.refuse=2:host=ota.example,after=1", "dns.fail:host=ota.example",
	"dns_fail=1:host=*.github.com", "wifi.down", "wifi.down=10s@t=60s", "wifi.down@t=5s:from=1s",
	"wifi.drop=20s@t=10s:for=2s", "tls.mitm=self-signed", "tls.mitm=other-host:other=evil.example,host=api.github.com",
	`tls.substitute="import machine\nmachine.reset()":path=/main.py,cert=untrusted-ca`, "tls.substitute",
	"tls.downgrade=302:host=ota.example", "http.status=503:path=/latest", "http.status=429:times=2,after=1,boot=3",
	"http.chunked=1K", "http.wrong_length=-1000", "http.endless:length=1M", "http.redirect_loop=307",
	"https_to_http", "limit_data=5", `tls.substitute=x:path="/a b"`, "net.latency=1m@conn:1,boot:2,t=1s..2m:host=a.b",
}

func TestRoundTrip(t *testing.T) {
	for _, spec := range validSpecs {
		f, err := Parse(spec)
		require.NoError(t, err, spec)
		canon := f.String()
		g, err := Parse(canon)
		require.NoError(t, err, "canonical %q of %q", canon, spec)
		assert.Equal(t, f, g, "%q -> %q", spec, canon)
		assert.Equal(t, canon, g.String(), "canonical form is a fixed point")
	}
	p, err := ParsePlan(validSpecs[:20])
	require.NoError(t, err)
	again, err := ParsePlan(p.Specs)
	require.NoError(t, err)
	assert.Equal(t, p, again)
}

func TestSuggestions(t *testing.T) {
	assert.Equal(t, "powercut", nearest("powrecut", allKinds()))
	assert.Equal(t, "net.latency", nearest("net.latncy", allKinds()))
	assert.Equal(t, "http.status", nearest("http.staus", allKinds()))
	assert.Equal(t, "", nearest("banana", allKinds()), "nothing close: no suggestion")
	assert.Equal(t, "op", nearest("opp", whenNames))
	assert.Equal(t, 1, distance("ab", "ba"))
	assert.Equal(t, 3, distance("kitten", "sitting"))
}

func TestHelpIsGenerated(t *testing.T) {
	h := Help()
	for _, name := range netsim.Faults() {
		assert.Contains(t, h, "netsim "+name+";", "every netsim fault is documented")
	}
	for _, f := range netsim.Forgeries() {
		_, err := Parse("tls.mitm=" + string(f))
		assert.NoError(t, err)
	}
	assert.True(t, strings.HasPrefix(h, "Fault specs:"))
}

func BenchmarkParse(b *testing.B) {
	specs := []string{"powercut@op:123", "powercut@boot:2,op:10:inside", "lowspace=48K",
		"net.reset@conn:2,30%:host=ota.example", "http.status=503:path=/latest,times=2"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(specs[i%len(specs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range validSpecs {
		f.Add(s)
	}
	for _, s := range []string{"powercut@150%", "powercut@op:-1", "powrecut@50%", "lowspace=48Q", "net.latency=fast",
		"http.status=99", "tls.mitm=bogus", "=3", "", "net.reset:dir=sideways", `tls.substitute="a\x00b"`,
		"powercut@t=1..2s", "net.reset@t=..", "flash=99999999999999999999M", "powercut@op:3:inside:", "x:y=\"\\u00e9\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		got, err := Parse(spec)
		if err != nil {
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			require.Equal(t, spec, se.Spec)
			require.True(t, se.Pos >= 0 && se.Pos <= len(spec), "position %d in %q", se.Pos, spec)
			require.NotEmpty(t, se.Expected)
			require.NotEmpty(t, se.Error())
			return
		}
		canon := got.String()
		again, err := Parse(canon)
		require.NoError(t, err, "canonical %q of %q", canon, spec)
		require.Equal(t, got, again, "canonical %q of %q", canon, spec)
		require.Equal(t, canon, again.String())
		if nf, ok := got.(NetFault); ok {
			_, err := nf.New()
			require.NoError(t, err, spec)
		}
		p, err := ParsePlan([]string{spec})
		require.NoError(t, err, spec)
		require.Equal(t, []string{canon}, p.Specs)
	})
}

func TestUnitSuggestions(t *testing.T) {
	for spec, want := range map[string]string{"net.latency=2sec": "s", "net.latency=2mins": "m", "net.latency=2msec": "ms",
		"net.latency=2sx": "s", "lowspace=48KB": "K", "lowspace=1Mb": "M", "heap=3G": "", "heap=3m": "M"} {
		_, err := Parse(spec)
		var se *SyntaxError
		require.ErrorAs(t, err, &se, spec)
		assert.Equal(t, want, se.Suggestion, spec)
	}
}
