package netsim

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
)

// HTTPStatus answers targeted requests with an error status (code=503 by default) instead of
// the real response: every request, or times=N of them after after=M. Requests are counted in
// the order the server reads them.
type HTTPStatus struct {
	Code   int    `json:"code"`
	Window window `json:"window"`
	mu     sync.Mutex
	seen   int
}

func init() {
	RegisterFault("http_status", &HTTPStatus{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("code")
		f := &HTTPStatus{Code: int(p.int64("code", 503)), Window: parseWindow(p)}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Code < 100 || f.Code > 599 {
			return nil, errorf("code %d is not an HTTP status", f.Code)
		}
		return f, nil
	})
}

// Pipe passes bytes on; the fault acts in the server.
func (f *HTTPStatus) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault answers with the status when the request is in the window.
func (f *HTTPStatus) ServeHTTPFault(w http.ResponseWriter, r *http.Request, next http.Handler) {
	f.mu.Lock()
	i := f.seen
	f.seen++
	f.mu.Unlock()
	if !f.Window.hit(i) {
		next.ServeHTTP(w, r)
		return
	}
	body := fmt.Sprintf("%d %s\n", f.Code, http.StatusText(f.Code))
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	if f.Code == http.StatusTooManyRequests || f.Code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "60")
	}
	w.WriteHeader(f.Code)
	if r.Method != http.MethodHead {
		_, _ = w.Write([]byte(body))
	}
}
