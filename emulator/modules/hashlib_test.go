package modules

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHashlibMatchesCrypto(t *testing.T) {
	data := bytes.Repeat([]byte("firmware chunk \x00\xff"), 300)
	s256, s1, m5 := sha256.Sum256(data), sha1.Sum(data), md5.Sum(data)
	want := map[string]string{"sha256": hex.EncodeToString(s256[:]), "sha1": hex.EncodeToString(s1[:]), "md5": hex.EncodeToString(m5[:])}
	for name, digest := range want {
		t.Run(name, func(t *testing.T) {
			src := "import hashlib, binascii\ndata = b'firmware chunk \\x00\\xff' * 300\n" +
				"h = hashlib." + name + "()\nfor i in range(0, len(data), 512):\n    h.update(data[i:i + 512])\n" +
				"print(binascii.hexlify(h.digest()).decode())\n" +
				"print(binascii.hexlify(hashlib." + name + "(data).digest()).decode())\n" +
				"print(hashlib." + name + "('abc').digest() == hashlib." + name + "(b'abc').digest())\n"
			assert.Equal(t, digest+"\n"+digest+"\nTrue\n", runDevice(t, src))
		})
	}
}

func TestHashlibSemantics(t *testing.T) {
	runCases(t, "import hashlib as H\nh = H.sha256()\nh.update(b'abc')\nd = h.digest()", []pyCase{
		{`h.digest()`, `ValueError: hash is final`},
		{`h.update(b'x')`, `ValueError: hash is final`},
		{`d == H.sha256(b'abc').digest()`, `True`},
		{`H.sha256(memoryview(b'xabc')[1:]).digest() == d`, `True`},
		{`H.sha256(5)`, `TypeError: object with buffer protocol required`},
		{`H.sha256(None)`, `TypeError: object with buffer protocol required`},
		{`H.sha256(b'a', b'b')`, `TypeError: function expected at most 1 arguments, got 2`},
		{`H.sha256(data=b'a')`, `TypeError: function doesn't take keyword arguments`},
		{`H.sha256().update()`, `TypeError: function takes 2 positional arguments but 1 were given`},
		{`H.sha256().update(b'a', b'b')`, `TypeError: function takes 2 positional arguments but 3 were given`},
		{`H.sha256().digest(1)`, `TypeError: function takes 1 positional arguments but 2 were given`},
		{`H.sha256()`, `<sha256>`},
		{`H.md5`, `<class 'md5'>`},
		{`type(H.sha1()).__name__`, `'sha1'`},
		{`H.sha256().hexdigest()`, `AttributeError: 'sha256' object has no attribute 'hexdigest'`},
		{`(len(H.md5().digest()), len(H.sha1().digest()), len(H.sha256().digest()))`, `(16, 20, 32)`},
	})
}

// sha256Board is a device whose board only has sha256.
type sha256Board struct{}

func (sha256Board) HashAlgorithms() []string { return []string{"sha256"} }

func TestHashlibBoardAlgorithms(t *testing.T) {
	var out bytes.Buffer
	it, err := mpy.New(mpy.Config{Console: &out, Device: sha256Board{}})
	require.NoError(t, err)
	defer it.Close()
	_ = it.RunSource([]byte("import hashlib\nprint(hasattr(hashlib, 'sha256'), hasattr(hashlib, 'sha1'), hasattr(hashlib, 'md5'))\n"), "main.py")
	assert.Equal(t, "True False False\n", out.String())
}

func BenchmarkSHA256Chunks(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = runDevice(b, "import hashlib\nh = hashlib.sha256()\nc = bytes(4096)\nfor i in range(64):\n    h.update(c)\nh.digest()\n")
	}
}
