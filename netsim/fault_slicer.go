package netsim

import "time"

// Slicer cuts data into small pieces of about Size bytes (plus or minus a seeded Variation),
// each Delay after the one before, as Toxiproxy's slicer does. Readers then see short reads.
type Slicer struct {
	Size      int           `json:"size"`
	Variation int           `json:"variation"`
	Delay     time.Duration `json:"delay"`
}

func init() {
	RegisterFault("slicer", &Slicer{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("size")
		f := &Slicer{Size: int(p.int64("size", 8)), Variation: int(p.int64("variation", 0)), Delay: p.duration("delay", 0)}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Size < 1 || f.Variation >= f.Size {
			return nil, errorf("size must be >= 1 and variation < size")
		}
		return f, nil
	})
}

// NewState remembers when the last slice left.
func (f *Slicer) NewState() any { return &linkState{free: -1} }

// Pipe slices the chunk; each slice leaves Delay after the previous one, across writes.
func (f *Slicer) Pipe(s *Stream, c Chunk) []Chunk {
	st := s.State.(*linkState)
	if c.Kind != ChunkData {
		c.At = max(c.At, st.free)
		return []Chunk{c}
	}
	var out []Chunk
	at := c.At
	if st.free >= 0 {
		at = max(at, st.free+f.Delay)
	}
	for data := c.Data; len(data) > 0; {
		k := f.Size
		if f.Variation > 0 {
			k += s.Rand.IntN(2*f.Variation+1) - f.Variation
		}
		k = min(max(k, 1), len(data))
		out = append(out, Chunk{Kind: ChunkData, Data: data[:k], At: at})
		st.free = at
		at += f.Delay
		data = data[k:]
	}
	return out
}
