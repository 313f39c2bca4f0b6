package netsim

import "time"

// Jitter delays every chunk by Delay plus a seeded random extra in [0, Jitter]. Order is kept:
// a chunk never overtakes the one before it.
type Jitter struct {
	Delay  time.Duration `json:"delay"`
	Jitter time.Duration `json:"jitter"`
}

func init() {
	RegisterFault("jitter", &Jitter{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("jitter")
		f := &Jitter{Delay: p.duration("delay", 0), Jitter: p.duration("jitter", 50*time.Millisecond)}
		return f, p.done()
	})
}

func (f *Jitter) extra(s *Stream) time.Duration {
	if f.Jitter <= 0 {
		return f.Delay
	}
	return f.Delay + time.Duration(s.Rand.Int64N(int64(f.Jitter)+1))
}

// Pipe delays the chunk.
func (f *Jitter) Pipe(s *Stream, c Chunk) []Chunk {
	c.At += f.extra(s)
	return []Chunk{c}
}

// ConnectDelay makes the handshake pay the delay too.
func (f *Jitter) ConnectDelay(s *Stream) time.Duration { return f.extra(s) }
