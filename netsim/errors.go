package netsim

import "errors"

// Errors a device-side operation returns. The device layer maps each to the board's OSError
// errno (ESP32 and RP2 numbers differ; see MICROPYTHON.md). Use errors.Is: returned errors carry
// context around these values.
var (
	// ErrTimeout: a read, write or connect did not complete before its virtual deadline
	// (OSError ETIMEDOUT).
	ErrTimeout = errors.New("netsim: timed out")
	// ErrWouldBlock: a non-blocking operation (timeout 0) could not proceed (OSError EAGAIN).
	ErrWouldBlock = errors.New("netsim: operation would block")
	// ErrConnRefused: nothing listens on the port, or a fault refused the connection
	// (OSError ECONNREFUSED).
	ErrConnRefused = errors.New("netsim: connection refused")
	// ErrConnReset: the peer or the path reset the connection (OSError ECONNRESET).
	ErrConnReset = errors.New("netsim: connection reset by peer")
	// ErrHostUnreachable: no route to the host, e.g. Wi-Fi is not connected
	// (OSError EHOSTUNREACH).
	ErrHostUnreachable = errors.New("netsim: host unreachable")
	// ErrDNS: the name does not resolve (getaddrinfo fails: OSError -2 on ESP32 and RP2).
	ErrDNS = errors.New("netsim: name does not resolve")
	// ErrNotConnected: the connection is gone: the device already saw it reset, and lwIP has
	// dropped it (OSError ENOTCONN).
	ErrNotConnected = errors.New("netsim: not connected")
	// ErrBlockedForever: a blocking operation without a timeout waits for something nothing in
	// the world will ever deliver. A real board would hang here; the emulator reports it.
	ErrBlockedForever = errors.New("netsim: blocked forever (no timeout and nothing will arrive)")
	// ErrServerStuck: a server goroutine neither finished nor blocked within the settle
	// watchdog (wall time). It is a bug in a handler or a fault, never a device behaviour.
	ErrServerStuck = errors.New("netsim: server did not settle")
)
