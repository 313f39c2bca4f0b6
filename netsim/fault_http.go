package netsim

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
)

// render runs a handler and captures its complete answer.
func render(next http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	next.ServeHTTP(rec, r)
	return rec
}

// writeRaw takes the connection over and writes an HTTP response by hand (status line,
// headers in sorted order, then body via the callback), then closes the connection. It is how
// faults send what net/http would refuse to: chunked bodies to HTTP/1.0 clients, lying lengths,
// bodies that never end.
func writeRaw(w http.ResponseWriter, r *http.Request, status int, h http.Header, body func(bw *bufio.Writer) error) error {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return fmt.Errorf("netsim: cannot take the connection over")
	}
	date := w.Header().Get("Date")
	conn, bw, err := hj.Hijack()
	if err != nil {
		return err
	}
	defer conn.Close()
	fmt.Fprintf(bw.Writer, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	if date != "" && h.Get("Date") == "" {
		h.Set("Date", date)
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(bw.Writer, "%s: %s\r\n", k, v)
		}
	}
	bw.WriteString("Connection: close\r\n\r\n")
	if r.Method != http.MethodHead && body != nil {
		if err := body(bw.Writer); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// absoluteURL rebuilds the request's URL with another scheme.
func absoluteURL(r *http.Request, scheme string) string {
	return scheme + "://" + r.Host + r.URL.RequestURI()
}

func cleanHeader(h http.Header) http.Header {
	out := h.Clone()
	for _, k := range []string{"Content-Length", "Transfer-Encoding", "Connection", "Date"} {
		delete(out, k)
	}
	return out
}

func isTLS(r *http.Request) bool { return r.TLS != nil }
