# 's' takes a count as its length; short values are padded with zeros, long ones cut.
import struct
print(struct.pack("8s", b"abc"))
print(struct.pack("3s", b"abcdef"))
print(struct.pack("s", b"xyz"))
print(struct.pack("0s", b"xyz"))
print(struct.pack("4s", "str"))
print(struct.pack("2s2x2s", b"ab", b"cd"))
print(struct.unpack("3s2x", b"abc\x00\x00"))
print(struct.unpack("<5sB", b"hello\x07"))
try:
    struct.pack("4s", 42)
except TypeError as e:
    print(e)
