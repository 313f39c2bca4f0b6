# Byte orders: little, big, network, native.
import struct
for order in "<>!@":
    print(order, struct.pack(order + "hIq", -2, 0x01020304, -3))
print(struct.pack(">H", 0xABCD), struct.pack("<H", 0xABCD))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<I", b"\x00\x00\x01\x00"))
print(struct.unpack("!h", b"\xff\xfe"))
try:
    struct.pack("=I", 1)
except ValueError as e:
    print("=I", e)
