# unpack_from with offsets, negative offsets, and unpack's lenient length.
import struct
data = bytes(range(10))
print(struct.unpack_from("<H", data))
print(struct.unpack_from("<H", data, 4))
print(struct.unpack_from("<H", data, -2))
print(struct.unpack("<H", data))
print(struct.unpack_from(">I", bytearray(data), 6))
print(struct.unpack_from("<B", memoryview(data)[5:]))
for off in [9, 10, 11, -11]:
    try:
        print(struct.unpack_from("<H", data, off))
    except ValueError as e:
        print(off, e)
try:
    struct.unpack("<I", b"\x00\x01")
except ValueError as e:
    print(e)
