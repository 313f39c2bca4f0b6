package netsim

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"time"
)

// Certificates and keys.
//
// Every key is ECDSA P-256 and every signature ECDSA with SHA-256: the combination the mbedTLS
// builds of MicroPython's ESP32 and RP2 ports accept (ed25519 is not supported by mbedTLS's
// X.509 code). Keys are derived from fixed labels with HMAC-SHA256, and signatures are the
// deterministic RFC 6979 kind, so the CA and every certificate are byte-identical on every run
// and on every machine: a device tree can carry the CA as cadata.
//
// Validity: the CA is valid 2024-01-01 to 2054-01-01, host certificates 2025-01-01 to
// 2045-01-01. A board whose RTC is unset (2000-01-01) therefore fails verification of even a
// genuine certificate, as a real board does.

const caSeed = "ota-emu netsim CA v1"

var (
	caValidFrom   = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	caValidUntil  = time.Date(2054, 1, 1, 0, 0, 0, 0, time.UTC)
	hostValidFrom = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	hostValidTill = time.Date(2045, 1, 1, 0, 0, 0, 0, time.UTC)
)

// Forgery names a forged certificate a man in the middle can present for a host.
type Forgery string

const (
	// ForgerySelfSigned is a certificate for the host signed by its own key.
	ForgerySelfSigned Forgery = "self-signed"
	// ForgeryUntrustedCA is a certificate for the host signed by an attacker's CA.
	ForgeryUntrustedCA Forgery = "untrusted-ca"
	// ForgeryWrongHost is signed by the netsim CA but names another host (evil.invalid).
	ForgeryWrongHost Forgery = "wrong-host"
	// ForgeryExpired is signed by the netsim CA for the host but expired (2010 to 2020).
	ForgeryExpired Forgery = "expired"
	// ForgeryNotYetValid is signed by the netsim CA for the host but valid only from 2090.
	ForgeryNotYetValid Forgery = "not-yet-valid"
	// ForgeryOtherHost is the genuine, valid certificate of another host (the attacker's own
	// server, attacker.example unless another host is named).
	ForgeryOtherHost Forgery = "other-host"
)

// Forgeries lists every forgery, in a fixed order.
func Forgeries() []Forgery {
	return []Forgery{ForgerySelfSigned, ForgeryUntrustedCA, ForgeryWrongHost, ForgeryExpired, ForgeryNotYetValid, ForgeryOtherHost}
}

// ParseForgery checks a forgery name.
func ParseForgery(s string) (Forgery, error) {
	for _, f := range Forgeries() {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, 0, 6)
	for _, f := range Forgeries() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("netsim: unknown forgery %q (known: %s)", s, strings.Join(names, ", "))
}

// DefaultOtherHost is the host whose genuine certificate ForgeryOtherHost presents by default.
const DefaultOtherHost = "attacker.example"

// detSigner signs deterministically (RFC 6979) whatever randomness it is handed.
type detSigner struct{ key *ecdsa.PrivateKey }

func (s detSigner) Public() crypto.PublicKey { return &s.key.PublicKey }

func (s detSigner) Sign(_ io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return s.key.Sign(nil, digest, opts)
}

// handshakeSigner signs TLS handshakes. Go 1.26 always draws ephemeral key shares from the
// system's randomness (custom Rand readers are ignored), so handshake transcripts, and the
// signatures over them, differ from run to run. What a device can observe is kept
// deterministic anyway: plaintext, record sizes and so byte counts. ECDSA signatures vary in
// DER length (70 to 72 bytes), so this signer retries until the signature is 71 bytes long.
type handshakeSigner struct{ key *ecdsa.PrivateKey }

func (s handshakeSigner) Public() crypto.PublicKey { return &s.key.PublicKey }

func (s handshakeSigner) Sign(_ io.Reader, digest []byte, _ crypto.SignerOpts) ([]byte, error) {
	for i := 0; ; i++ {
		sig, err := ecdsa.SignASN1(rand.Reader, s.key, digest)
		if err != nil {
			return nil, err
		}
		if len(sig) == 71 || i == 1000 {
			return sig, nil
		}
	}
}

// deriveKey derives a P-256 key from a label.
func deriveKey(label string) *ecdsa.PrivateKey {
	n := elliptic.P256().Params().N
	for ctr := uint32(0); ; ctr++ {
		m := hmac.New(sha256.New, []byte(caSeed))
		m.Write([]byte(label))
		var c [4]byte
		binary.BigEndian.PutUint32(c[:], ctr)
		m.Write(c[:])
		d := m.Sum(nil)
		if x := new(big.Int).SetBytes(d); x.Sign() == 0 || x.Cmp(n) >= 0 {
			continue
		}
		k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), d)
		if err != nil {
			continue
		}
		return k
	}
}

func serialFor(label string) *big.Int {
	h := sha256.Sum256([]byte("serial:" + label))
	h[0] &= 0x7f
	return new(big.Int).SetBytes(h[:16])
}

type issuer struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

type authority struct {
	ca       issuer
	evilCA   issuer
	mu       sync.Mutex
	cache    map[string]*tls.Certificate
	pool     *x509.CertPool
	caDER    []byte
	initErr  error
	initOnce sync.Once
}

var theCA authority

func makeCA(name, label string) (issuer, []byte, error) {
	key := deriveKey(label)
	tmpl := &x509.Certificate{
		SerialNumber:          serialFor(label),
		Subject:               pkix.Name{CommonName: name, Organization: []string{"ota-emu"}},
		NotBefore:             caValidFrom,
		NotAfter:              caValidUntil,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
		SubjectKeyId:          keyID(&key.PublicKey),
	}
	der, err := x509.CreateCertificate(zeroReader{}, tmpl, tmpl, &key.PublicKey, detSigner{key})
	if err != nil {
		return issuer{}, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return issuer{}, nil, err
	}
	return issuer{cert: cert, key: key}, der, nil
}

func keyID(pub *ecdsa.PublicKey) []byte {
	b, _ := x509.MarshalPKIXPublicKey(pub)
	h := sha256.Sum256(b)
	return h[:20]
}

// zeroReader is handed to crypto APIs that want randomness we do not use (signatures are
// deterministic and serial numbers are given).
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func (a *authority) init() error {
	a.initOnce.Do(func() {
		var err error
		a.ca, a.caDER, err = makeCA("ota-emu netsim CA", "ca")
		if err != nil {
			a.initErr = fmt.Errorf("netsim: make CA: %w", err)
			return
		}
		a.evilCA, _, err = makeCA("Totally Trusted Root CA", "evil-ca")
		if err != nil {
			a.initErr = fmt.Errorf("netsim: make attacker CA: %w", err)
			return
		}
		a.pool = x509.NewCertPool()
		a.pool.AddCert(a.ca.cert)
		a.cache = map[string]*tls.Certificate{}
	})
	return a.initErr
}

// leaf issues (and caches) a leaf certificate.
func (a *authority) leaf(kind, host string, names []string, from, until time.Time, by *issuer) (*tls.Certificate, error) {
	if err := a.init(); err != nil {
		return nil, err
	}
	label := kind + ":" + host
	a.mu.Lock()
	defer a.mu.Unlock()
	if c, ok := a.cache[label]; ok {
		return c, nil
	}
	key := deriveKey("key:" + label)
	tmpl := &x509.Certificate{
		SerialNumber:          serialFor(label),
		Subject:               pkix.Name{CommonName: names[0]},
		DNSNames:              names,
		NotBefore:             from,
		NotAfter:              until,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		SubjectKeyId:          keyID(&key.PublicKey),
	}
	parent, signer := tmpl, crypto.Signer(detSigner{key})
	if by != nil {
		parent, signer = by.cert, detSigner{by.key}
	}
	der, err := x509.CreateCertificate(zeroReader{}, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		return nil, fmt.Errorf("netsim: issue %s certificate for %s: %w", kind, host, err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("netsim: parse %s certificate for %s: %w", kind, host, err)
	}
	c := &tls.Certificate{Certificate: [][]byte{der}, PrivateKey: handshakeSigner{key}, Leaf: leaf}
	a.cache[label] = c
	return c, nil
}

// CACertificateDER returns the netsim CA certificate in DER form. It is the same on every run.
func CACertificateDER() []byte {
	if err := theCA.init(); err != nil {
		return nil
	}
	return append([]byte(nil), theCA.caDER...)
}

// CACertificatePEM returns the netsim CA certificate in PEM form (what `ota-emu ca` prints).
func CACertificatePEM() []byte {
	der := CACertificateDER()
	if der == nil {
		return nil
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// CAPool returns a certificate pool holding only the netsim CA, for verifying clients.
func CAPool() *x509.CertPool {
	if err := theCA.init(); err != nil {
		return x509.NewCertPool()
	}
	return theCA.pool.Clone()
}

// HostCertificate returns the genuine certificate of a virtual host, issued by the netsim CA.
func HostCertificate(host string) (*tls.Certificate, error) {
	if err := theCA.init(); err != nil {
		return nil, err
	}
	host = strings.ToLower(host)
	return theCA.leaf("host", host, []string{host}, hostValidFrom, hostValidTill, &theCA.ca)
}

// ForgedCertificate returns the certificate a man in the middle presents for host. For
// ForgeryOtherHost, other names the host whose genuine certificate is used (empty means
// DefaultOtherHost).
func ForgedCertificate(f Forgery, host, other string) (*tls.Certificate, error) {
	if err := theCA.init(); err != nil {
		return nil, err
	}
	host = strings.ToLower(host)
	switch f {
	case ForgerySelfSigned:
		return theCA.leaf(string(f), host, []string{host}, hostValidFrom, hostValidTill, nil)
	case ForgeryUntrustedCA:
		return theCA.leaf(string(f), host, []string{host}, hostValidFrom, hostValidTill, &theCA.evilCA)
	case ForgeryWrongHost:
		return theCA.leaf(string(f), host, []string{"evil.invalid"}, hostValidFrom, hostValidTill, &theCA.ca)
	case ForgeryExpired:
		return theCA.leaf(string(f), host, []string{host},
			time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), &theCA.ca)
	case ForgeryNotYetValid:
		return theCA.leaf(string(f), host, []string{host},
			time.Date(2090, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), &theCA.ca)
	case ForgeryOtherHost:
		if other == "" {
			other = DefaultOtherHost
		}
		return HostCertificate(other)
	}
	return nil, fmt.Errorf("netsim: unknown forgery %q", f)
}

// MbedTLSVerifyMessage returns the text mbedTLS (and so MicroPython's ValueError) gives for a
// certificate verification failure reported by crypto/tls, or "" if err is not one.
func MbedTLSVerifyMessage(err error) string {
	var host x509.HostnameError
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	switch {
	case errors.As(err, &host):
		return "\nThe certificate Common Name (CN) does not match with the expected CN\n"
	case errors.As(err, &unknown):
		return "\nThe certificate is not correctly signed by the trusted CA\n"
	case errors.As(err, &invalid):
		if invalid.Reason == x509.Expired {
			if strings.Contains(invalid.Detail, "before") {
				return "\nThe certificate validity starts in the future\n"
			}
			return "\nThe certificate validity has expired\n"
		}
		return "\nThe certificate is not correctly signed by the trusted CA\n"
	}
	return ""
}
