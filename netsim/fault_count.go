package netsim

// window selects attempts by count: the attempts numbered After .. After+Times-1 (Times 0
// means every attempt from After on).
type window struct {
	Times int `json:"times,omitempty"`
	After int `json:"after,omitempty"`
}

func parseWindow(p *params) window {
	return window{Times: int(p.int64("times", 0)), After: int(p.int64("after", 0))}
}

func (w window) hit(i int) bool {
	return i >= w.After && (w.Times == 0 || i < w.After+w.Times)
}
