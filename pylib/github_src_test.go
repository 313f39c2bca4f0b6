package pylib_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/netsim/release"
	"github.com/ota-emu/ota-emu/vfs"
)

const (
	ghOwner = "acme"
	ghRepo  = "widget"
	ghToken = "ghp_testtoken"
	ghKey   = "github key"
)

// ghRelease2 records releases 1.0 and 2.0 of the default app in a new git repository (2.0
// an hour after 1.0) and returns its directory and release 2.0.
func ghRelease2(t *testing.T, opts release.Options, edit func(app map[string]string)) (string, *release.Release) {
	t.Helper()
	dir := t.TempDir()
	t0 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	o1 := opts
	o1.Version, o1.Time = "1.0", t0
	r1, err := release.Build(WriteApp(t, DefaultApp("1.0")), o1)
	require.NoError(t, err)
	require.NoError(t, r1.WriteGitHubRepo(dir))
	app := newApp("2.0")
	if edit != nil {
		edit(app)
	}
	o2 := opts
	o2.Version, o2.Time, o2.Previous = "2.0", t0.Add(time.Hour), WriteApp(t, DefaultApp("1.0"))
	r2, err := release.Build(WriteApp(t, app), o2)
	require.NoError(t, err)
	require.NoError(t, r2.WriteGitHubRepo(dir))
	return dir, r2
}

type ghWorldOpts struct {
	model  vfs.Model
	board  string
	heap   int
	fsSize int64
	faults []NetFault
	cfg    map[string]any
	gh     netsim.GitHubOptions
	relOpt release.Options
	edit   func(app map[string]string)
	// wrap, if set, wraps the GitHub API host's handler (tampering)
	wrap func(host string, h http.Handler) http.Handler
}

// ghWorld is a device over TLS (netsim CA, NTP) with the GitHub emulator serving acme/widget.
func ghWorld(t *testing.T, o ghWorldOpts) (*World, *release.Release) {
	t.Helper()
	dir, rel := ghRelease2(t, o.relOpt, o.edit)
	cfg := map[string]any{"github": ghOwner + "/" + ghRepo, "url": nil}
	for k, v := range o.cfg {
		cfg[k] = v
	}
	w := NewWorld(t, WorldOptions{Model: o.model, Board: o.board, Heap: o.heap, FSSize: o.fsSize, Source: "github", TLS: true, Config: cfg, Faults: o.faults})
	gh := netsim.NewGitHub(o.gh)
	require.NoError(t, gh.AddRepo(ghOwner, ghRepo, dir))
	withGitHub := func(inner func(*netsim.Clock, uint64) (*netsim.Network, error)) func(*netsim.Clock, uint64) (*netsim.Network, error) {
		return func(c *netsim.Clock, seed uint64) (*netsim.Network, error) {
			n, err := inner(c, seed)
			if err != nil {
				return nil, err
			}
			g := gh.Clone()
			if o.wrap == nil {
				err = n.AddGitHub(g)
			} else {
				err = addWrappedGitHub(n, g, o.wrap)
			}
			if err != nil {
				n.Close()
				return nil, fmt.Errorf("github: %w", err)
			}
			return n, nil
		}
	}
	w.Scenario.Network = withGitHub(w.Scenario.Network)
	w.Scenario.Recovery = withGitHub(w.Scenario.Recovery)
	return w, rel
}

// addWrappedGitHub serves g on n as AddGitHub does, each host's handler wrapped.
func addWrappedGitHub(n *netsim.Network, g *netsim.GitHub, wrap func(string, http.Handler) http.Handler) error {
	// AddGitHub puts g on the network's virtual server time: do that on a scratch network of
	// the same clock and epoch, then serve the wrapped handlers here
	scratch := netsim.New(n.Clock(), netsim.Config{Seed: n.Seed()})
	defer scratch.Close()
	if err := scratch.AddGitHub(g); err != nil {
		return err
	}
	for _, h := range []string{netsim.GitHubAPIHost, netsim.GitHubRawHost, netsim.GitHubWebHost, netsim.GitHubObjectsHost} {
		hh := wrap(h, g.Handler(h))
		if _, err := n.AddHost(h, netsim.HostHandlers{HTTP: hh, HTTPS: hh}); err != nil {
			return err
		}
	}
	return nil
}

func uris(r *emulator.Run) []string {
	var out []string
	for _, q := range r.Requests {
		if q.Host != Host && q.Host != "pool.ntp.org" {
			out = append(out, q.Host+q.URI)
		}
	}
	return out
}

func TestGitHubReleaseManifest(t *testing.T) {
	w, rel := ghWorld(t, ghWorldOpts{relOpt: release.Options{Key: []byte(ghKey)}, cfg: map[string]any{"key": ghKey}})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Equal(t, "2.0", v.Version)
	reqs := uris(r)
	require.GreaterOrEqual(t, len(reqs), 5, "%v", reqs)
	assert.Equal(t, []string{
		"api.github.com/repos/acme/widget/releases/latest",
		"github.com/acme/widget/releases/download/2.0/manifest.json",
		"objects.githubusercontent.com" + reqs[2][len("objects.githubusercontent.com"):],
		"github.com/acme/widget/releases/download/2.0/manifest.json.sig",
	}, reqs[:4])
	assert.Contains(t, reqs, "raw.githubusercontent.com/acme/widget/2.0/lib/util.py")
	for _, q := range r.Requests {
		assert.NotEmpty(t, q.Header.Get("User-Agent"), q.URI)
		assert.Empty(t, q.Header.Get("Authorization"), "no token configured")
	}
}

func TestGitHubReleaseUOTA(t *testing.T) {
	w, rel := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_format": "uota"}})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Contains(t, uris(r), "github.com/acme/widget/releases/download/2.0/firmware.tar.gz")
}

func TestGitHubBranchTip(t *testing.T) {
	w, rel := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main", "token": ghToken},
		gh: netsim.GitHubOptions{Tokens: []string{ghToken}, Private: true}})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	assert.Contains(t, string(r.Console), "version 20260501.110000 confirmed")
	reqs := uris(r)
	assert.Equal(t, "api.github.com/repos/acme/widget/git/ref/heads/main", reqs[0])
	for _, q := range r.Requests {
		switch q.Host {
		case netsim.GitHubAPIHost, netsim.GitHubRawHost:
			assert.Equal(t, "token "+ghToken, q.Header.Get("Authorization"), q.URI)
			assert.True(t, q.TLS)
		default:
			assert.Empty(t, q.Header.Get("Authorization"), q.Host+q.URI)
		}
	}
}

func TestGitHubTokenNeedsVerifiedTLS(t *testing.T) {
	// without a CA the client cannot verify the server: the token is never sent, and the
	// private repository stays invisible (404): the update fails, the device keeps 1.0
	w, _ := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main", "token": ghToken, "ca": nil},
		gh: netsim.GitHubOptions{Tokens: []string{ghToken}, Private: true}})
	r := w.Run(t)
	v := Verdict(w.Judge(nil, "old"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
	require.NotEmpty(t, uris(r))
	for _, q := range r.Requests {
		assert.Empty(t, q.Header.Get("Authorization"), q.Host+q.URI)
	}
}

func TestGitHubSweep(t *testing.T) {
	for _, model := range []vfs.Model{vfs.LittleFS, vfs.FAT} {
		for _, mode := range []string{"release", "branch"} {
			t.Run(model.String()+"/"+mode, func(t *testing.T) {
				cfg := map[string]any{}
				if mode == "branch" {
					cfg["github_branch"] = "main"
				}
				w, rel := ghWorld(t, ghWorldOpts{model: model, cfg: cfg})
				want := w.Expected(rel)
				s := w.Sweep(t, w.Judge(&want), emulator.SweepOptions{Inside: model == vfs.LittleFS, Depth2: 1})
				t.Logf("%s %s: %d cases (%d booted): %v", model, mode, s.Cases, s.Booted, s.Outcomes)
				assert.Empty(t, s.Failing)
				assert.Greater(t, s.Cases, 20)
			})
		}
	}
}

func TestGitHubRateLimit(t *testing.T) {
	// two API calls allowed per hour: the branch check needs three
	t.Run("reset too far: fails, no hammering", func(t *testing.T) {
		w, _ := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main"}, gh: netsim.GitHubOptions{AnonymousLimit: 2}})
		r := w.Run(t)
		v := Verdict(w.Judge(nil, "old"), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		assert.Contains(t, string(r.Console), "rate limit used up; resets in 3")
		assert.Equal(t, []string{
			"api.github.com/repos/acme/widget/git/ref/heads/main",
			"api.github.com/repos/acme/widget/git/commits/" + strings.TrimPrefix(uris(r)[1], "api.github.com/repos/acme/widget/git/commits/"),
			"api.github.com/repos/acme/widget/git/trees/" + strings.TrimPrefix(uris(r)[2], "api.github.com/repos/acme/widget/git/trees/"),
			"api.github.com/rate_limit",
		}, uris(r))
	})
	t.Run("waits for the reset on the device clock", func(t *testing.T) {
		w, rel := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main", "github_wait": 4000},
			gh: netsim.GitHubOptions{AnonymousLimit: 2}})
		w.Scenario.MaxTime = 3 * time.Hour
		want := w.Expected(rel)
		r := w.Run(t)
		v := Verdict(w.Judge(&want, "new"), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		assert.Contains(t, string(r.Console), "github rate limit: waiting")
		assert.Greater(t, r.Outcome.TimeUS, int64(3500*time.Second/time.Microsecond), "the device slept about an hour of virtual time")
	})
}

func TestGitHubTamperingRefused(t *testing.T) {
	t.Run("blob changed on raw", func(t *testing.T) {
		w, _ := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main"}, wrap: func(host string, h http.Handler) http.Handler {
			if host != netsim.GitHubRawHost {
				return h
			}
			return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
				if !strings.HasSuffix(r.URL.Path, "/lib/util.py") {
					h.ServeHTTP(rw, r)
					return
				}
				body := "V = '6.6'\n" // as long as V = '2.0'
				rw.Header().Set("Content-Length", fmt.Sprint(len(body)))
				_, _ = rw.Write([]byte(body))
			})
		}})
		refusedRun(t, w, "lib/util.py: git mismatch")
	})
	t.Run("tree lists a symlink", func(t *testing.T) {
		w, _ := ghWorld(t, ghWorldOpts{cfg: map[string]any{"github_branch": "main"}, wrap: func(host string, h http.Handler) http.Handler {
			if host != netsim.GitHubAPIHost {
				return h
			}
			return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.URL.Path, "/git/trees/") {
					h.ServeHTTP(rw, r)
					return
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, r)
				body := strings.Replace(rec.Body.String(), `"path":"boot.py","mode":"100644"`, `"path":"boot.py","mode":"120000"`, 1)
				require.NotEqual(t, rec.Body.String(), body)
				rw.Header().Set("Content-Length", fmt.Sprint(len(body)))
				_, _ = rw.Write([]byte(body))
			})
		}})
		refusedRun(t, w, "boot.py is not a regular file")
	})
	t.Run("manifest not matching its signature", func(t *testing.T) {
		w, _ := ghWorld(t, ghWorldOpts{relOpt: release.Options{Key: []byte(ghKey)}, cfg: map[string]any{"key": "another key"}})
		refusedRun(t, w, "manifest signature mismatch")
	})
}

// TestGitHubMITM puts a man in the middle of api.github.com with forged certificates: the
// check is refused, nothing reaches the impostor, the token goes nowhere. Without a CA the
// impostor gets the requests but still no token (it is sent only over verified TLS).
func TestGitHubMITM(t *testing.T) {
	cfg := map[string]any{"github_branch": "main", "token": ghToken}
	gh := netsim.GitHubOptions{Tokens: []string{ghToken}}
	for _, forgery := range []netsim.Forgery{netsim.ForgerySelfSigned, netsim.ForgeryWrongHost, netsim.ForgeryUntrustedCA} {
		t.Run(string(forgery), func(t *testing.T) {
			w, _ := ghWorld(t, ghWorldOpts{cfg: cfg, gh: gh,
				faults: []NetFault{{Fault: &netsim.MITM{Forgery: forgery}, Target: netsim.Target{Host: netsim.GitHubAPIHost}}}})
			r := w.Run(t)
			v := Verdict(w.Judge(nil, "old"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			assert.Contains(t, string(r.Console), "refused")
			assert.Empty(t, Impostor(r.Requests))
			for _, q := range r.Requests {
				assert.Empty(t, q.Header.Get("Authorization"), q.Host+q.URI)
			}
		})
	}
	t.Run("no CA", func(t *testing.T) {
		c := map[string]any{"ca": nil}
		for k, v := range cfg {
			c[k] = v
		}
		w, _ := ghWorld(t, ghWorldOpts{cfg: c, gh: gh,
			faults: []NetFault{{Fault: &netsim.MITM{Forgery: netsim.ForgerySelfSigned}, Target: netsim.Target{Host: netsim.GitHubAPIHost}}}})
		r := w.Run(t)
		imp := Impostor(r.Requests)
		require.NotEmpty(t, imp, "without a CA the impostor is reached")
		for _, q := range r.Requests {
			assert.Empty(t, q.Header.Get("Authorization"), q.Host+q.URI)
		}
	})
	t.Run("release assets get no token", func(t *testing.T) {
		w, rel := ghWorld(t, ghWorldOpts{cfg: map[string]any{"token": ghToken}, gh: gh})
		want := w.Expected(rel)
		r := w.Run(t)
		v := Verdict(w.Judge(&want, "new"), r)
		require.True(t, v.Pass, "%s\n%s", v, r.Console)
		hosts := map[string]bool{}
		for _, q := range r.Requests {
			hosts[q.Host] = true
			switch q.Host {
			case netsim.GitHubAPIHost, netsim.GitHubRawHost:
				assert.Equal(t, "token "+ghToken, q.Header.Get("Authorization"), q.Host+q.URI)
			default:
				assert.Empty(t, q.Header.Get("Authorization"), q.Host+q.URI)
			}
		}
		assert.True(t, hosts[netsim.GitHubObjectsHost] && hosts[netsim.GitHubWebHost] && hosts[netsim.GitHubRawHost], "%v", hosts)
	})
}

// TestGitHubLargeTreeOnSmallHeap: a 100-file repository's tree JSON (about 23 KB) is parsed as
// it streams, entry by entry, on a Pico W with a 64 KB heap. The entries kept for the update
// (path, blob SHA, size) still grow with the tree: since the heap counts small objects too,
// 150 files no longer fit in 64 KB.
func TestGitHubLargeTreeOnSmallHeap(t *testing.T) {
	w, rel := ghWorld(t, ghWorldOpts{board: "RPI_PICO_W", heap: 64 << 10, fsSize: 4 << 20,
		cfg: map[string]any{"github_branch": "main", "max_total": 8 << 20},
		edit: func(app map[string]string) {
			for i := 0; i < 100; i++ {
				app[fmt.Sprintf("lib/pkg%d/module_%03d.py", i%7, i)] = fmt.Sprintf("X = %d\n", i)
			}
		}})
	want := w.Expected(rel)
	r := w.Run(t)
	v := Verdict(w.Judge(&want, "new"), r)
	require.True(t, v.Pass, "%s\n%s", v, r.Console)
}

// TestGitHubAPI503Retried: an API answer 503 (then recovery) is retried with the client's
// backoff, for the streamed release and tree reads as for the others, and the update installed.
func TestGitHubAPI503Retried(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  map[string]any
		path string
	}{
		{"release", map[string]any{"key": ghKey}, "/repos/acme/widget/releases/latest"},
		{"branch tree", map[string]any{"key": ghKey, "github_branch": "main"}, "/repos/acme/widget/git/trees/*"},
		{"branch ref", map[string]any{"key": ghKey, "github_branch": "main"}, "/repos/acme/widget/git/ref/heads/main"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := fault(t, "http_status", map[string]string{"code": "503", "times": "1"}, netsim.Target{Host: netsim.GitHubAPIHost, Path: c.path})
			w, rel := ghWorld(t, ghWorldOpts{relOpt: release.Options{Key: []byte(ghKey)}, cfg: c.cfg, faults: []NetFault{f}})
			want := w.Expected(rel)
			r := w.Run(t)
			v := Verdict(w.Judge(&want, "new"), r)
			require.True(t, v.Pass, "%s\n%s", v, r.Console)
			reqs := uris(r)
			again := false
			for i := 0; i+1 < len(reqs); i++ {
				if strings.Contains(reqs[i], strings.TrimSuffix(c.path, "*")) && reqs[i] == reqs[i+1] {
					again = true
				}
			}
			assert.True(t, again, "the answered 503 asked again at once: %v", reqs)
		})
	}
}
