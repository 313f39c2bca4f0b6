package netsim

// MITM puts a man in the middle on the targeted host: connections to port 443 reach an impostor
// presenting the forged certificate cert=FORGERY (self-signed by default; other=HOST names the
// host whose genuine certificate other-host uses). If the client accepts it, the impostor reads
// every request (headers and secrets included, all logged) and relays it to the real server.
// Connections to port 80 are intercepted too, without a certificate.
type MITM struct {
	Passthrough
	Forgery Forgery `json:"forgery"`
	Other   string  `json:"other,omitempty"`
}

func init() {
	RegisterFault("mitm", &MITM{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("cert")
		f, err := ParseForgery(p.str("cert", string(ForgerySelfSigned)))
		if err != nil {
			return nil, err
		}
		out := &MITM{Forgery: f, Other: p.str("other", "")}
		return out, p.done()
	})
}

// Interception relays.
func (f *MITM) Interception() Interception {
	return Interception{Forgery: f.Forgery, OtherHost: f.Other}
}
