package netsim

import "fmt"

// Corrupt flips bits: the byte at offset at=N, and each byte with probability prob=P (seeded).
// It acts on the download direction unless dir=up. Under TLS a corrupt byte is a failed record
// check; on plain HTTP it is silent damage a checksum must catch.
type Corrupt struct {
	At   int64   `json:"at"`
	Prob float64 `json:"prob"`
}

func init() {
	RegisterFault("corrupt", &Corrupt{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("at")
		f := &Corrupt{At: -1, Prob: p.float("prob", 0)}
		if p.has("at") || !p.has("prob") {
			f.At = p.int64("at", 0)
		}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.Prob > 1 {
			return nil, errorf("prob must be between 0 and 1")
		}
		return f, nil
	})
}

// DefaultDir is the download.
func (f *Corrupt) DefaultDir() Direction { return Down }

// Pipe flips the chosen bytes.
func (f *Corrupt) Pipe(s *Stream, c Chunk) []Chunk {
	if c.Kind != ChunkData {
		return []Chunk{c}
	}
	var data []byte
	flip := func(i int) {
		if data == nil {
			data = append([]byte(nil), c.Data...)
		}
		data[i] ^= byte(1 + s.Rand.IntN(255))
	}
	if f.At >= s.Offset && f.At < s.Offset+int64(len(c.Data)) {
		flip(int(f.At - s.Offset))
		s.Note(fmt.Sprintf("corrupted byte %d", f.At))
	}
	if f.Prob > 0 {
		for i := range c.Data {
			if s.Rand.Float64() < f.Prob {
				flip(i)
				s.Note(fmt.Sprintf("corrupted byte %d", s.Offset+int64(i)))
			}
		}
	}
	if data != nil {
		c.Data = data
	}
	return []Chunk{c}
}
