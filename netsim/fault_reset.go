package netsim

import "fmt"

// Reset resets the connection when the stream reaches a byte (at=N) or a percentage of the
// response (percent=P): the reader gets the bytes before it, then ECONNRESET, and so does the
// other end. It acts on the download direction unless dir=up.
type Reset struct {
	Pos position `json:"pos"`
}

func init() {
	RegisterFault("reset", &Reset{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("at")
		pos, err := parsePosition(p, 0)
		if err != nil {
			return nil, err
		}
		return &Reset{Pos: pos}, p.done()
	})
}

type firedState struct{ fired bool }

// NewState starts unfired.
func (f *Reset) NewState() any { return &firedState{} }

// DefaultDir is the download.
func (f *Reset) DefaultDir() Direction { return Down }

// Pipe passes bytes up to the position, then a reset.
func (f *Reset) Pipe(s *Stream, c Chunk) []Chunk {
	return endAt(s, c, f.Pos, ChunkReset, "reset")
}

// endAt passes bytes up to pos, then ends the stream once with a chunk of kind end (a reset or
// a FIN), noting it; nothing passes after that. The stream's state is a *firedState.
func endAt(s *Stream, c Chunk, pos position, end ChunkKind, what string) []Chunk {
	st := s.State.(*firedState)
	if st.fired {
		return nil
	}
	cut, ok := pos.resolve(s)
	if !ok {
		return []Chunk{c}
	}
	before, hit := split(s, c, cut)
	if !hit {
		return []Chunk{c}
	}
	st.fired = true
	s.Note(fmt.Sprintf("%s at byte %d", what, cut))
	return []Chunk{before, {Kind: end, At: c.At}}
}
