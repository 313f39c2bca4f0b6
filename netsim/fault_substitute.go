package netsim

// Substitute is a man in the middle that serves its own payload: requests to the targeted host
// whose path matches the target's path (every path when none is given) get body=BYTES with
// status 200; other requests are relayed to the real server. On port 443 the impostor presents
// cert=FORGERY (self-signed by default), so only a client that accepts it gets the payload.
type Substitute struct {
	Passthrough
	Forgery Forgery `json:"forgery"`
	Other   string  `json:"other,omitempty"`
	Body    []byte  `json:"body"`
}

func init() {
	RegisterFault("substitute", &Substitute{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("body")
		f, err := ParseForgery(p.str("cert", string(ForgerySelfSigned)))
		if err != nil {
			return nil, err
		}
		out := &Substitute{Forgery: f, Other: p.str("other", ""), Body: []byte(p.str("body", "print('owned')\n"))}
		return out, p.done()
	})
}

// Interception substitutes the payload.
func (f *Substitute) Interception() Interception {
	return Interception{Forgery: f.Forgery, OtherHost: f.Other, Substitute: true, Body: f.Body}
}
