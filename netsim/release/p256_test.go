package release

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestP256SignatureVerifiesAndIsDeterministic(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	app := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(app, "main.py"), []byte("print(1)\n"), 0o644))
	a, err := Build(app, Options{Version: "1.0.0", P256Key: key})
	require.NoError(t, err)
	b, err := Build(app, Options{Version: "1.0.0", P256Key: key})
	require.NoError(t, err)
	assert.Equal(t, a.P256, b.P256, "RFC 6979: the same input gives the same bytes")
	require.Len(t, a.P256, 129)
	raw, err := hex.DecodeString(string(a.P256[:128]))
	require.NoError(t, err)
	h := sha256.Sum256(a.Manifest)
	r, s := new(big.Int).SetBytes(raw[:32]), new(big.Int).SetBytes(raw[32:])
	assert.True(t, ecdsa.Verify(&key.PublicKey, h[:], r, s))
	pubHex, err := P256PublicHex(&key.PublicKey)
	require.NoError(t, err)
	pub, err := hex.DecodeString(pubHex)
	require.NoError(t, err)
	want, err := key.PublicKey.Bytes()
	require.NoError(t, err)
	assert.Equal(t, want[1:], pub)

	out := filepath.Join(t.TempDir(), "rel")
	require.NoError(t, a.Write(out))
	got, err := os.ReadFile(filepath.Join(out, P256Name))
	require.NoError(t, err)
	assert.Equal(t, a.P256, got)

	other, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	_, err = Build(app, Options{Version: "1.0.0", P256Key: other})
	assert.ErrorContains(t, err, "not on P-256")
}
