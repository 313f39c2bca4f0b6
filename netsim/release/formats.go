package release

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// ManifestFormat is the value of manifest.json's "format" field.
const ManifestFormat = 1

// latest returns uOTA's latest file: version;file;kB;sha256 and a newline.
func latest(r *Release) []byte {
	sum := sha256.Sum256(r.Archive)
	return fmt.Appendf(nil, "%s;%s;%d;%s\n", r.Version, ArchiveName, r.FreeKB(), hex.EncodeToString(sum[:]))
}

// --- canonical JSON (manifest.json) ---

// jobj is a JSON object; canonical output sorts its keys by byte order.
type jobj map[string]any

// canonical appends v in the canonical form of README.md: no white space, object keys sorted
// by their UTF-8 bytes, integers in decimal, strings with only '"', '\' and U+0000-U+001F
// escaped (as \", \\ and \u00xx), every other character as raw UTF-8.
func canonical(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return canonString(b, x)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = canonical(b, e)
		}
		return append(b, ']')
	case jobj:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = canonString(b, k)
			b = append(b, ':')
			b = canonical(b, x[k])
		}
		return append(b, '}')
	}
	panic(fmt.Sprintf("release: canonical JSON of %T", v))
}

func canonString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = fmt.Appendf(b, "\\u%04x", c)
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// manifest returns manifest.json (canonical JSON, no trailing newline).
func manifest(r *Release, expires time.Time) []byte {
	files := make([]any, len(r.Files))
	for i, f := range r.Files {
		files[i] = jobj{"path": f.Path, "size": int64(len(f.Data)), "sha256": f.SHA256()}
	}
	dels := make([]any, len(r.Deletes))
	for i, d := range r.Deletes {
		dels[i] = d
	}
	asum := sha256.Sum256(r.Archive)
	m := jobj{
		"format":  ManifestFormat,
		"version": r.Version,
		"files":   files,
		"deletes": dels,
		"archive": jobj{"path": ArchiveName, "size": int64(len(r.Archive)), "sha256": hex.EncodeToString(asum[:])},
	}
	if !expires.IsZero() {
		m["expires"] = expires.UTC().Format("2006-01-02T15:04:05Z")
	}
	return canonical(nil, m)
}

// SignP256 signs data with ECDSA P-256 over SHA-256, deterministically (RFC 6979), and returns
// r and s as 64 bytes of lower-case hex: what manifest.json.p256 holds.
func SignP256(key *ecdsa.PrivateKey, data []byte) (string, error) {
	if key.Curve != elliptic.P256() {
		return "", errors.New("release: the ECDSA key is not on P-256")
	}
	h := sha256.Sum256(data)
	der, err := key.Sign(nil, h[:], crypto.SHA256) // nil rand: RFC 6979
	if err != nil {
		return "", fmt.Errorf("release: sign with P-256: %w", err)
	}
	var sig struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &sig); err != nil {
		return "", fmt.Errorf("release: P-256 signature: %w", err)
	}
	out := make([]byte, 64)
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:])
	return hex.EncodeToString(out), nil
}

// P256PublicHex is a P-256 public key as pylib's config takes it ("pubkey"): the hex of X and
// Y, 32 bytes each.
func P256PublicHex(key *ecdsa.PublicKey) (string, error) {
	b, err := key.Bytes() // 0x04 || X || Y
	if err != nil || len(b) != 65 {
		return "", fmt.Errorf("release: not a P-256 public key: %v", err)
	}
	return hex.EncodeToString(b[1:]), nil
}

// Sign returns HMAC-SHA256(key, data) in lower-case hex: manifest.json.sig holds
// Sign(key, bytes of manifest.json) and a newline.
func Sign(key, data []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return hex.EncodeToString(m.Sum(nil))
}

// --- SaguarOTA versions.json ---

// SaguarPayload is the text SaguarOTA signs: "v=SERIAL", then for each file sorted by path a
// line "PATH\tSERIAL\tMD5", joined by "\n" (no trailing newline), UTF-8.
func SaguarPayload(r *Release) []byte {
	lines := []string{"v=" + strconv.FormatInt(r.Serial, 10)}
	for _, f := range r.Files { // already sorted by path
		lines = append(lines, f.Path+"\t"+strconv.FormatInt(r.Serial, 10)+"\t"+f.MD5())
	}
	return []byte(strings.Join(lines, "\n"))
}

// versionsJSON returns versions.json as SaguarOTA's builder writes it (Python's json.dumps with
// indent=2: ", "-free item separators, ": " after keys, non-ASCII as \uXXXX), then a newline.
func versionsJSON(r *Release, key []byte) []byte {
	var b strings.Builder
	serial := strconv.FormatInt(r.Serial, 10)
	b.WriteString("{\n  \"version\": " + serial + ",\n  \"files\": [")
	for i, f := range r.Files {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    {\n      \"path\": " + pyString(f.Path) + ",\n      \"version\": " + serial +
			",\n      \"md5\": \"" + f.MD5() + "\"\n    }")
	}
	if len(r.Files) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]")
	if key != nil {
		b.WriteString(",\n  \"signature\": \"" + Sign(key, SaguarPayload(r)) + "\"")
	}
	b.WriteString("\n}\n")
	return []byte(b.String())
}

// pyString quotes s as Python's json.dumps does with ensure_ascii.
func pyString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c < 0x20 || (c >= 0x7f && c < 0x10000):
			fmt.Fprintf(&b, `\u%04x`, c)
		case c >= 0x10000:
			r1, r2 := utf16.EncodeRune(c)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
