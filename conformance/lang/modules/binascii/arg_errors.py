# Argument count errors of binascii's functions.
import binascii
tests = [
    lambda: binascii.hexlify(),
    lambda: binascii.hexlify(b"a", ":", 1),
    lambda: binascii.unhexlify(),
    lambda: binascii.unhexlify("aa", "bb"),
    lambda: binascii.crc32(),
    lambda: binascii.crc32(b"a", 1, 2),
    lambda: binascii.crc32(b"a", 1.5),
    lambda: binascii.crc32(None),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
