# pack_into a preallocated bytearray, as block writers do.
import struct
buf = bytearray(16)
struct.pack_into("<I", buf, 0, 0xCAFEBABE)
struct.pack_into("<HH", buf, 4, 1, 2)
struct.pack_into(">Q", buf, 8, 0x0102030405060708)
print(buf)
struct.pack_into("<h", buf, -2, -1)
print(buf[-4:])
mv = memoryview(buf)
struct.pack_into("<2s", mv, 2, b"zz")
print(buf[:6])
for args in [(buf, 15, 1), (buf, -17, 1), (bytes(4), 0, 1)]:
    try:
        struct.pack_into("<H", *args)
    except Exception as e:
        print(type(e).__name__, e)
