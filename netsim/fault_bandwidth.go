package netsim

import "time"

// Bandwidth limits a direction to Rate bytes per second: data leaves in 1460-byte segments,
// each arriving when the link has carried it.
type Bandwidth struct {
	Rate int64 `json:"rate"`
}

const mss = 1460

func init() {
	RegisterFault("bandwidth", &Bandwidth{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("rate")
		f := &Bandwidth{Rate: p.int64("rate", 10<<10)}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Rate <= 0 {
			return nil, errorf("rate must be at least 1 byte per second")
		}
		return f, nil
	})
}

type linkState struct{ free time.Duration }

// NewState starts the link idle.
func (f *Bandwidth) NewState() any { return &linkState{} }

// Pipe schedules the chunk's segments on the link.
func (f *Bandwidth) Pipe(s *Stream, c Chunk) []Chunk {
	st := s.State.(*linkState)
	if c.Kind != ChunkData {
		c.At = max(c.At, st.free)
		return []Chunk{c}
	}
	var out []Chunk
	for data := c.Data; len(data) > 0; {
		k := min(mss, len(data))
		start := max(c.At, st.free)
		st.free = start + time.Duration(int64(k)*int64(time.Second)/f.Rate)
		out = append(out, Chunk{Kind: ChunkData, Data: data[:k], At: st.free})
		data = data[k:]
	}
	return out
}
