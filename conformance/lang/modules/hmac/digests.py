# hmac over hashlib.sha256 (the one algorithm every build has): digests and hexdigests
import hmac
import hashlib

key = b"secret-key"
msg = b"firmware v1.2.3 manifest"
for mod in (hashlib.sha256, "sha256"):
    h = hmac.new(key, msg, mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())

h = hmac.new(bytearray(b"k"), digestmod=hashlib.sha256)
h.update(b"part one, ")
h.update(b"part two")
print(h.digest())

# keys longer than the block size are hashed first
long_key = b"x" * 100
print(hmac.new(long_key, b"data", hashlib.sha256).hexdigest())
print(hmac.new(b"", b"", hashlib.sha256).hexdigest())
print(hmac.HMAC(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(len(hmac.new(b"k", b"m", hashlib.sha256).digest()))
