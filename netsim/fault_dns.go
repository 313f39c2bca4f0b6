package netsim

// DNSFail makes lookups of the targeted host fail (getaddrinfo raises OSError): every lookup,
// or times=N of them after after=M successful ones.
type DNSFail struct {
	Passthrough
	Window window `json:"window"`
}

func init() {
	RegisterFault("dns_fail", &DNSFail{}, func(m map[string]string) (Fault, error) {
		p := newParams(m)
		p.primary("times")
		f := &DNSFail{Window: parseWindow(p)}
		return f, p.done()
	})
}

// FailLookup reports whether lookup number i fails.
func (f *DNSFail) FailLookup(_ string, i int) bool { return f.Window.hit(i) }
