package pylib_test

import (
	"archive/tar"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
)

// The sources' manifest parsers are pure functions over bytes that either return a structure
// or raise ota.errors.Refused (the documented error): this test feeds each one valid inputs
// and seeded mutations of them (truncations, flipped bytes, inserted and deleted bytes, JSON
// type swaps) on the device and fails on any other exception. The conformance suite's fuzz
// targets (issue 8) call the same functions.

// parserProgram reads /fuzz.bin (records: parser id byte, u32 length, bytes) and prints one
// line per record: "ok", "refused" or "BUG <exception>".
const parserProgram = `import struct
from ota import _tar, src_uota, src_versions, src_github, src_firmware
from ota.errors import Refused

def tree(b):
    return src_github.parse_tree(b, "")

def tree_dir(b):
    return src_github.parse_tree(b, "lib/")

P = [src_uota.parse_latest, lambda b: src_versions.parse_versions(b, "k"), src_github.parse_release,
     tree, src_github.parse_ref, src_github.parse_commit, src_github.parse_rate,
     src_firmware.parse_descriptor, src_firmware.parse_app_desc, _tar.parse_header, tree_dir,
     lambda b: src_github.http_date(b.decode())]
f = open('/fuzz.bin', 'rb')
ok = refused = 0
while True:
    h = f.read(5)
    if not h:
        break
    pid, n = struct.unpack('<BI', h)
    data = f.read(n)
    try:
        P[pid](data)
        ok += 1
        print('ok')
    except Refused:
        refused += 1
        print('refused')
    except UnicodeError:
        print('refused')  # http_date's caller decodes a header that is text
    except Exception as e:
        print('BUG', pid, repr(e), repr(data[:80]))
`

func mutations(seed uint64, valid []byte, n int) [][]byte {
	r := rand.New(rand.NewPCG(seed, 7))
	out := [][]byte{valid}
	for i := 0; i < n; i++ {
		b := bytes.Clone(valid)
		switch i % 6 {
		case 0: // truncate
			if len(b) > 0 {
				b = b[:r.IntN(len(b))]
			}
		case 1: // flip bytes
			for k := 0; k < 1+r.IntN(3) && len(b) > 0; k++ {
				b[r.IntN(len(b))] ^= byte(1 << r.IntN(8))
			}
		case 2: // insert a structural byte
			chars := []byte(`"{}[],:0\;` + "\x00\n/.")
			c := chars[r.IntN(len(chars))]
			k := r.IntN(len(b) + 1)
			b = append(b[:k:k], append([]byte{c}, valid[k:]...)...)
		case 3: // delete a span
			if len(b) > 2 {
				k := r.IntN(len(b) - 1)
				b = append(b[:k:k], valid[k+1+r.IntN(len(b)-k-1):]...)
			}
		case 4: // swap a JSON value's type
			for _, rep := range [][2]string{{`"`, `0`}, {`[`, `{`}, {`true`, `null`}, {`false`, `"x"`}, {`:1`, `:-1`}, {`:"`, `:[`}} {
				if r.IntN(2) == 0 {
					b = []byte(strings.Replace(string(b), rep[0], rep[1], 1))
				}
			}
		case 5: // a hostile path
			for _, rep := range [][2]string{{"lib/", "../"}, {"lib/", "/"}, {"main.py", "a\x00b"}, {"app.py", "a\\\\b"}} {
				if r.IntN(2) == 0 {
					b = bytes.Replace(b, []byte(rep[0]), []byte(rep[1]), 1)
				}
			}
		}
		out = append(out, b)
	}
	return out
}

func apiBody(t *testing.T, g *netsim.GitHub, path string) []byte {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "https://api.github.com"+path, nil)
	req.Header.Set("User-Agent", "test")
	g.Handler(netsim.GitHubAPIHost).ServeHTTP(rec, req)
	require.Equal(t, 200, rec.Code, path)
	return rec.Body.Bytes()
}

func TestParsersRaiseOnlyRefused(t *testing.T) {
	dir, rel := ghRelease2(t, release.Options{Key: []byte("k")}, nil)
	g := netsim.NewGitHub(netsim.GitHubOptions{})
	require.NoError(t, g.AddRepo(ghOwner, ghRepo, dir))
	var ref struct {
		Object struct{ SHA string } `json:"object"`
	}
	refBody := apiBody(t, g, "/repos/acme/widget/git/ref/heads/main")
	require.NoError(t, json.Unmarshal(refBody, &ref))
	var commit struct {
		Tree struct{ SHA string } `json:"tree"`
	}
	commitBody := apiBody(t, g, "/repos/acme/widget/git/commits/"+ref.Object.SHA)
	require.NoError(t, json.Unmarshal(commitBody, &commit))
	treeBody := apiBody(t, g, "/repos/acme/widget/git/trees/"+commit.Tree.SHA+"?recursive=1")
	var hdr bytes.Buffer
	tw := tar.NewWriter(&hdr)
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "lib/main.py", Typeflag: tar.TypeReg, Size: 3, Mode: 0o644, Format: tar.FormatUSTAR}))
	desc, err := json.Marshal(map[string]any{"version": "1.1.0", "file": "firmware.bin", "size": 4096, "sha256": strings.Repeat("a", 64)})
	require.NoError(t, err)
	valid := [][]byte{
		rel.Latest, rel.Versions, apiBody(t, g, "/repos/acme/widget/releases/latest"), treeBody, refBody, commitBody,
		apiBody(t, g, "/rate_limit"), desc, emulator.MakeAppImage("1.1.0", 1024)[:0x60], hdr.Bytes()[:512], treeBody,
		[]byte("Mon, 04 May 2026 12:30:00 GMT"),
	}
	var blob bytes.Buffer
	var n int
	for id, v := range valid {
		for _, m := range mutations(uint64(id+1), v, 60) {
			if id == 9 && len(m) != 512 {
				m = append(m, make([]byte, 512)...)[:512] // parse_header takes whole blocks
			}
			var h [5]byte
			h[0] = byte(id)
			binary.LittleEndian.PutUint32(h[1:], uint32(len(m)))
			blob.Write(h[:])
			blob.Write(m)
			n++
		}
	}
	out, o := runSrcProgram(t, parserProgram, map[string][]byte{"/fuzz.bin": blob.Bytes()}, nil)
	require.Equal(t, "finished", o.Result, out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, n, out)
	counts := map[string]int{}
	for i, l := range lines {
		counts[strings.Fields(l)[0]]++
		assert.False(t, strings.HasPrefix(l, "BUG"), "record %d: %s", i, l)
		if i%61 == 0 {
			assert.Equal(t, "ok", l, "valid input of parser %d", i/61)
		}
	}
	t.Logf("%d inputs: %v", n, counts)
	assert.Greater(t, counts["refused"], n/4, "mutations are refused")
}
