package main

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/spf13/cobra"
)

func init() {
	subcommands = append(subcommands, releaseCommand)
}

// releaseOptions are the flags of `ota-emu release`.
type releaseOptions struct {
	version     string
	key         string
	keyFile     string
	p256Key     string
	previous    string
	out         string
	force       bool
	githubRepo  string
	at          string
	expires     string
	serial      int64
	versionFile string
}

func releaseCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o releaseOptions
	cmd := &cobra.Command{
		Use:   "release APPDIR --version V --out DIR",
		Short: "Make a release of an application directory in every updater format, served by `ota-emu serve`",
		Long: "release reads APPDIR (a device tree: main.py, lib/...; hidden files and __pycache__\n" +
			"skipped, as `ota-emu run` does) and writes into --out one release directory that the\n" +
			"public MicroPython updaters can all read:\n" +
			"  latest, firmware.tar.gz   uOTA (github.com/mkomon/uota): version;file;kB;sha256 and a\n" +
			"                            deterministic gzipped ustar archive\n" +
			"  manifest.json[.sig]       ota-emu's manifest (pylib), HMAC-SHA256 signed with --key\n" +
			"  versions.json             SaguarOTA (github.com/cactuscon/saguarota), signed with --key\n" +
			"  files/PATH                the tree, file by file (manifest.json and versions.json)\n" +
			"With --github-repo DIR the release also becomes a tagged commit of the git repository\n" +
			"DIR with its release assets, for `--github OWNER/REPO=DIR`. The same input always\n" +
			"gives the same bytes. APPDIR is never modified. The formats are documented in\n" +
			"netsim/release/README.md.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRelease(args[0], &o, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.version, "version", "", "the release's version (required; no ';', no control characters)")
	f.StringVar(&o.key, "key", "", "HMAC-SHA256 key signing manifest.json and versions.json")
	f.StringVar(&o.keyFile, "key-file", "", "read the signing key from this file (one trailing newline dropped)")
	f.StringVar(&o.p256Key, "p256-key", "", "also sign manifest.json with this ECDSA P-256 private key (PEM; e.g. `openssl ecparam -name prime256v1 -genkey -noout -out key.pem`): manifest.json.p256, checked on the device with the public key alone")
	f.StringVar(&o.previous, "previous", "", "the previous release's application directory: its files the new tree lacks become the manifest's deletes")
	f.StringVar(&o.out, "out", "", "the release directory to write (required; must be empty or missing unless --force)")
	f.BoolVar(&o.force, "force", false, "write into a non-empty --out, replacing the release files there")
	f.StringVar(&o.githubRepo, "github-repo", "", "also commit and tag the release in this local git repository (created if missing), with its release assets")
	f.StringVar(&o.at, "time", "", "release time (RFC 3339 or Unix seconds): archive mtimes, git dates (default: the Unix epoch)")
	f.StringVar(&o.expires, "expires", "", "expiry written to manifest.json (RFC 3339 or Unix seconds)")
	f.Int64Var(&o.serial, "serial", 0, "versions.json's integer version (default: from --version MAJOR[.MINOR[.PATCH]])")
	f.StringVar(&o.versionFile, "version-file", release.DefaultVersionF, "top-level file holding the version, added to the tree if missing (uOTA reads it); '-' for none")
	return cmd
}

// parseReleaseTime reads RFC 3339 or Unix seconds.
func parseReleaseTime(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0).UTC(), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--%s %q: want RFC 3339 (2026-01-02T15:04:05Z) or Unix seconds", flag, s)
	}
	return t.UTC(), nil
}

// realPath resolves p as far as it exists (symbolic links included), for overlap checks.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for cur := abs; ; {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// overlaps reports whether one of the directories contains the other.
func overlaps(a, b string) bool {
	ra, rb := realPath(a), realPath(b)
	within := func(x, y string) bool {
		rel, err := filepath.Rel(y, x)
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	return within(ra, rb) || within(rb, ra)
}

func runRelease(appDir string, o *releaseOptions, stdout, stderr io.Writer) error {
	if o.version == "" {
		return usageError{errors.New("release: --version is required")}
	}
	if o.out == "" {
		return usageError{errors.New("release: --out is required")}
	}
	if o.key != "" && o.keyFile != "" {
		return usageError{errors.New("release: give --key or --key-file, not both")}
	}
	st, err := os.Stat(appDir)
	if err != nil || !st.IsDir() {
		return usageError{fmt.Errorf("release: APPDIR %s is not a directory", appDir)}
	}
	if overlaps(appDir, o.out) {
		return usageError{fmt.Errorf("release: --out %s and APPDIR %s overlap: the application directory is never written to", o.out, appDir)}
	}
	if o.githubRepo != "" && overlaps(appDir, o.githubRepo) {
		return usageError{fmt.Errorf("release: --github-repo %s and APPDIR %s overlap", o.githubRepo, appDir)}
	}
	if o.githubRepo != "" && overlaps(o.out, o.githubRepo) {
		return usageError{fmt.Errorf("release: --github-repo %s and --out %s overlap", o.githubRepo, o.out)}
	}
	if entries, err := os.ReadDir(o.out); err == nil && len(entries) > 0 && !o.force {
		return usageError{fmt.Errorf("release: --out %s is not empty (add --force to replace the release files in it)", o.out)}
	} else if err != nil && !os.IsNotExist(err) {
		return usageError{fmt.Errorf("release: --out %s: %w", o.out, err)}
	}
	opts := release.Options{Version: o.version, Previous: o.previous, Serial: o.serial, VersionFile: o.versionFile}
	if o.serial < 0 {
		return usageError{fmt.Errorf("release: --serial %d: want a positive integer", o.serial)}
	}
	if opts.Time, err = parseReleaseTime("time", o.at); err != nil {
		return usageError{err}
	}
	if opts.Expires, err = parseReleaseTime("expires", o.expires); err != nil {
		return usageError{err}
	}
	switch {
	case o.keyFile != "":
		k, err := os.ReadFile(o.keyFile)
		if err != nil {
			return usageError{fmt.Errorf("release: --key-file: %w", err)}
		}
		k = []byte(strings.TrimSuffix(strings.TrimSuffix(string(k), "\n"), "\r"))
		if len(k) == 0 {
			return usageError{fmt.Errorf("release: --key-file %s is empty", o.keyFile)}
		}
		opts.Key = k
	case o.key != "":
		opts.Key = []byte(o.key)
	}
	if o.previous != "" {
		if st, err := os.Stat(o.previous); err != nil || !st.IsDir() {
			return usageError{fmt.Errorf("release: --previous %s is not a directory", o.previous)}
		}
	}
	if o.p256Key != "" {
		k, err := readP256Key(o.p256Key)
		if err != nil {
			return usageError{err}
		}
		opts.P256Key = k
	}
	r, err := release.Build(appDir, opts)
	if err != nil {
		return usageError{err}
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(stderr, "ota-emu: release: skipped %s\n", s)
	}
	if err := r.Write(o.out); err != nil {
		return err
	}
	signed := "unsigned"
	if r.Signature != nil {
		signed = "signed"
	}
	fmt.Fprintf(stdout, "release %s (versions.json serial %d, %s): %d files, %d bytes; %s %d bytes\n",
		r.Version, r.Serial, signed, len(r.Files), r.TotalSize(), release.ArchiveName, len(r.Archive))
	if len(r.Deletes) > 0 {
		fmt.Fprintf(stdout, "deletes: %s\n", strings.Join(r.Deletes, " "))
	}
	sig := ""
	if r.Signature != nil {
		sig = ", " + release.SignatureName
	}
	if r.P256 != nil {
		sig += ", " + release.P256Name
		pub, err := release.P256PublicHex(&opts.P256Key.PublicKey)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "P-256 public key (pylib's \"pubkey\"): %s\n", pub)
	}
	fmt.Fprintf(stdout, "wrote %s: %s, %s, %s%s, %s, %s/\n", o.out, release.LatestName, release.ArchiveName,
		release.ManifestName, sig, release.VersionsName, release.FilesDir)
	if o.githubRepo != "" {
		if err := r.WriteGitHubRepo(o.githubRepo); err != nil {
			return usageError{err}
		}
		fmt.Fprintf(stdout, "tagged %s in %s (serve it with --github OWNER/REPO=%s)\n", r.Version, o.githubRepo, o.githubRepo)
	}
	fmt.Fprintf(stdout, "serve it: ota-emu serve %s\n", o.out)
	return nil
}

// readP256Key reads an ECDSA P-256 private key from a PEM file (SEC 1 "EC PRIVATE KEY" or
// PKCS #8 "PRIVATE KEY").
func readP256Key(file string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("release: --p256-key: %w", err)
	}
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return nil, fmt.Errorf("release: --p256-key %s: no EC PRIVATE KEY or PRIVATE KEY block", file)
		}
		switch b.Type {
		case "EC PRIVATE KEY":
			k, err := x509.ParseECPrivateKey(b.Bytes)
			if err != nil {
				return nil, fmt.Errorf("release: --p256-key %s: %w", file, err)
			}
			return k, nil
		case "PRIVATE KEY":
			k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
			if err != nil {
				return nil, fmt.Errorf("release: --p256-key %s: %w", file, err)
			}
			ek, ok := k.(*ecdsa.PrivateKey)
			if !ok {
				return nil, fmt.Errorf("release: --p256-key %s: not an ECDSA key", file)
			}
			return ek, nil
		}
	}
}
