package netsim

import (
	"net/http"
	"strconv"
)

// RedirectLoop answers every targeted request with a redirect (code=302) between two URLs of
// the same path, forever; urequests follows redirects with no hop limit.
type RedirectLoop struct {
	Code int `json:"code"`
}

func init() {
	RegisterFault("redirect_loop", &RedirectLoop{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("code")
		f := &RedirectLoop{Code: int(p.int64("code", 302))}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Code < 300 || f.Code > 399 {
			return nil, errorf("code %d is not a redirect", f.Code)
		}
		return f, nil
	})
}

// Pipe passes bytes on; the fault acts in the server.
func (f *RedirectLoop) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault redirects to the other URL of the pair.
func (f *RedirectLoop) ServeHTTPFault(w http.ResponseWriter, r *http.Request, _ http.Handler) {
	scheme := "http"
	if isTLS(r) {
		scheme = "https"
	}
	loc := scheme + "://" + r.Host + r.URL.Path
	if r.URL.Query().Get("loop") == "" {
		loc += "?loop=1"
	}
	w.Header().Set("Location", loc)
	w.Header().Set("Content-Length", "0")
	w.Header().Set("X-Redirect-Loop", strconv.Itoa(f.Code))
	w.WriteHeader(f.Code)
}
