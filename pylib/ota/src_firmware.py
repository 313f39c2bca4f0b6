# Source "firmware": a new MicroPython firmware image written into the next OTA app partition
# of an ESP32 (esp32.Partition), A/B with the bootloader's rollback.
#
# The release description is a small JSON file (cfg "url", default name firmware.json):
#   {"version": "1.1.0", "file": "firmware.bin", "size": 1234567, "sha256": "HEX"}
# signed like manifest.json when cfg "key" is set (firmware.json.sig: hex HMAC-SHA256 of the
# exact bytes, required then). check() compares its version with the running image's own
# (esp_app_desc_t.version read from Partition.RUNNING): equal means nothing to do.
#
# fetch() streams the image from HTTP into Partition.RUNNING.get_next_update() in 4 KiB blocks
# (writeblocks erases each first), hashing as it goes, then reads the partition back and hashes
# it again: both must equal the description's SHA-256 and size before apply_firmware() calls
# set_boot() (which also has the bootloader's own image check). The core then records the trial
# and resets. The new image boots PENDING_VERIFY: ota.boot()'s health check confirms it
# (on_confirm: Partition.mark_app_valid_cancel_rollback()); a failed check, or any reset before
# it, makes the bootloader boot the previous image again (on_rollback resets at once if the new
# image still runs). If the bootloader rolled back by itself (a reset during the trial boot),
# on_confirm finds the old image running and records that instead, the version rejected.
#
# Config: "url", "key", "max_manifest". Keep "rollback_protect" comparable: the release version
# is the firmware's, compared with the recorded one.
import json

from . import util
from ._srcutil import check_path, check_version
from .errors import Integrity, NetError, Refused
from .store import Release

try:
    from esp32 import Partition
except ImportError:
    Partition = None

BLOCK = 4096
APP_DESC_MAGIC = b"\x32\x54\xcd\xab"  # 0xABCD5432, little-endian, at image offset 0x20


def parse_descriptor(data):
    """firmware.json's bytes -> (version, file, size, sha256). Refused on malformed input."""
    try:
        m = json.loads(data)
    except (ValueError, UnicodeError):
        raise Refused("firmware: description is not JSON")
    if not isinstance(m, dict):
        raise Refused("firmware: description is not an object")
    v = check_version(m.get("version"), "firmware version")
    f = m.get("file")
    check_path(f)
    size = m.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 64 or size > 0x1000000:
        raise Refused("firmware: bad size")
    sha = m.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdefABCDEF" for c in sha):
        raise Refused("firmware: bad sha256")
    return v, f, size, sha.lower()


def parse_app_desc(head):
    """The first 0x50+ bytes of an app image -> its esp_app_desc_t version ("" without one)."""
    if len(head) < 0x50 or head[0] != 0xE9 or bytes(head[0x20:0x24]) != APP_DESC_MAGIC:
        return ""
    v = bytes(head[0x30:0x50])
    i = v.find(b"\0")
    if i >= 0:
        v = v[:i]
    try:
        return v.decode()
    except UnicodeError:
        return ""


def running_version():
    """The running app image's version ("" when unknown or not an ESP32)."""
    if Partition is None:
        return ""
    buf = bytearray(0x50)
    Partition(Partition.RUNNING).readblocks(0, buf)
    return parse_app_desc(buf)


class Source:
    def __init__(self, cfg, http, store):
        if Partition is None:
            raise Refused("firmware: this board has no esp32.Partition")
        self.cfg = cfg
        self.http = http
        self.store = store
        url = cfg.get("url")
        if not url:
            raise Refused("firmware: no url configured")
        if url.endswith("/"):
            url += "firmware.json"
        self.url = url
        self.base = url[: url.rfind("/") + 1]

    def check(self, current):
        body = self.http.get(self.url, self.cfg["max_manifest"])
        key = self.cfg.get("key")
        if key:
            try:
                sig = self.http.get(self.url + ".sig", 256)
            except NetError as e:
                raise Refused("firmware: signature missing: %s" % (e.args[0],))
            mac = util.HMAC(key)
            mac.update(body)
            if not util.same(mac.hexdigest(), bytes(sig[:64]).decode()):
                raise Refused("firmware: signature mismatch")
        v, f, size, sha = parse_descriptor(body)
        if v == running_version():
            return None
        try:
            nxt = Partition(Partition.RUNNING).get_next_update()
        except OSError as e:
            raise Refused("firmware: no OTA partition to update: %r" % (e,))
        if size > nxt.info()[3]:
            raise Refused("firmware: image of %d bytes over the partition" % size)
        fw = {"url": self.base + f, "size": size, "sha256": sha}
        return Release(v, [], firmware=fw)

    def fetch(self, rel, stage, progress=None):
        fw = rel.firmware
        nxt = Partition(Partition.RUNNING).get_next_update()
        w = _PartWriter(nxt, fw["size"])
        # the client's retries, resumed with Range (w.tell()) or restarted (w.restart())
        self.http.download(fw["url"], w, stage.buf, progress)
        n = w.finish()
        if util.hexlify(w.h.digest()) != fw["sha256"]:
            raise Integrity("firmware: SHA-256 mismatch")
        # read back what the flash holds
        import hashlib

        buf = w.buf
        mv = memoryview(buf)
        h = hashlib.sha256()
        left = n
        blk = 0
        while left:
            nxt.readblocks(blk, buf)
            k = min(left, BLOCK)
            h.update(mv[:k])
            left -= k
            blk += 1
        if util.hexlify(h.digest()) != fw["sha256"]:
            raise Integrity("firmware: partition read-back differs")

    def apply_firmware(self, rel, store):
        nxt = Partition(Partition.RUNNING).get_next_update()
        try:
            nxt.set_boot()
        except OSError as e:
            raise Integrity("firmware: set_boot refused the image: %r" % (e,))


def on_confirm(store):
    # the trial's health check passed: keep the image, unless the bootloader already went back
    run = running_version()
    v = store.version()
    if Partition is None or not run:
        return
    if run != v:
        print("ota: firmware", v, "is not running (", run, "): rolled back by the bootloader")
        rej = store.rejected()
        if v not in rej:
            rej = rej + [v]
        store._write({"state": "idle", "version": run, "rejected": rej})
        return
    try:
        Partition.mark_app_valid_cancel_rollback()
    except OSError as e:
        print("ota: mark_app_valid_cancel_rollback:", repr(e))


def on_rollback(store):
    # the new image failed: while it still runs (pending verify), a reset makes the bootloader
    # start the previous image
    if Partition is None:
        return
    if running_version() in store.rejected():
        import machine

        machine.reset()


class _PartWriter:
    # The download writer of an image (write/tell/restart, as a stage writer): bytes hashed
    # and gathered into 4 KiB blocks written to the partition (writeblocks erases each first);
    # never more than size bytes.
    def __init__(self, part, size):
        self.part = part
        self.size = size
        self.buf = bytearray(BLOCK)
        self.mv = memoryview(self.buf)
        self.restart()

    def restart(self):
        import hashlib

        self.h = hashlib.sha256()
        self.n = 0
        self.blk = 0
        self.fill = 0

    def tell(self):
        return self.n

    def write(self, b):
        if self.n + len(b) > self.size:
            raise Integrity("firmware: more than %d bytes" % self.size)
        self.h.update(b)
        self.n += len(b)
        i = 0
        while i < len(b):
            k = min(len(b) - i, BLOCK - self.fill)
            self.mv[self.fill : self.fill + k] = b[i : i + k]
            self.fill += k
            i += k
            if self.fill == BLOCK:
                self.part.writeblocks(self.blk, self.buf)
                self.blk += 1
                self.fill = 0

    def finish(self):
        # the last partial block, padded with 0xFF; the byte count checked
        if self.n != self.size:
            raise Integrity("firmware: %d bytes, want %d" % (self.n, self.size))
        if self.fill:
            for i in range(self.fill, BLOCK):
                self.buf[i] = 0xFF
            self.part.writeblocks(self.blk, self.buf)
            self.fill = 0
        return self.n
