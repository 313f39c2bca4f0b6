package netsim

import "time"

// WiFiDown takes the access point away from at=T for for=D (for good when for is absent or 0):
// connecting fails with STAT_NO_AP_FOUND, a joined station loses its link and every open
// connection is reset; afterwards the station re-associates by itself.
type WiFiDown struct {
	Passthrough
	At  time.Duration `json:"at"`
	For time.Duration `json:"for"`
}

func init() {
	RegisterFault("wifi_down", &WiFiDown{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("at")
		f := &WiFiDown{At: p.duration("at", 0), For: p.duration("for", 0)}
		return f, p.done()
	})
}

// Outage returns the single outage window if it ends after t.
func (f *WiFiDown) Outage(t time.Duration) (time.Duration, time.Duration, bool) {
	end := never
	if f.For > 0 {
		end = f.At + f.For
	}
	if end <= t {
		return 0, 0, false
	}
	return f.At, end, true
}
