package release

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// AssetsDir is the directory of a git repository holding each tag's release assets, as
// netsim's GitHub emulator reads them (ASSETS/TAG/NAME).
const AssetsDir = ".release-assets"

// GitIdent is the author, committer and tagger of the commits and tags WriteGitHubRepo makes.
const GitIdent = "ota-emu <ota-emu@localhost>"

// AssetNames are the files WriteGitHubRepo puts in .release-assets/VERSION/ (manifest.json.sig
// and manifest.json.p256 only for a release signed that way).
var AssetNames = []string{ArchiveName, LatestName, ManifestName, SignatureName, P256Name}

// WriteGitHubRepo records the release in the local git repository dir, the form netsim's GitHub
// emulator (ota-emu --github OWNER/REPO=DIR) serves: the release tree becomes the next commit
// of the checked-out branch (files of the previous commit that the tree lacks are removed),
// tagged VERSION with an annotated tag, and the archive, latest and manifest files become the
// tag's release assets in dir/.release-assets/VERSION/ (kept out of the commits by
// .git/info/exclude). dir is created and initialised (branch main) when missing or empty. The
// author, committer and tagger are GitIdent at the release time (UTC), and every git
// configuration file is ignored, so the same releases give the same commit and tag SHAs.
//
// It refuses a directory that is neither empty nor a git work tree, a work tree with
// uncommitted changes, a version that is not a valid tag name, and a tag that already exists.
func (r *Release) WriteGitHubRepo(dir string) (err error) {
	if _, err := exec.LookPath("git"); err != nil {
		return errors.New("release: a GitHub-style repository needs the git binary on PATH")
	}
	if _, err := r.git("", "check-ref-format", "refs/tags/"+r.Version); err != nil {
		return fmt.Errorf("release: version %q is not a valid git tag name", r.Version)
	}
	fresh := false
	st, err := os.Stat(dir)
	switch {
	case os.IsNotExist(err):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("release: create %s: %w", dir, err)
		}
		fresh = true
	case err != nil:
		return fmt.Errorf("release: %s: %w", dir, err)
	case !st.IsDir():
		return fmt.Errorf("release: %s is not a directory", dir)
	default:
		if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
			entries, rerr := os.ReadDir(dir)
			if rerr != nil {
				return fmt.Errorf("release: %s: %w", dir, rerr)
			}
			if len(entries) > 0 {
				return fmt.Errorf("release: %s is neither empty nor a git work tree (no .git): choose another --github-repo directory", dir)
			}
			fresh = true
		}
	}
	if fresh {
		if _, err := r.git(dir, "init", "-q", "-b", "main"); err != nil {
			return err
		}
	}
	if err := excludeAssets(r, dir); err != nil {
		return err
	}
	if _, err := r.git(dir, "rev-parse", "-q", "--verify", "refs/tags/"+r.Version); err == nil {
		return fmt.Errorf("release: %s already has a tag %s: choose a new version", dir, r.Version)
	}
	status, err := r.git(dir, "status", "--porcelain", "--untracked-files=all")
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(status)) > 0 {
		return fmt.Errorf("release: %s has uncommitted changes: commit or remove them first:\n%s", dir, status)
	}
	// From here on a failure puts the work tree and index back to the last commit.
	if _, herr := r.git(dir, "rev-parse", "-q", "--verify", "HEAD^{commit}"); herr == nil {
		defer func() {
			if err != nil {
				if _, rerr := r.git(dir, "read-tree", "-u", "--reset", "HEAD"); rerr != nil {
					err = fmt.Errorf("%w (and restoring the work tree failed: %v)", err, rerr)
				}
			}
		}()
	}
	if _, err := r.git(dir, "rm", "-r", "-q", "--ignore-unmatch", "--", "."); err != nil {
		return err
	}
	for _, f := range r.Files {
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(f.Path)), f.Data); err != nil {
			return err
		}
	}
	if _, err := r.git(dir, "add", "-A", "--", "."); err != nil {
		return err
	}
	// Whatever ignore rules the repository holds, the index must be exactly the tree.
	listed, err := r.git(dir, "ls-files", "-z")
	if err != nil {
		return err
	}
	var want []string
	for _, f := range r.Files {
		want = append(want, f.Path)
	}
	got := strings.Split(strings.TrimSuffix(string(listed), "\x00"), "\x00")
	sort.Strings(got)
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
		return fmt.Errorf("release: %s: git did not stage exactly the release tree (ignore rules in the repository?): staged %q", dir, got)
	}
	msg := "Release " + r.Version
	if _, err := r.git(dir, "commit", "-q", "--allow-empty", "--no-verify", "-m", msg); err != nil {
		return err
	}
	if _, err := r.git(dir, "tag", "-a", r.Version, "-m", msg); err != nil {
		return err
	}
	adir := filepath.Join(dir, AssetsDir, filepath.FromSlash(r.Version))
	if err := os.RemoveAll(adir); err != nil {
		return fmt.Errorf("release: clear %s: %w", adir, err)
	}
	assets := map[string][]byte{ArchiveName: r.Archive, LatestName: r.Latest, ManifestName: r.Manifest, SignatureName: r.Signature, P256Name: r.P256}
	for _, n := range AssetNames {
		if assets[n] == nil {
			continue
		}
		if err := writeFile(filepath.Join(adir, n), assets[n]); err != nil {
			return err
		}
	}
	return nil
}

// excludeAssets keeps .release-assets out of the commits through the repository's
// info/exclude file.
func excludeAssets(r *Release, dir string) error {
	out, err := r.git(dir, "rev-parse", "--git-path", "info/exclude")
	if err != nil {
		return err
	}
	p := strings.TrimSpace(string(out))
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	line := "/" + AssetsDir + "/"
	old, err := os.ReadFile(p)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("release: read %s: %w", p, err)
	}
	for _, l := range strings.Split(string(old), "\n") {
		if strings.TrimSpace(l) == line {
			return nil
		}
	}
	if len(old) > 0 && !bytes.HasSuffix(old, []byte("\n")) {
		old = append(old, '\n')
	}
	return writeFile(p, append(old, line+"\n"...))
}

// git runs the git binary in dir (no -C when dir is empty) with the fixed identity and date,
// no configuration files, no hooks, no signing and no line-ending conversion.
func (r *Release) git(dir string, args ...string) ([]byte, error) {
	pre := []string{"-c", "core.hooksPath=/dev/null", "-c", "commit.gpgSign=false", "-c", "tag.gpgSign=false",
		"-c", "core.autocrlf=false", "-c", "core.excludesFile=/dev/null",
		"-c", "core.attributesFile=/dev/null", "-c", "core.fileMode=false", "-c", "safe.directory=*"}
	if dir != "" {
		pre = append(pre, "-C", dir)
	}
	cmd := exec.Command("git", append(pre, args...)...)
	date := "@" + strconv.FormatInt(r.Time.Unix(), 10) + " +0000"
	name, email, _ := strings.Cut(strings.TrimSuffix(GitIdent, ">"), " <")
	var env []string
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "GIT_") {
			env = append(env, e)
		}
	}
	cmd.Env = append(env, "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_TERMINAL_PROMPT=0", "LC_ALL=C",
		"GIT_AUTHOR_NAME="+name, "GIT_AUTHOR_EMAIL="+email, "GIT_AUTHOR_DATE="+date,
		"GIT_COMMITTER_NAME="+name, "GIT_COMMITTER_EMAIL="+email, "GIT_COMMITTER_DATE="+date)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("release: git %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
