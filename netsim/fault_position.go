package netsim

import "fmt"

func errorf(format string, a ...any) error { return fmt.Errorf(format, a...) }

// position is a place in a stream: byte At, or Percent of the current HTTP response's
// Content-Length counted from the start of that response.
type position struct {
	At      int64   `json:"at,omitempty"`
	Percent float64 `json:"percent,omitempty"`
	usePct  bool
}

func parsePosition(p *params, def int64) (position, error) {
	var pos position
	if p.has("percent") {
		pos.Percent = p.float("percent", 0)
		pos.usePct = true
		if p.has("at") {
			return pos, errorf("give at or percent, not both")
		}
		if pos.Percent > 100 {
			return pos, errorf("percent must be between 0 and 100")
		}
	}
	pos.At = p.int64("at", def)
	return pos, nil
}

// resolve returns the stream offset the position names, false while unknown (no response with
// a Content-Length yet).
func (pos position) resolve(s *Stream) (int64, bool) {
	if !pos.usePct {
		return pos.At, true
	}
	start, length := s.Response()
	if length < 0 {
		return 0, false
	}
	return start + int64(float64(length)*pos.Percent/100), true
}

// split cuts a data chunk at stream offset cut: the part before and whether the cut falls in
// this chunk (or before it).
func split(s *Stream, c Chunk, cut int64) (before Chunk, hit bool) {
	end := s.Offset + int64(len(c.Data))
	if c.Kind != ChunkData || end <= cut {
		return c, false
	}
	k := max(cut-s.Offset, 0)
	before = Chunk{Kind: ChunkData, Data: c.Data[:k], At: c.At}
	return before, true
}
