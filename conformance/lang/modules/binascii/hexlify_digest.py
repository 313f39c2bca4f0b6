# Print a firmware digest as hex, the way updaters log it.
import binascii
digest = bytes([0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x01, 0x7F, 0x80, 0xFF])
h = binascii.hexlify(digest)
print(h)
print(h.decode())
print(type(h).__name__, len(h))
print(binascii.hexlify(digest, ':'))
print(binascii.hexlify(digest, b' ').decode())
print(binascii.hexlify(b''))
print(binascii.hexlify(bytearray(b'OTA')))
