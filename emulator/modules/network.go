package modules

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
)

// The network module: network.WLAN over netsim's access points, with each port's status codes.
// Objects made by a module function keep their interpreter, since their methods are called
// with the object, not the module, as self.

// netDevice is what network and socket need from the device (emulator.Device).
type netDevice interface {
	Network() *netsim.Network
}

func netOf(it *mpy.Interp) (*netsim.Network, error) {
	if d, ok := it.Device().(netDevice); ok && d.Network() != nil {
		return d.Network(), nil
	}
	return nil, it.NewOSErrorFor(it.Errno("ENODEV"))
}

// wifiCodes are the board's network.STAT_* values.
func wifiCodes(it *mpy.Interp) netsim.WiFiCodes {
	if it.Platform() == "rp2" {
		return netsim.RP2WiFiCodes
	}
	return netsim.ESP32WiFiCodes
}

// WLAN is a network.WLAN interface object.
type WLAN struct {
	it     *mpy.Interp
	iface  int
	active bool
}

// WLANType is the type of network.WLAN objects.
var WLANType = py.NewType("WLAN", "")

// Type returns WLANType.
func (w *WLAN) Type() *py.Type { return WLANType }

func wlanMethod(name string, fn func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error)) {
	WLANType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		w := self.(*WLAN)
		n, err := netOf(w.it)
		if err != nil {
			return nil, err
		}
		return fn(w, n, args)
	}, 0, "")
}

func init() {
	wlanMethod("active", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return py.NewBool(w.active), nil
		}
		on, err := mpy.Truth(args[0])
		if err != nil {
			return nil, err
		}
		w.active = on
		if !on {
			n.WiFiDisconnect()
		}
		return py.None, nil
	})
	wlanMethod("connect", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		if !w.active {
			return nil, mpy.NewException(py.OSError, py.String("Wifi Not Started"))
		}
		ssid, pass := "", ""
		if len(args) > 0 {
			s, _ := args[0].(py.String)
			ssid = string(s)
		}
		if len(args) > 1 {
			p, _ := args[1].(py.String)
			pass = string(p)
		}
		n.WiFiConnect(ssid, pass)
		return py.None, nil
	})
	wlanMethod("disconnect", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		n.WiFiDisconnect()
		return py.None, nil
	})
	wlanMethod("isconnected", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		return py.NewBool(w.active && n.WiFiConnected()), nil
	})
	wlanMethod("status", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		if len(args) > 0 {
			if s, ok := args[0].(py.String); ok && s == "rssi" {
				return py.Int(n.WiFiRSSI()), nil
			}
		}
		return py.Int(wifiCodes(w.it)[n.WiFiStatus()]), nil
	})
	wlanMethod("ifconfig", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		ip := "0.0.0.0"
		if n.WiFiConnected() {
			ip = n.DeviceIP()
		}
		gw := ip[:strings.LastIndexByte(ip, '.')] + ".1"
		if ip == "0.0.0.0" {
			gw = ip
		}
		return py.Tuple{py.String(ip), py.String("255.255.255.0"), py.String(gw), py.String(gw)}, nil
	})
	wlanMethod("config", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		if len(args) == 1 {
			if s, ok := args[0].(py.String); ok {
				switch s {
				case "mac":
					return mpy.NewBytes([]byte{0x24, 0x0a, 0xc4, 0x12, 0x34, 0x56}), nil
				case "hostname", "dhcp_hostname":
					return py.String("mpy-device"), nil
				}
			}
		}
		return py.None, nil
	})
	wlanMethod("scan", func(w *WLAN, n *netsim.Network, args py.Tuple) (py.Object, error) {
		var out []py.Object
		for _, ap := range n.WiFiScan() {
			out = append(out, py.Tuple{mpy.NewBytes([]byte(ap.SSID)), mpy.NewBytes(make([]byte, 6)),
				py.Int(1), py.Int(ap.RSSI), py.Int(3), py.False})
		}
		return py.NewListFromItems(out), nil
	})
	if err := WLANType.Ready(); err != nil {
		panic(err)
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "network"},
		Methods: []*py.Method{
			py.MustNewMethod("WLAN", func(self py.Object, args py.Tuple) (py.Object, error) {
				iface := 0
				if len(args) > 0 {
					if n, ok := args[0].(py.Int); ok {
						iface = int(n)
					}
				}
				return &WLAN{it: mpy.InterpOf(self.(*py.Module).Context), iface: iface}, nil
			}, 0, ""),
			py.MustNewMethod("hostname", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.String("mpy-device"), nil
			}, 0, ""),
		},
		Globals: py.StringDict{"STA_IF": py.Int(0), "AP_IF": py.Int(1)},
	})
	mpy.RegisterModuleSetup("network", func(it *mpy.Interp, m *py.Module) {
		for status, code := range wifiCodes(it) {
			m.Globals[status.String()] = py.Int(code)
		}
	})
}
