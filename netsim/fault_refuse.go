package netsim

// Refuse refuses connections to the targeted host (ECONNREFUSED): every connect, or times=N of
// them after after=M.
type Refuse struct {
	Passthrough
	Window window `json:"window"`
}

func init() {
	RegisterFault("refuse", &Refuse{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("times")
		f := &Refuse{Window: parseWindow(p)}
		return f, p.done()
	})
}

// RefuseDial reports whether connect number i is refused.
func (f *Refuse) RefuseDial(i int) bool { return f.Window.hit(i) }
