package pylib_test

import (
	"context"
	"encoding/hex"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/pylib"
)

// realProgram exercises the sources' board-facing pieces that need no network: the hashing
// stream under deflate.DeflateIO, the strict tar reader (a release archive and a hostile one)
// and the pure parsers. It runs on real MicroPython 1.27 (wasm, tools/mpref) and on the
// emulator, which must print the same.
const realProgram = `import hashlib, json
import deflate
from ota import _tar, _srcutil, util, src_uota, src_versions, src_github, src_firmware
from ota.errors import Refused, Integrity

def unpack(name):
    h = hashlib.sha256()
    f = open(name, 'rb')
    hs = _srcutil.Hashing(f, h, 1 << 20)
    r = _tar.Reader(deflate.DeflateIO(hs, deflate.GZIP), ('.ota/',))
    buf = bytearray(100)
    try:
        for path, size, kind in r:
            fh = hashlib.sha256()
            while True:
                k = r.readinto(buf)
                if not k:
                    break
                fh.update(buf[:k])
            print(kind, path, size, util.hexlify(fh.digest())[:16])
        hs.drain()
        print('archive', util.hexlify(h.digest()))
    except Refused as e:
        print('refused', e)
    f.close()

unpack('good.tar.gz')
unpack('evil.tar.gz')
print(src_uota.parse_latest(open('latest', 'rb').read()))
for bad in (b'2.0;../x;3\n', b'2.0;a;b;c;d\n', b'2.0\n', b' 2.0;a\n', b'2.0;a;1;xyz\n'):
    try:
        src_uota.parse_latest(bad)
        print('accepted', bad)
    except Refused as e:
        print('refused', e)
v = src_versions.parse_versions(open('versions.json', 'rb').read(), 'k')
print(v[0], len(v[1]), v[1][0])
try:
    src_versions.parse_versions(open('versions.json', 'rb').read(), 'other')
except Refused as e:
    print('refused', e)
print(src_versions.serial_of('1.2.3'), src_versions.serial_of('v2'), src_versions.serial_of('x'))
print(src_github.date_version('2026-05-04T12:30:00Z'), src_github.http_date('Mon, 04 May 2026 12:30:00 GMT'))
print(src_firmware.parse_app_desc(open('app.bin', 'rb').read(0x60)))
print(src_github.parse_tree(b'{"sha":"x","tree":[{"path":"lib","mode":"040000","type":"tree","sha":"' + b'2' * 40 + b'"},{"path":"lib/b.py","mode":"100644","type":"blob","sha":"' + b'1' * 40 + b'","size":3}],"truncated":false}'))
print(src_github.parse_release(b'{"tag_name":"2.0","assets":[{"name":"latest","browser_download_url":"https://x/latest","size":5}],"body":"notes \\u00e9"}'))
for bad in (b'{"tag_name":"2.0","assets":{}}', b'{"tree":[{"path":"a","mode":"120000","type":"blob","sha":"' + b'1' * 40 + b'","size":1}],"truncated":false}'):
    try:
        print(src_github.parse_release(bad) if b'tag_name' in bad else src_github.parse_tree(bad))
    except Refused as e:
        print('refused', e)
m = util.HMAC('k')
m.update(b'abc')
print(m.hexdigest())
`

func TestSourcesOnRealMicroPython(t *testing.T) {
	runner, err := filepath.Abs(filepath.Join("..", "tools", "mpref", "run.mjs"))
	require.NoError(t, err)
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(runner), "node_modules")); err != nil {
		t.Skip("tools/mpref: npm ci not run")
	}
	rel, err := release.Build(WriteApp(t, newApp("2.0")), release.Options{Version: "2.0", Key: []byte("k")})
	require.NoError(t, err)
	evil := makeTar(t, []tarMember{file("main.py", "print(1)\n"), file("lib/../../x.py", "x")})
	files := map[string][]byte{"good.tar.gz": rel.Archive, "evil.tar.gz": evil, "latest": rel.Latest,
		"versions.json": rel.Versions, "app.bin": appImage(t)}

	root := t.TempDir()
	dev := map[string][]byte{}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(root, name), data, 0o644))
		dev["/"+name] = data
	}
	lib := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(lib, "ota"), 0o755))
	for _, name := range pylib.Files() {
		data, err := fs.ReadFile(pylib.FS, name)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(lib, name), data, 0o644))
	}
	prog := filepath.Join(t.TempDir(), "main.py")
	require.NoError(t, os.WriteFile(prog, []byte(realProgram), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	real, err := exec.CommandContext(ctx, "node", runner, "--lib", lib, "--root", root, prog).CombinedOutput()
	require.NoError(t, err, "%s", real)

	emu, o := runSrcProgram(t, realProgram, dev, nil)
	require.Equal(t, "finished", o.Result, emu)
	t.Logf("real MicroPython:\n%s", real)
	assert.Equal(t, string(real), emu, "the emulator prints what real MicroPython prints")
	assert.Contains(t, string(real), "archive "+hex.EncodeToString(sha(rel.Archive))+"\n")
	assert.Contains(t, string(real), "f lib/util.py ")
	assert.Contains(t, string(real), "refused bad path component in lib/../../x.py\n")
	assert.Contains(t, string(real), "refused versions: bad signature\n")
	assert.Equal(t, 1, strings.Count(string(real), "\n1.1.0\n"))
}

func appImage(t *testing.T) []byte {
	t.Helper()
	return emulator.MakeAppImage("1.1.0", 1024)
}
