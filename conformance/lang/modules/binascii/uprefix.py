# Old updaters import ubinascii.
import ubinascii
import binascii
print(ubinascii.hexlify(b"\x01\xab"))
print(ubinascii.unhexlify(b"01ab"))
print(binascii.crc32(b"x") == ubinascii.crc32(b"x"))
print(ubinascii.b2a_base64(b"hi"))
