# Compare a manifest's hex digest with raw bytes.
import binascii
manifest_sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
raw = binascii.unhexlify(manifest_sha)
print(len(raw), raw[:4])
print(binascii.hexlify(raw).decode() == manifest_sha)
print(binascii.unhexlify(manifest_sha.upper()) == raw)
print(binascii.unhexlify(b"cafe"))
print(binascii.unhexlify("ca fe\n"))
