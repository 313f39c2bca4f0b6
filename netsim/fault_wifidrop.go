package netsim

import "time"

// WiFiDrop makes the link flaky: starting at start=T, every every=P the access point vanishes
// for for=D (open connections are reset, the station re-associates when it comes back).
type WiFiDrop struct {
	Passthrough
	Start time.Duration `json:"start"`
	Every time.Duration `json:"every"`
	For   time.Duration `json:"for"`
}

func init() {
	RegisterFault("wifi_drop", &WiFiDrop{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("every")
		f := &WiFiDrop{Start: p.duration("start", 0), Every: p.duration("every", 30*time.Second), For: p.duration("for", 5*time.Second)}
		if err := p.done(); err != nil {
			return nil, err
		}
		if f.For <= 0 || f.Every <= f.For {
			return nil, errorf("need 0 < for < every")
		}
		return f, nil
	})
}

// Outage returns the first drop window that ends after t.
func (f *WiFiDrop) Outage(t time.Duration) (time.Duration, time.Duration, bool) {
	k := time.Duration(0)
	if t >= f.Start {
		k = (t - f.Start) / f.Every
	}
	s := f.Start + k*f.Every
	if s+f.For <= t {
		s += f.Every
	}
	return s, s + f.For, true
}
