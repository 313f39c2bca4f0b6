package netsim

import "fmt"

// LimitData closes the connection in both directions once Bytes have passed in the targeted
// direction (Toxiproxy's limit_data): both ends read EOF. It acts on the download direction
// unless dir=up.
type LimitData struct {
	Bytes int64 `json:"bytes"`
}

func init() {
	RegisterFault("limit_data", &LimitData{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("bytes")
		f := &LimitData{Bytes: p.int64("bytes", 0)}
		return f, p.done()
	})
}

// NewState starts unfired.
func (f *LimitData) NewState() any { return &firedState{} }

// DefaultDir is the download.
func (f *LimitData) DefaultDir() Direction { return Down }

// Pipe passes bytes up to the limit, then closes.
func (f *LimitData) Pipe(s *Stream, c Chunk) []Chunk {
	st := s.State.(*firedState)
	if st.fired {
		return nil
	}
	before, hit := split(s, c, f.Bytes)
	if !hit {
		return []Chunk{c}
	}
	st.fired = true
	s.Note(fmt.Sprintf("closed after %d bytes", f.Bytes))
	return []Chunk{before, {Kind: ChunkClose, At: c.At}}
}
