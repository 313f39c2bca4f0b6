package netsim

import (
	"fmt"
	"time"
)

// Stall stops the stream after a byte (after=N, default 0) for a while (for=D) or for good
// (for absent or 0): the bytes behind it arrive only when the stall ends, so a reader with a
// timeout times out. It acts on the download direction unless dir=up.
type Stall struct {
	After int64         `json:"after"`
	For   time.Duration `json:"for"`
}

func init() {
	RegisterFault("stall", &Stall{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("after")
		f := &Stall{After: p.int64("after", 0), For: p.duration("for", 0)}
		return f, p.done()
	})
}

type stallState struct {
	started bool
	until   time.Duration
}

// NewState starts unstalled.
func (f *Stall) NewState() any { return &stallState{} }

// DefaultDir is the download.
func (f *Stall) DefaultDir() Direction { return Down }

// Pipe holds back everything past the stall point.
func (f *Stall) Pipe(s *Stream, c Chunk) []Chunk {
	st := s.State.(*stallState)
	if !st.started {
		before, hit := split(s, c, f.After)
		if !hit {
			return []Chunk{c}
		}
		st.started = true
		st.until = never
		if f.For > 0 {
			st.until = c.At + f.For
		}
		s.Note(fmt.Sprintf("stalled at byte %d for %v", f.After, f.For))
		rest := c
		rest.Data = c.Data[len(before.Data):]
		rest.At = max(rest.At, st.until)
		return []Chunk{before, rest}
	}
	c.At = max(c.At, st.until)
	return []Chunk{c}
}
