package release

import (
	"fmt"
	"os"
	"path/filepath"
)

// OutputNames are the top-level names Write owns in a release directory.
var OutputNames = []string{LatestName, ArchiveName, ManifestName, SignatureName, P256Name, VersionsName, FilesDir}

// Write writes the release directory (see README.md): latest, firmware.tar.gz, manifest.json,
// manifest.json.sig (signed releases only), versions.json and files/PATH for every file of the
// tree. outDir is created if needed; the names Write owns are replaced (files/ entirely), and
// any other entry of outDir is left alone.
func (r *Release) Write(outDir string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("release: create %s: %w", outDir, err)
	}
	for _, n := range OutputNames {
		if err := os.RemoveAll(filepath.Join(outDir, n)); err != nil {
			return fmt.Errorf("release: clear %s: %w", filepath.Join(outDir, n), err)
		}
	}
	top := map[string][]byte{LatestName: r.Latest, ArchiveName: r.Archive, ManifestName: r.Manifest, VersionsName: r.Versions}
	if r.P256 != nil {
		top[P256Name] = r.P256
	}
	if r.Signature != nil {
		top[SignatureName] = r.Signature
	}
	for _, n := range OutputNames {
		if data, ok := top[n]; ok {
			if err := writeFile(filepath.Join(outDir, n), data); err != nil {
				return err
			}
		}
	}
	for _, f := range r.Files {
		if err := writeFile(filepath.Join(outDir, FilesDir, filepath.FromSlash(f.Path)), f.Data); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("release: create %s: %w", filepath.Dir(p), err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("release: write %s: %w", p, err)
	}
	return nil
}
