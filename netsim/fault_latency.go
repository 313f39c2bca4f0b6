package netsim

import "time"

// Latency delays every chunk (and the TCP handshake) by Delay in each direction it targets.
type Latency struct {
	Delay time.Duration `json:"delay"`
}

func init() {
	RegisterFault("latency", &Latency{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("delay")
		f := &Latency{Delay: p.duration("delay", 100*time.Millisecond)}
		return f, p.done()
	})
}

// Pipe delays the chunk.
func (f *Latency) Pipe(_ *Stream, c Chunk) []Chunk {
	c.At += f.Delay
	return []Chunk{c}
}

// ConnectDelay makes the handshake pay the latency too.
func (f *Latency) ConnectDelay(*Stream) time.Duration { return f.Delay }
