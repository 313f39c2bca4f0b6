# CRC32 of a firmware image computed chunk by chunk equals the one-shot value.
import binascii
image = bytes((i * 31 + 7) & 0xFF for i in range(3000))
whole = binascii.crc32(image)
crc = 0
for off in range(0, len(image), 512):
    crc = binascii.crc32(image[off:off + 512], crc)
print(whole, crc, whole == crc)
print("%08x" % whole)
print(binascii.crc32(b""))
print(binascii.crc32(b"123456789"))
print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")))
