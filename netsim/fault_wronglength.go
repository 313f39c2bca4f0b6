package netsim

import (
	"bufio"
	"net/http"
	"strconv"
)

// WrongLength sends the real body with a Content-Length that is off by delta=N bytes (default
// +100: the body is shorter than announced, and the connection closes after it; negative:
// longer than announced).
type WrongLength struct {
	Delta int64 `json:"delta"`
}

func init() {
	RegisterFault("wrong_length", &WrongLength{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("delta")
		f := &WrongLength{Delta: 100}
		if v, ok := p.m["delta"]; ok {
			p.used["delta"] = true
			d, err := strconv.ParseInt(v, 10, 64)
			if err != nil || d == 0 {
				return nil, errorf("delta=%s: want a non-zero integer", v)
			}
			f.Delta = d
		}
		return f, p.done()
	})
}

// Pipe passes bytes on; the fault acts in the server.
func (f *WrongLength) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault sends the body under a false length.
func (f *WrongLength) ServeHTTPFault(w http.ResponseWriter, r *http.Request, next http.Handler) {
	rec := render(next, r)
	h := cleanHeader(rec.Header())
	body := rec.Body.Bytes()
	claimed := max(int64(len(body))+f.Delta, 0)
	h.Set("Content-Length", strconv.FormatInt(claimed, 10))
	NoteResponseLength(r, claimed)
	_ = writeRaw(w, r, rec.Code, h, func(bw *bufio.Writer) error {
		_, err := bw.Write(body)
		return err
	})
}
