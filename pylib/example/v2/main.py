import network
import time
import ota


def connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect("ota-emu", "micropython")
    for _ in range(100):
        if wlan.isconnected():
            return
        time.sleep_ms(100)
    raise OSError("no Wi-Fi")


with open("version") as f:
    print("running version", f.read().strip())
import app

app.main()
try:
    connect()
    ota.Updater().apply()
except Exception as e:
    print("ota: update failed:", repr(e))
