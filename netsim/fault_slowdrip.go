package netsim

import "time"

// SlowDrip delivers the stream Size bytes at a time, one piece every Interval, however fast the
// server writes: a download that never stalls long enough for a per-read timeout but takes
// forever. It acts on the download direction unless dir=up.
type SlowDrip struct {
	Size     int           `json:"size"`
	Interval time.Duration `json:"interval"`
}

func init() {
	RegisterFault("slow_drip", &SlowDrip{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("interval")
		f := &SlowDrip{Size: int(p.int64("size", 1)), Interval: p.duration("interval", time.Second)}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Size < 1 {
			return nil, errorf("size must be at least 1")
		}
		return f, nil
	})
}

// NewState starts with no piece scheduled.
func (f *SlowDrip) NewState() any { return &linkState{} }

// DefaultDir is the download.
func (f *SlowDrip) DefaultDir() Direction { return Down }

// Pipe spaces the pieces.
func (f *SlowDrip) Pipe(s *Stream, c Chunk) []Chunk {
	st := s.State.(*linkState)
	if c.Kind != ChunkData {
		c.At = max(c.At, st.free)
		return []Chunk{c}
	}
	var out []Chunk
	for data := c.Data; len(data) > 0; {
		k := min(f.Size, len(data))
		st.free = max(c.At, st.free+f.Interval)
		out = append(out, Chunk{Kind: ChunkData, Data: data[:k], At: st.free})
		data = data[k:]
	}
	return out
}
