# A naive over-the-air updater, written the way many are: the application starts first, then
# the updater downloads every file of the new release straight over the old one and resets.
# A power cut between two files leaves a mix of versions that crashes on import: the board is
# bricked. `ota-emu sweep` finds it; examples/staged is the same update done safely.
import machine
import network
import time

import requests

SERVER = "http://ota.example"


def connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect("ota-emu", "micropython")
    for _ in range(100):
        if wlan.isconnected():
            return
        time.sleep_ms(100)
    raise OSError("no Wi-Fi")


def installed():
    try:
        with open("version.txt") as f:
            return f.read().strip()
    except OSError:
        return "0"


import app  # noqa: E402  (a half-updated tree fails right here)

app.main()

connect()
manifest = requests.get(SERVER + "/manifest.json").json()
if manifest["version"] != installed():
    print("updating to", manifest["version"])
    for name in manifest["files"]:
        r = requests.get(SERVER + "/" + name)
        with open(name, "wb") as f:
            f.write(r.content)
        r.close()
    with open("version.txt", "w") as f:
        f.write(manifest["version"])
    machine.reset()
