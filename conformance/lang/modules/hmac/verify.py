# an updater's signature check: HMAC-SHA256 of a manifest, compared in constant time by hand
import hmac
import hashlib
import binascii
import json

SECRET = b"\x01\x02\x03 device shared secret"


def sign(body):
    return binascii.hexlify(hmac.new(SECRET, body, hashlib.sha256).digest()).decode()


def equal(a, b):
    if len(a) != len(b):
        return False
    diff = 0
    for x, y in zip(a, b):
        diff |= ord(x) ^ ord(y)
    return diff == 0


manifest = json.dumps({"version": "1.4.0", "files": ["main.py", "lib/ota.py"]})
sig = sign(manifest.encode())
print(sig)
print(equal(sig, sign(manifest.encode())))
print(equal(sig, sign(manifest.replace("1.4.0", "1.4.1").encode())))
print(hmac.new(SECRET, manifest.encode(), hashlib.sha256).hexdigest() == sig)
