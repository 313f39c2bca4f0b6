package netsim

import (
	"fmt"
	"sort"
	"time"
)

// AccessPoint is a Wi-Fi network the device can join.
type AccessPoint struct {
	SSID     string
	Password string
	// AssocDelay is how long association and DHCP take (virtual time) before the device has an
	// address. Zero means 2 seconds, a typical figure for a board.
	AssocDelay time.Duration
	// RSSI is the signal strength reported while connected, in dBm (zero means -55).
	RSSI int
}

// WiFiStatus is the state of the device's station interface, board-independent. The board's
// numbers for it are in ESP32WiFiCodes and RP2WiFiCodes.
type WiFiStatus int

const (
	// WiFiIdle: no connection and no activity.
	WiFiIdle WiFiStatus = iota
	// WiFiConnecting: association or DHCP in progress.
	WiFiConnecting
	// WiFiWrongPassword: the access point refused the password.
	WiFiWrongPassword
	// WiFiNoAPFound: no access point with the SSID answered.
	WiFiNoAPFound
	// WiFiConnectFail: the connection failed for another reason, or the link was lost (the
	// access point went away after the device had joined).
	WiFiConnectFail
	// WiFiGotIP: connected, with an address.
	WiFiGotIP
)

var wifiStatusNames = map[WiFiStatus]string{
	WiFiIdle: "STAT_IDLE", WiFiConnecting: "STAT_CONNECTING", WiFiWrongPassword: "STAT_WRONG_PASSWORD",
	WiFiNoAPFound: "STAT_NO_AP_FOUND", WiFiConnectFail: "STAT_CONNECT_FAIL", WiFiGotIP: "STAT_GOT_IP",
}

// String returns MicroPython's constant name for the status (STAT_GOT_IP, ...).
func (s WiFiStatus) String() string {
	if n, ok := wifiStatusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("WiFiStatus(%d)", int(s))
}

// WiFiCodes maps statuses to the integers a port's network.WLAN.status() returns and the
// network.STAT_* constants it defines.
type WiFiCodes map[WiFiStatus]int

// ESP32WiFiCodes are the ESP32 port's values (network_wlan.c: STAT_IDLE 1000, STAT_CONNECTING
// 1001, STAT_GOT_IP 1010, and ESP-IDF reason codes: NO_AP_FOUND 201, WRONG_PASSWORD (AUTH_FAIL)
// 202; a lost link reports BEACON_TIMEOUT 200, which netsim uses for STAT_CONNECT_FAIL).
var ESP32WiFiCodes = WiFiCodes{
	WiFiIdle: 1000, WiFiConnecting: 1001, WiFiGotIP: 1010,
	WiFiNoAPFound: 201, WiFiWrongPassword: 202, WiFiConnectFail: 200,
}

// RP2WiFiCodes are the RP2 (CYW43) port's values: CYW43_LINK_DOWN 0, JOIN 1, UP 3, FAIL -1,
// NONET -2, BADAUTH -3.
var RP2WiFiCodes = WiFiCodes{
	WiFiIdle: 0, WiFiConnecting: 1, WiFiGotIP: 3,
	WiFiConnectFail: -1, WiFiNoAPFound: -2, WiFiWrongPassword: -3,
}

type wifiState struct {
	aps     []AccessPoint
	started bool
	t0      time.Duration
	ssid    string
	pass    string
	aborted time.Duration // outages already applied to connections up to this time
}

// AddAccessPoint makes an access point visible. Once a network has an access point, the device
// needs Wi-Fi (WiFiConnect) before it can resolve or connect; a network without one is wired
// and always up.
func (n *Network) AddAccessPoint(ap AccessPoint) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if ap.AssocDelay == 0 {
		ap.AssocDelay = 2 * time.Second
	}
	if ap.RSSI == 0 {
		ap.RSSI = -55
	}
	n.wifi.aps = append(n.wifi.aps, ap)
}

// WiFiConnect starts joining ssid with password at the current virtual time, as
// network.WLAN.connect does: it returns at once and the status moves on virtual time.
func (n *Network) WiFiConnect(ssid, password string) {
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	now := n.clock.Now()
	n.wifi.started, n.wifi.t0, n.wifi.ssid, n.wifi.pass = true, now, ssid, password
	n.trace.add(true, 0, Event{At: now, Kind: "wifi", Detail: "connect " + ssid})
}

// WiFiDisconnect leaves the access point; open connections are aborted.
func (n *Network) WiFiDisconnect() {
	n.settle()
	n.mu.Lock()
	defer n.mu.Unlock()
	now := n.clock.Now()
	n.wifi.started = false
	n.abortDeviceConnsLocked(now)
	n.trace.add(true, 0, Event{At: now, Kind: "wifi", Detail: "disconnect"})
}

// WiFiStatus returns the station status at the current virtual time.
func (n *Network) WiFiStatus() WiFiStatus {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.wifiStatusLocked(n.clock.Now())
}

// WiFiConnected reports whether the device has an address (isconnected()).
func (n *Network) WiFiConnected() bool { return n.WiFiStatus() == WiFiGotIP }

// WiFiRSSI returns the signal strength of the joined access point, or 0 when not connected.
func (n *Network) WiFiRSSI() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.wifiStatusLocked(n.clock.Now()) != WiFiGotIP {
		return 0
	}
	if ap := n.apLocked(n.wifi.ssid); ap != nil {
		return ap.RSSI
	}
	return 0
}

// WiFiScan returns the access points visible now, sorted by SSID.
func (n *Network) WiFiScan() []AccessPoint {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.outageAtLocked(n.clock.Now()) {
		return nil
	}
	out := append([]AccessPoint(nil), n.wifi.aps...)
	sort.Slice(out, func(i, j int) bool { return out[i].SSID < out[j].SSID })
	return out
}

func (n *Network) apLocked(ssid string) *AccessPoint {
	for i := range n.wifi.aps {
		if n.wifi.aps[i].SSID == ssid {
			return &n.wifi.aps[i]
		}
	}
	return nil
}

// outageLocked returns the first outage window of all Wi-Fi faults that ends after t.
func (n *Network) outageLocked(t time.Duration) (start, end time.Duration, ok bool) {
	start, end = never, never
	for _, r := range n.rules {
		f, is := r.fault.(WiFiFault)
		if !is {
			continue
		}
		if s, e, has := f.Outage(t); has && (s < start || !ok) {
			start, end, ok = s, e, true
		}
	}
	return start, end, ok
}

func (n *Network) outageAtLocked(t time.Duration) bool {
	s, e, ok := n.outageLocked(t)
	return ok && s <= t && t < e
}

// wifiStatusLocked computes the status at t from the connect time and the outage windows.
func (n *Network) wifiStatusLocked(t time.Duration) WiFiStatus {
	w := &n.wifi
	if !w.started {
		return WiFiIdle
	}
	ap := n.apLocked(w.ssid)
	delay := 2 * time.Second
	if ap != nil {
		delay = ap.AssocDelay
	}
	joined := w.t0 + delay
	if t < joined {
		return WiFiConnecting
	}
	if ap == nil || n.outageAtLocked(joined) {
		return WiFiNoAPFound
	}
	if ap.Password != w.pass {
		return WiFiWrongPassword
	}
	// Walk the outages after joining: during one the link is lost; after it the station
	// re-associates (auto-reconnect) for delay.
	up := joined
	for {
		s, e, ok := n.outageLocked(up)
		if !ok || s > t {
			return WiFiGotIP
		}
		if s < up {
			s = up
		}
		if t < e {
			return WiFiConnectFail
		}
		if e == never {
			return WiFiConnectFail
		}
		up = e + delay
		if t < up {
			return WiFiConnecting
		}
	}
}

// linkUpLocked reports whether the device can use the network at t.
func (n *Network) linkUpLocked(t time.Duration) bool {
	if len(n.wifi.aps) == 0 {
		return !n.outageAtLocked(t)
	}
	return n.wifiStatusLocked(t) == WiFiGotIP
}

// wifiNextLocked returns the next time the Wi-Fi state changes after now.
func (n *Network) wifiNextLocked(now time.Duration) (time.Duration, bool) {
	best, ok := never, false
	consider := func(at time.Duration) {
		if at > now && at < best {
			best, ok = at, true
		}
	}
	w := &n.wifi
	if w.started {
		if ap := n.apLocked(w.ssid); ap != nil {
			consider(w.t0 + ap.AssocDelay)
			// Re-association after an outage that ended less than AssocDelay ago.
			if _, e, has := n.outageLocked(max(now-ap.AssocDelay, 0)); has && e != never {
				consider(e + ap.AssocDelay)
			}
			if s, e, has := n.outageLocked(now); has {
				consider(s)
				if e != never {
					consider(e)
					consider(e + ap.AssocDelay)
				}
			}
		}
	} else if s, e, has := n.outageLocked(now); has {
		consider(s)
		if e != never {
			consider(e)
		}
	}
	return best, ok
}

// wifiAdvanceLocked aborts the device's connections when an outage began since the last call.
func (n *Network) wifiAdvanceLocked(now time.Duration) {
	s, _, ok := n.outageLocked(n.wifi.aborted)
	if ok && s <= now && s >= n.wifi.aborted {
		n.trace.add(true, 0, Event{At: s, Kind: "wifi", Detail: "link lost"})
		n.abortDeviceConnsLocked(s)
		n.wifi.aborted = s + 1
		if s+1 <= now {
			n.wifiAdvanceLocked(now)
		}
		return
	}
	n.wifi.aborted = now
}

// abortDeviceConnsLocked resets every open device connection at t.
func (n *Network) abortDeviceConnsLocked(t time.Duration) {
	for _, c := range n.conns {
		if c.device && !c.closed {
			c.in.deliver(Chunk{Kind: ChunkReset, At: t})
		}
	}
	n.cond.Broadcast()
}
