# Old updaters import uhashlib and ubinascii.
import uhashlib, ubinascii
import hashlib
print(uhashlib.sha256 is hashlib.sha256)
print(ubinascii.hexlify(uhashlib.sha256(b"ota").digest()))
