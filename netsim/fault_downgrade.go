package netsim

import "net/http"

// HTTPSToHTTP answers targeted https requests with a redirect (code=301) to the same URL over
// plain http, where anyone on the path can change the payload; urequests follows it.
type HTTPSToHTTP struct {
	Code int `json:"code"`
}

func init() {
	RegisterFault("https_to_http", &HTTPSToHTTP{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("code")
		f := &HTTPSToHTTP{Code: int(p.int64("code", 301))}
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
func (f *HTTPSToHTTP) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault redirects https to http; plain http requests are served normally.
func (f *HTTPSToHTTP) ServeHTTPFault(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if !isTLS(r) {
		next.ServeHTTP(w, r)
		return
	}
	w.Header().Set("Location", absoluteURL(r, "http"))
	w.Header().Set("Content-Length", "0")
	w.WriteHeader(f.Code)
}
