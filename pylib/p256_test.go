package pylib_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/netsim/release"
)

// p256Key is a fixed test key (its scalar derived from a hash, so the tests are reproducible).
func p256Key(t *testing.T, seed string) *ecdsa.PrivateKey {
	t.Helper()
	h := sha256.Sum256([]byte(seed))
	d := new(big.Int).SetBytes(h[:])
	d.Mod(d, elliptic.P256().Params().N)
	k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), d.FillBytes(make([]byte, 32)))
	require.NoError(t, err)
	return k
}

// TestP256SignedManifest: a manifest signed with ECDSA P-256 (`ota-emu release --p256-key`) is
// installed by a device that holds only the public key; a manifest changed after signing, a
// signature by another key, or a missing signature is refused with nothing written.
func TestP256SignedManifest(t *testing.T) {
	key := p256Key(t, "release key")
	pub, err := release.P256PublicHex(&key.PublicKey)
	require.NoError(t, err)
	runTamperCases(t, map[string]any{"pubkey": pub}, release.Options{P256Key: key}, []tamperCase{
		{"genuine", func(t *testing.T, w *World) {}, ""},
		{"manifest-changed", func(t *testing.T, w *World) {
			w.RewriteManifest(t, nil, func(m map[string]any) { m["version"] = "2.1" })
		}, "P-256 signature does not verify"},
		{"other-key", func(t *testing.T, w *World) {
			m := readServed(t, w, release.ManifestName)
			sig, err := release.SignP256(p256Key(t, "attacker key"), m)
			require.NoError(t, err)
			w.WriteServed(t, release.P256Name, []byte(sig+"\n"))
		}, "P-256 signature does not verify"},
		{"signature-missing", func(t *testing.T, w *World) { w.WriteServed(t, release.P256Name, nil) }, "P-256 signature"},
	})
}

// readServed reads a file of the world's served release directory.
func readServed(t *testing.T, w *World, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(w.ServeDir, name))
	require.NoError(t, err)
	return data
}
