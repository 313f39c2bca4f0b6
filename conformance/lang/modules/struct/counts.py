# Repeat counts on every typecode.
import struct
print(struct.calcsize("<10H"), struct.calcsize("<2q3b"), struct.calcsize("@3bi"))
v = struct.unpack("<4B2H", bytes(range(8)))
print(v, len(v))
print(struct.pack("<3h", 1, -1, 256))
print(struct.unpack(">2I", b"\x00\x00\x00\x01\x00\x00\x00\x02"))
print(struct.pack("<0B"), struct.unpack("<0B", b""))
print(struct.calcsize("<12s4xI"))
