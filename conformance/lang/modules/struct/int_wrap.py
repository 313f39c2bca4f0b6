# MicroPython stores integers modulo the field size; no range errors.
import struct
print(struct.pack("<b", 200), struct.pack("<B", -1), struct.pack("<B", 256))
print(struct.pack("<h", 70000), struct.pack("<H", -2))
print(struct.pack("<i", 2**31), struct.pack("<I", -1))
print(struct.pack("<q", -1), struct.pack("<Q", 2**64 + 1))
print(struct.pack("<b", True), struct.pack("<h", False))
print(struct.unpack("<b", b"\x80"), struct.unpack("<B", b"\x80"))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"))
print(struct.unpack("<iI", b"\xff\xff\xff\xff" * 2))
print(struct.unpack("<qQ", b"\xff" * 16))
