// Package netsim is the network of an emulated MicroPython device, entirely in memory and on a
// virtual clock: a Wi-Fi access point, DNS names for virtual hosts, TCP streams that implement
// net.Conn, real TLS (crypto/tls) with a deterministic netsim CA and a catalogue of forged
// certificates for a man in the middle, update servers (a static release server and a GitHub
// emulator), and faults in the style of Toxiproxy (one file per fault, registered by name).
//
// netsim owns the virtual Clock shared with the device. Latency, bandwidth, stalls and timeouts
// advance that clock; nothing in netsim ever sleeps on the wall clock to model time, and netsim
// never opens a host socket: every byte a device sends stays in this process. (Bridging virtual
// hosts to loopback for `ota-emu serve` is a separate concern and is not done here.)
//
// # Determinism
//
// Real net/http and crypto/tls servers run in their own goroutines over netsim connections. To
// keep goroutine timing from reaching anything the device can observe, every byte written into
// a stream carries a virtual arrival time, and every device operation first waits (in wall
// time) until the server side is quiescent: each open server-side connection is closed or its
// reading goroutine is blocked in netsim with nothing it could consume. Only then does the
// device act, and only the device goroutine ever advances the clock. Server goroutines therefore
// never see the clock move while they compute, and the run trace (Trace) is a pure function of
// the scenario and the seed.
//
// The device side of the network (Network.Dial, the Conn it returns, Clock.Advance) must be used
// from one goroutine: the one running the device's Python interpreter.
package netsim
