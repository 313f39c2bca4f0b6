# MicroPython packs missing values as zeros and ignores extra ones.
import struct
print(struct.pack("<HHH", 1))
print(struct.pack("<HHH", 1, 2, 3, 4, 5))
print(struct.pack("<3B", 9))
print(struct.pack("<B2x"))
print(struct.pack("<4sH", b"ab"))
print(struct.pack(""), struct.calcsize(""))
