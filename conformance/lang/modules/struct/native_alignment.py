# Native '@' mode aligns each value to its size (8 for q and d on 32-bit boards).
import struct
for fmt in ["b", "bh", "bi", "bq", "bd", "hb", "bhb", "ihq", "bf", "3bi", "b3x", "bH2s", "<bq", ">bd"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("bi", 1, 2))
print(struct.pack("@bhb", 1, 2, 3))
print(struct.unpack("bq", bytes(range(16))))
