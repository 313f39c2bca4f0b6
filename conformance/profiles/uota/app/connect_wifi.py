import network
import time


def connect_wifi():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect("ota-emu", "micropython")
    for _ in range(100):
        if wlan.isconnected():
            return True
        time.sleep_ms(100)
    print("no Wi-Fi")
    return False
