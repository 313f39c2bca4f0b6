# A firmware header carries a CRC32 of the payload; the updater checks it.
import binascii
payload = b"\x01\x02\x03\x04" * 64
header = binascii.crc32(payload).to_bytes(4, "little")
print(binascii.hexlify(header))
print(int.from_bytes(header, "little") == binascii.crc32(payload))
bad = payload[:-1] + b"\x00"
print(binascii.crc32(bad) == binascii.crc32(payload))
print(binascii.crc32(bytearray(b"abc")), binascii.crc32("abc"))
print(binascii.crc32(b"abc", 0xFFFFFFFF))
