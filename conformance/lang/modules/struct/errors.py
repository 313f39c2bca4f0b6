# Bad typecodes and argument errors.
import struct
for fmt in ["?", "c", "n", "z", " i", "i i", "<3", "=b"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except ValueError as e:
        print(repr(fmt), e)
tests = [lambda: struct.pack(), lambda: struct.unpack("<h"), lambda: struct.unpack("<h", b"ab", 0, 1),
         lambda: struct.pack_into("<h", bytearray(2)), lambda: struct.calcsize(3), lambda: struct.pack("<h", 1.5),
         lambda: struct.pack("<h", "1"), lambda: struct.unpack("<h", 5), lambda: struct.unpack_from("<h", b"ab", offset=0),
         lambda: struct.calcsize()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
