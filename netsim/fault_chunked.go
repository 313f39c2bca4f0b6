package netsim

import (
	"bufio"
	"fmt"
	"net/http"
)

// Chunked sends the real response with Transfer-Encoding: chunked (pieces of size=N bytes),
// even to an HTTP/1.0 client, as some servers and proxies do. Old MicroPython urequests raises
// ValueError('Unsupported Transfer-Encoding: chunked') on it.
type Chunked struct {
	Size int `json:"size"`
}

func init() {
	RegisterFault("chunked", &Chunked{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("size")
		f := &Chunked{Size: int(p.int64("size", 1024))}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Size < 1 {
			return nil, errorf("size must be at least 1")
		}
		return f, nil
	})
}

// Pipe passes bytes on; the fault acts in the server.
func (f *Chunked) Pipe(_ *Stream, c Chunk) []Chunk { return []Chunk{c} }

// ServeHTTPFault re-encodes the real response as chunks.
func (f *Chunked) ServeHTTPFault(w http.ResponseWriter, r *http.Request, next http.Handler) {
	rec := render(next, r)
	h := cleanHeader(rec.Header())
	h.Set("Transfer-Encoding", "chunked")
	body := rec.Body.Bytes()
	_ = writeRaw(w, r, rec.Code, h, func(bw *bufio.Writer) error {
		for len(body) > 0 {
			k := min(f.Size, len(body))
			fmt.Fprintf(bw, "%x\r\n", k)
			bw.Write(body[:k])
			bw.WriteString("\r\n")
			body = body[k:]
		}
		_, err := bw.WriteString("0\r\n\r\n")
		return err
	})
}
