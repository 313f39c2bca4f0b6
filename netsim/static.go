package netsim

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Redirect is a configured redirect of a StaticServer. From is an exact path or a prefix ending
// in "*"; in To, a "*" is replaced by the rest of the path after the prefix.
type Redirect struct {
	From string
	To   string
	// Code is the status (301, 302, 307 or 308); zero means 302.
	Code int
}

// StaticOptions configure a StaticServer.
type StaticOptions struct {
	// Redirects are checked, in order, before files.
	Redirects []Redirect
	// NoIndex turns the HTML directory listing off (directories without index.html give 403).
	NoIndex bool
}

type staticEntry struct {
	data     []byte
	dir      bool
	children []string // sorted names; directories end in "/"
}

// staticServer is a read-only web server over a snapshot of a host directory.
type staticServer struct {
	files map[string]*staticEntry
	opts  StaticOptions
}

// StaticServer returns an http.Handler serving a snapshot of dir, read into memory now: the
// host directory is never touched again during a run. It answers GET and HEAD with
// Content-Length, byte ranges (206), 404 for missing files, an HTML index for directories
// (like nginx's autoindex) and the configured redirects. Dot-files are served too.
func StaticServer(dir string, opts StaticOptions) (http.Handler, error) {
	for _, r := range opts.Redirects {
		if !strings.HasPrefix(r.From, "/") {
			return nil, fmt.Errorf("netsim: static redirect from %q: path must start with /", r.From)
		}
		if r.Code != 0 && (r.Code < 300 || r.Code > 399) {
			return nil, fmt.Errorf("netsim: static redirect from %q: %d is not a redirect status", r.From, r.Code)
		}
	}
	s := &staticServer{files: map[string]*staticEntry{}, opts: opts}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		key := path.Clean("/" + filepath.ToSlash(rel))
		if d.IsDir() {
			s.files[key] = &staticEntry{dir: true}
		} else if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			s.files[key] = &staticEntry{data: data}
		} else {
			return nil
		}
		if key != "/" {
			parent := s.files[path.Dir(key)]
			name := path.Base(key)
			if d.IsDir() {
				name += "/"
			}
			parent.children = append(parent.children, name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("netsim: static server snapshot of %s: %w", dir, err)
	}
	if root, ok := s.files["/"]; !ok || !root.dir {
		return nil, fmt.Errorf("netsim: static server: %s is not a directory", dir)
	}
	for _, e := range s.files {
		sort.Strings(e.children)
	}
	return s, nil
}

var contentTypes = map[string]string{
	".json": "application/json", ".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=utf-8",
	".htm": "text/html; charset=utf-8", ".py": "text/x-python; charset=utf-8", ".md": "text/markdown; charset=utf-8",
	".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".sha256": "text/plain; charset=utf-8",
}

// contentType is a fixed table, never the host's mime database (which differs between hosts).
func contentType(name string) string {
	if ct, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return ct
	}
	return "application/octet-stream"
}

func (s *staticServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	for _, rd := range s.opts.Redirects {
		to, ok := "", false
		if strings.HasSuffix(rd.From, "*") {
			if rest, found := strings.CutPrefix(p, strings.TrimSuffix(rd.From, "*")); found {
				to, ok = strings.ReplaceAll(rd.To, "*", rest), true
			}
		} else if p == rd.From {
			to, ok = rd.To, true
		}
		if ok {
			code := rd.Code
			if code == 0 {
				code = http.StatusFound
			}
			w.Header().Set("Location", to)
			w.Header().Set("Content-Length", "0")
			w.WriteHeader(code)
			return
		}
	}
	e, ok := s.files[p]
	if !ok {
		http.Error(w, "404 Not Found", http.StatusNotFound)
		return
	}
	if e.dir {
		if !strings.HasSuffix(r.URL.Path, "/") {
			w.Header().Set("Location", p+"/")
			w.Header().Set("Content-Length", "0")
			w.WriteHeader(http.StatusMovedPermanently)
			return
		}
		if idx, ok := s.files[path.Join(p, "index.html")]; ok && !idx.dir {
			s.serveFile(w, r, "index.html", idx)
			return
		}
		if s.opts.NoIndex {
			http.Error(w, "403 Forbidden", http.StatusForbidden)
			return
		}
		s.serveIndex(w, r, p, e)
		return
	}
	s.serveFile(w, r, p, e)
}

func (s *staticServer) serveFile(w http.ResponseWriter, r *http.Request, name string, e *staticEntry) {
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Accept-Ranges", "bytes")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(e.data))
}

func (s *staticServer) serveIndex(w http.ResponseWriter, r *http.Request, p string, e *staticEntry) {
	dir := strings.TrimSuffix(p, "/") + "/"
	var b strings.Builder
	fmt.Fprintf(&b, "<html>\r\n<head><title>Index of %s</title></head>\r\n<body>\r\n<h1>Index of %s</h1><hr><pre>", html.EscapeString(dir), html.EscapeString(dir))
	if dir != "/" {
		b.WriteString("<a href=\"../\">../</a>\r\n")
	}
	for _, name := range e.children {
		size := "-"
		if c := s.files[path.Join(p, name)]; c != nil && !c.dir {
			size = strconv.Itoa(len(c.data))
		}
		fmt.Fprintf(&b, "<a href=\"%s\">%s</a>%s%s\r\n", html.EscapeString(name), html.EscapeString(name), strings.Repeat(" ", max(1, 51-len(name))), size)
	}
	b.WriteString("</pre><hr></body>\r\n</html>\r\n")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(b.String()))
	}
}
