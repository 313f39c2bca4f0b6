# f, d and e (half) floats.
import struct
print(struct.pack("<f", 1.0), struct.pack(">f", -2.5))
print(struct.pack("<d", 0.5), struct.pack(">d", 1e300))
print(struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.unpack("<f", struct.pack("<f", 3)))
for v in [0.0, 1.0, -2.0, 0.5, 1.5, 65504.0, 0.25]:
    print(v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"))
try:
    struct.pack("<f", "1.0")
except TypeError as e:
    print(e)
