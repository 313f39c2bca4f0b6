package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ota-emu/ota-emu/netsim"
	"github.com/spf13/cobra"
)

func init() {
	subcommands = append(subcommands, serveCommand)
}

// serveOptions are the flags of `ota-emu serve`.
type serveOptions struct {
	addr     string
	host     string
	tls      bool
	serve    []string
	github   []string
	duration time.Duration
}

// serveSite is one virtual host of `ota-emu serve`.
type serveSite struct {
	host    string
	source  string // the directory (or GitHub spec) it serves, for the banner
	handler http.Handler
}

func serveCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve [DIR | HOST=DIR]...",
		Short: "Serve release directories on loopback, as netsim's static release server serves them to a device",
		Long: "serve snapshots each directory (typically one written by `ota-emu release`) and serves\n" +
			"it over HTTP (or HTTPS with --tls) on a loopback address, with netsim's static release\n" +
			"server: the same responses a device gets inside a run, for curl or a browser. A plain DIR\n" +
			"is served as --host; HOST=DIR arguments (or --serve HOST=DIR, as `ota-emu run` takes)\n" +
			"make virtual hosts chosen by the Host header (a request naming no known host goes to\n" +
			"the first). --github OWNER/REPO=GITREPO adds\n" +
			"netsim's GitHub emulator under api.github.com, github.com, raw.githubusercontent.com and\n" +
			"objects.githubusercontent.com. With --tls each host presents its certificate from the\n" +
			"netsim CA (print it with `ota-emu ca`). Stops on Ctrl-C / SIGTERM or after --duration.\n" +
			"Directories are read once, at start: restart to serve changes.",
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runServe(ctx, args, &o, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "loopback address to listen on (port 0 picks a free port)")
	f.StringVar(&o.host, "host", "ota.example", "host name of a plain DIR (its certificate name with --tls)")
	f.BoolVar(&o.tls, "tls", false, "serve HTTPS with each host's netsim-CA certificate")
	f.StringArrayVar(&o.serve, "serve", nil, "HOST=DIR: a virtual host, as `ota-emu run --serve` gives one to the device (repeatable; same as a HOST=DIR argument)")
	f.StringArrayVar(&o.github, "github", nil, "serve the GitHub emulator for OWNER/REPO from a local git repository or directory (repeatable)")
	f.DurationVar(&o.duration, "duration", 0, "stop after this long (default: run until interrupted)")
	return cmd
}

// serveListenAddr checks that addr is a loopback address and returns it in dialable form.
func serveListenAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("serve: --addr %q: want HOST:PORT (127.0.0.1:8080)", addr)
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("serve: --addr %q: serve listens on loopback addresses only (127.0.0.1, ::1, localhost)", addr)
	}
	return net.JoinHostPort(ip.String(), port), nil
}

// validHostName reports whether s can name a virtual host.
func validHostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return !strings.HasPrefix(s, ".") && !strings.HasSuffix(s, ".")
}

// serveSites turns the arguments and --github flags into virtual hosts, in order.
func serveSites(args []string, o *serveOptions) ([]serveSite, error) {
	var sites []serveSite
	seen := map[string]bool{}
	add := func(s serveSite) error {
		if seen[s.host] {
			return fmt.Errorf("serve: host %s given twice", s.host)
		}
		seen[s.host] = true
		sites = append(sites, s)
		return nil
	}
	for _, a := range args {
		host, dir := strings.ToLower(o.host), a
		if st, err := os.Stat(a); err != nil || !st.IsDir() {
			if h, d, ok := strings.Cut(a, "="); ok {
				host, dir = strings.ToLower(h), d
			}
		}
		if !validHostName(host) {
			return nil, fmt.Errorf("serve: %q is not a host name (want HOST=DIR, HOST like ota.example)", host)
		}
		h, err := netsim.StaticServer(dir, netsim.StaticOptions{})
		if err != nil {
			return nil, fmt.Errorf("serve: %s: %w", a, err)
		}
		if err := add(serveSite{host: host, source: dir, handler: h}); err != nil {
			return nil, err
		}
	}
	for _, spec := range o.serve {
		host, dir, ok := strings.Cut(spec, "=")
		host = strings.ToLower(host)
		if !ok || !validHostName(host) || dir == "" {
			return nil, fmt.Errorf("serve: --serve %q: want HOST=DIR (HOST like ota.example)", spec)
		}
		h, err := netsim.StaticServer(dir, netsim.StaticOptions{})
		if err != nil {
			return nil, fmt.Errorf("serve: --serve %s: %w", spec, err)
		}
		if err := add(serveSite{host: host, source: dir, handler: h}); err != nil {
			return nil, err
		}
	}
	if len(o.github) > 0 {
		g := netsim.NewGitHub(netsim.GitHubOptions{})
		for _, spec := range o.github {
			owner, repo, dir, err := netsim.ParseGitHubSpec(spec)
			if err != nil {
				return nil, err
			}
			if err := g.AddRepo(owner, repo, dir); err != nil {
				return nil, err
			}
		}
		for _, h := range []string{netsim.GitHubAPIHost, netsim.GitHubWebHost, netsim.GitHubRawHost, netsim.GitHubObjectsHost} {
			if err := add(serveSite{host: h, source: "GitHub emulator (" + strings.Join(o.github, ", ") + ")", handler: g.Handler(h)}); err != nil {
				return nil, err
			}
		}
	}
	if len(sites) == 0 {
		return nil, errors.New("serve: nothing to serve: give a DIR, HOST=DIR, --serve HOST=DIR or --github OWNER/REPO=GITREPO")
	}
	return sites, nil
}

// serveLog serialises the server goroutines' writes to the log (stderr).
type serveLog struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *serveLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// serveRouter picks the site by the request's Host (port ignored); unknown hosts get the first.
type serveRouter struct {
	sites []serveSite
	log   *serveLog
}

func (s *serveRouter) site(host string) serveSite {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(host)
	for _, st := range s.sites {
		if st.host == host {
			return st
		}
	}
	return s.sites[0]
}

// statusRecorder remembers the status a handler answered with, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (s *serveRouter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	st := s.site(r.Host)
	rec := &statusRecorder{ResponseWriter: w}
	st.handler.ServeHTTP(rec, r)
	fmt.Fprintf(s.log, "%s %s %s%s %d\n", r.RemoteAddr, r.Method, st.host, r.URL.RequestURI(), rec.status)
}

// runningServe is a started `ota-emu serve`.
type runningServe struct {
	srv   *http.Server
	ln    net.Listener
	sites []serveSite
	tls   bool
	done  chan error
}

// startServe listens and serves in the background.
func startServe(args []string, o *serveOptions, stderr io.Writer) (*runningServe, error) {
	addr, err := serveListenAddr(o.addr)
	if err != nil {
		return nil, usageError{err}
	}
	sites, err := serveSites(args, o)
	if err != nil {
		return nil, usageError{err}
	}
	logw := &serveLog{w: stderr}
	router := &serveRouter{sites: sites, log: logw}
	srv := &http.Server{
		Handler:           router,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logw, "ota-emu: serve: ", 0),
	}
	if o.tls {
		certs := map[string]*tls.Certificate{}
		for _, st := range sites {
			c, err := netsim.HostCertificate(st.host)
			if err != nil {
				return nil, fmt.Errorf("serve: certificate of %s: %w", st.host, err)
			}
			certs[st.host] = c
		}
		srv.TLSConfig = &tls.Config{
			MinVersion: tls.VersionTLS12,
			GetCertificate: func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
				if c, ok := certs[strings.ToLower(hello.ServerName)]; ok {
					return c, nil
				}
				return certs[sites[0].host], nil
			},
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve: listen on %s: %w", addr, err)
	}
	rs := &runningServe{srv: srv, ln: ln, sites: sites, tls: o.tls, done: make(chan error, 1)}
	go func() {
		var err error
		if o.tls {
			err = srv.ServeTLS(ln, "", "")
		} else {
			err = srv.Serve(ln)
		}
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		rs.done <- err
	}()
	return rs, nil
}

// Addr is the address the server listens on.
func (rs *runningServe) Addr() *net.TCPAddr { return rs.ln.Addr().(*net.TCPAddr) }

// banner tells how to reach every site.
func (rs *runningServe) banner(w io.Writer) {
	port := rs.Addr().Port
	ip := rs.Addr().IP.String()
	hostport := net.JoinHostPort(ip, fmt.Sprint(port))
	scheme := "http"
	if rs.tls {
		scheme = "https"
	}
	fmt.Fprintf(w, "listening on %s://%s/ (loopback only)\n", scheme, hostport)
	for i, st := range rs.sites {
		def := ""
		if i == 0 {
			def = " (also any other Host)"
		}
		fmt.Fprintf(w, "  %s://%s:%d/  ->  %s%s\n", scheme, st.host, port, st.source, def)
	}
	first := rs.sites[0].host
	path := "/latest"
	if strings.Contains(first, "github") {
		path = "/"
	}
	if rs.tls {
		fmt.Fprintf(w, "trust the netsim CA to connect:  ota-emu ca > netsim-ca.pem\n")
		fmt.Fprintf(w, "  curl --cacert netsim-ca.pem --resolve %s:%d:%s https://%s:%d%s\n", first, port, ip, first, port, path)
	} else {
		fmt.Fprintf(w, "  curl -H 'Host: %s' http://%s%s\n", first, hostport, path)
	}
}

// stop shuts the server down, letting requests in flight finish for a few seconds.
func (rs *runningServe) stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := rs.srv.Shutdown(ctx)
	if serr := <-rs.done; serr != nil && err == nil {
		err = serr
	}
	return err
}

func runServe(ctx context.Context, args []string, o *serveOptions, stdout, stderr io.Writer) error {
	if o.duration < 0 {
		return usageError{fmt.Errorf("serve: --duration %s: want a positive duration", o.duration)}
	}
	rs, err := startServe(args, o, stderr)
	if err != nil {
		return err
	}
	rs.banner(stdout)
	if o.duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.duration)
		defer cancel()
	}
	select {
	case <-ctx.Done():
	case err := <-rs.done:
		rs.done <- err
	}
	if err := rs.stop(); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(stdout, "stopped")
	return nil
}
