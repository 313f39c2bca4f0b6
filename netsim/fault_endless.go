package netsim

import (
	"bufio"
	"net/http"
	"strconv"
)

// EndlessBody answers with a body that never ends: no Content-Length (or a false one with
// length=N), then filler bytes for as long as the client reads. Only the client's size limit
// or its wall-clock budget saves it; the server stops when the client closes.
type EndlessBody struct {
	Length int64 `json:"length,omitempty"`
}

func init() {
	RegisterFault("endless_body", &EndlessBody{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("length")
		f := &EndlessBody{Length: p.int64("length", 0)}
		return f, p.done()
	})
}

// Pipe passes bytes on; the fault acts in the server.
func (f *EndlessBody) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault writes filler until the connection fails.
func (f *EndlessBody) ServeHTTPFault(w http.ResponseWriter, r *http.Request, _ http.Handler) {
	h := http.Header{}
	h.Set("Content-Type", "application/octet-stream")
	if f.Length > 0 {
		h.Set("Content-Length", strconv.FormatInt(f.Length, 10))
	}
	filler := make([]byte, 4096)
	for i := range filler {
		filler[i] = byte('0' + i%10)
	}
	_ = writeRaw(w, r, http.StatusOK, h, func(bw *bufio.Writer) error {
		for {
			if _, err := bw.Write(filler); err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return err
			}
		}
	})
}
