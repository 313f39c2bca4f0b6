# A hand-written HMAC-SHA256 (what updaters do without the hmac module).
import hashlib, binascii
def hmac_sha256(key, msg):
    if len(key) > 64:
        key = hashlib.sha256(key).digest()
    key = key + b"\x00" * (64 - len(key))
    o = bytes(b ^ 0x5C for b in key)
    i = bytes(b ^ 0x36 for b in key)
    inner = hashlib.sha256(i + msg).digest()
    return hashlib.sha256(o + inner).digest()
print(binascii.hexlify(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog")).decode())
print(binascii.hexlify(hmac_sha256(b"k" * 100, b"msg")).decode())
