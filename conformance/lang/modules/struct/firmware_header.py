# A firmware image header: magic, version, length, crc, parsed with struct.unpack.
import struct
HDR = "<4sHHII"
print(struct.calcsize(HDR))
hdr = struct.pack(HDR, b"OTA1", 2, 7, 123456, 0xDEADBEEF)
print(hdr)
magic, major, minor, length, crc = struct.unpack(HDR, hdr)
print(magic, major, minor, length, hex(crc))
image = hdr + b"\xAA" * 16
print(struct.unpack_from("<I", image, 8))
print(struct.unpack(HDR, image)[3])
