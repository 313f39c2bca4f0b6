package netsim

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

func TestCACertificateIsStable(t *testing.T) {
	pemBytes := CACertificatePEM()
	require.NotEmpty(t, pemBytes)
	golden := filepath.Join("testdata", "ca.pem")
	if *update {
		require.NoError(t, os.WriteFile(golden, pemBytes, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(pemBytes), "the CA must be the same on every run")

	block, _ := pem.Decode(pemBytes)
	require.NotNil(t, block)
	assert.Equal(t, block.Bytes, CACertificateDER())
	ca, err := x509.ParseCertificate(CACertificateDER())
	require.NoError(t, err)
	assert.True(t, ca.IsCA)
	assert.Equal(t, x509.ECDSA, ca.PublicKeyAlgorithm)
	assert.Equal(t, x509.ECDSAWithSHA256, ca.SignatureAlgorithm)

	a, err := HostCertificate("api.github.com")
	require.NoError(t, err)
	_, err = a.Leaf.Verify(x509.VerifyOptions{Roots: CAPool(), DNSName: "api.github.com", CurrentTime: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	assert.NoError(t, err)
	_, err = a.Leaf.Verify(x509.VerifyOptions{Roots: CAPool(), DNSName: "api.github.com", CurrentTime: RTCUnset})
	assert.Error(t, err, "an unset RTC cannot verify")
}

func TestUnsetRTCFailsVerification(t *testing.T) {
	clock := NewClock(RTCUnset)
	n := New(clock, Config{Seed: 1})
	t.Cleanup(func() { _ = n.Close() })
	_, err := n.AddHost("example.com", HostHandlers{HTTPS: bodyHandler(10)})
	require.NoError(t, err)
	_, err = get(n, "https://example.com/", getOpts{verify: true})
	require.Error(t, err)
	assert.Equal(t, "\nThe certificate validity starts in the future\n", MbedTLSVerifyMessage(err))
	r := mustGet(t, n, "https://example.com/", getOpts{verify: false})
	assert.Equal(t, 200, r.resp.StatusCode)
}

func TestForgeriesRefusedByVerifyingClientAcceptedOtherwise(t *testing.T) {
	messages := map[Forgery]string{
		ForgerySelfSigned:  "\nThe certificate is not correctly signed by the trusted CA\n",
		ForgeryUntrustedCA: "\nThe certificate is not correctly signed by the trusted CA\n",
		ForgeryWrongHost:   "\nThe certificate Common Name (CN) does not match with the expected CN\n",
		ForgeryExpired:     "\nThe certificate validity has expired\n",
		ForgeryNotYetValid: "\nThe certificate validity starts in the future\n",
		ForgeryOtherHost:   "\nThe certificate Common Name (CN) does not match with the expected CN\n",
	}
	for _, f := range Forgeries() {
		t.Run(string(f), func(t *testing.T) {
			_, n := world(t, 5)
			_, err := n.AddHost("updates.example", HostHandlers{HTTPS: bodyHandler(100)})
			require.NoError(t, err)
			addFault(t, n, "substitute", map[string]string{"cert": string(f), "body": "EVIL", "path": "/fw.bin"})

			_, err = get(n, "https://updates.example/fw.bin", getOpts{verify: true})
			require.Error(t, err, "a verifying client refuses %s", f)
			assert.Equal(t, messages[f], MbedTLSVerifyMessage(err))

			r := mustGet(t, n, "https://updates.example/fw.bin", getOpts{verify: false, header: map[string]string{"Authorization": "token s3cret"}})
			assert.Equal(t, "EVIL", string(r.body), "a non-verifying client takes the attacker's payload")
			require.NotNil(t, r.tls)
			peer := r.tls.ConnectionState().PeerCertificates[0]
			want, err := ForgedCertificate(f, "updates.example", "")
			require.NoError(t, err)
			assert.True(t, bytes.Equal(want.Certificate[0], peer.Raw), "getpeercert(True) shows the forgery")
			assert.True(t, r.conn.Intercepted())

			// Paths outside the target are relayed to the real server.
			r = mustGet(t, n, "https://updates.example/version.json", getOpts{verify: false})
			assert.Len(t, r.body, 100)

			reqs := n.Requests()
			require.Len(t, reqs, 3)
			assert.True(t, reqs[0].Impostor)
			assert.Equal(t, f, reqs[0].Forgery)
			assert.Equal(t, "token s3cret", reqs[0].Header.Get("Authorization"), "the impostor saw the secret")
			assert.True(t, reqs[1].Impostor)
			assert.False(t, reqs[2].Impostor, "the relayed request reached the real server")
			assert.Negative(t, reqs[2].Conn)
		})
	}
}

func TestMITMOnPlainHTTP(t *testing.T) {
	_, n := world(t, 5)
	_, err := n.AddHost("updates.example", HostHandlers{HTTP: bodyHandler(100)})
	require.NoError(t, err)
	addFault(t, n, "substitute", map[string]string{"body": "EVIL"})
	r := mustGet(t, n, "http://updates.example/fw.bin", getOpts{})
	assert.Equal(t, "EVIL", string(r.body), "plain http needs no certificate to be changed")
}

func TestMITMRelaySecondConnectionOnly(t *testing.T) {
	_, n := world(t, 5)
	_, err := n.AddHost("updates.example", HostHandlers{HTTPS: bodyHandler(100)})
	require.NoError(t, err)
	addFault(t, n, "mitm", map[string]string{"cert": "self-signed", "conn": "2"})
	mustGet(t, n, "https://updates.example/a", getOpts{verify: true})
	_, err = get(n, "https://updates.example/b", getOpts{verify: true})
	assert.Error(t, err)
	r := mustGet(t, n, "https://updates.example/c", getOpts{verify: true})
	assert.Len(t, r.body, 100)
}
