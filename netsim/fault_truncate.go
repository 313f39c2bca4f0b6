package netsim

// Truncate ends the stream early at a byte (at=N) or a percentage of the response (percent=P):
// the reader gets a clean EOF there, as if the server had finished, and the writer's further
// writes fail. It acts on the download direction unless dir=up.
type Truncate struct {
	Pos position `json:"pos"`
}

func init() {
	RegisterFault("truncate", &Truncate{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("at")
		pos, err := parsePosition(p, 0)
		if err != nil {
			return nil, err
		}
		return &Truncate{Pos: pos}, p.done()
	})
}

// NewState starts unfired.
func (f *Truncate) NewState() any { return &firedState{} }

// DefaultDir is the download.
func (f *Truncate) DefaultDir() Direction { return Down }

// Pipe passes bytes up to the position, then a FIN.
func (f *Truncate) Pipe(s *Stream, c Chunk) []Chunk {
	return endAt(s, c, f.Pos, ChunkFin, "truncated")
}
