# There is no hexdigest(): updaters hexlify the digest themselves.
import hashlib, binascii
h = hashlib.sha256(b"update.tar")
try:
    print(h.hexdigest())
except AttributeError as e:
    print("AttributeError:", e)
print(binascii.hexlify(h.digest()).decode())
print("".join("%02x" % b for b in hashlib.sha256(b"update.tar").digest()))
