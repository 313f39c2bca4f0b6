# A staged over-the-air updater: the same update as examples/naive, done so that a power cut
# at any moment leaves one complete version.
#
#   1. download every file into /stage, streaming, and check its SHA-256;
#   2. write the commit record (/stage/commit.json) atomically: a temporary file, then a
#      rename (one metadata commit on littlefs and on FAT);
#   3. apply: move each staged file into place, then remove the record. Applying is
#      idempotent, and it runs first thing at every boot while the record exists, so a cut
#      during it is finished at the next boot (no reliance on rename-over-existing being
#      atomic, so it holds on FAT too).
import binascii
import hashlib
import json
import machine
import network
import os
import time

import requests

SERVER = "http://ota.example"
STAGE = "/stage"
COMMIT = STAGE + "/commit.json"


def exists(path):
    try:
        os.stat(path)
        return True
    except OSError:
        return False


def staged(name):
    return STAGE + "/" + name.replace("/", "__")


def apply():
    with open(COMMIT) as f:
        record = json.load(f)
    for name in record["files"]:
        if exists(staged(name)):
            os.rename(staged(name), "/" + name)
    os.remove(COMMIT)


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


def download(name, sha256):
    r = requests.get(SERVER + "/" + name)
    if r.status_code != 200:
        raise OSError("HTTP %d for %s" % (r.status_code, name))
    h = hashlib.sha256()
    buf = bytearray(512)
    with open(staged(name), "wb") as f:
        while True:
            n = r.raw.readinto(buf)
            if not n:
                break
            h.update(buf[:n])
            f.write(buf[:n])
    r.close()
    if binascii.hexlify(h.digest()).decode() != sha256:
        raise ValueError("bad SHA-256 for " + name)


def update():
    connect()
    manifest = requests.get(SERVER + "/manifest.json").json()
    if manifest["version"] == installed():
        return
    print("updating to", manifest["version"])
    if not exists(STAGE):
        os.mkdir(STAGE)
    for entry in manifest["files"]:
        download(entry["path"], entry["sha256"])
    with open(staged("version.txt"), "w") as f:
        f.write(manifest["version"])
    names = [e["path"] for e in manifest["files"]] + ["version.txt"]
    with open(COMMIT + ".tmp", "w") as f:
        json.dump({"files": names}, f)
    os.rename(COMMIT + ".tmp", COMMIT)
    apply()
    machine.reset()


if exists(COMMIT):
    apply()  # finish an update a reset or power cut interrupted

import app  # noqa: E402

app.main()
try:
    update()
except Exception as e:  # a failed download leaves the running version; the next boot retries
    print("update failed:", repr(e))
