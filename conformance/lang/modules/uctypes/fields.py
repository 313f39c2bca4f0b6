import uctypes
print(uctypes.ARRAY, uctypes.PTR, uctypes.UINT8, uctypes.INT8, uctypes.UINT16, uctypes.INT64, uctypes.FLOAT32, uctypes.FLOAT64, uctypes.BFUINT16, uctypes.BF_POS, uctypes.BF_LEN, uctypes.VOID, uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.LONG, uctypes.ULONGLONG)
H = {
    "name": (uctypes.ARRAY | 0, uctypes.UINT8 | 100),
    "size": (uctypes.ARRAY | 124, uctypes.UINT8 | 11),
}
buf = bytearray(512)
buf[0:5] = b"hello"
buf[124:135] = b"00000001750"
h = uctypes.struct(uctypes.addressof(buf), H, uctypes.LITTLE_ENDIAN)
print(h.name[0], str(h.name, "utf-8").rstrip("\0"), int(bytes(h.size), 8))
print(type(h.name), len(h.name), uctypes.sizeof(H), uctypes.sizeof(h), uctypes.sizeof(H, uctypes.NATIVE))
h.name[:3] = b"abc"
print(bytes(buf[:8]))
h.name[0] = 65
print(bytes(buf[:8]))
S = {"a": uctypes.UINT16 | 0, "b": uctypes.INT8 | 2, "c": uctypes.UINT32 | 4, "f": uctypes.BFUINT8 | 8 | 2 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
     "arr": (uctypes.ARRAY | 12, uctypes.UINT16 | 4), "sub": (20, {"x": uctypes.UINT8 | 0, "y": uctypes.INT16 | 2})}
b = bytearray(range(1, 33))
for lay in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(b), S, lay)
    print(s.a, s.b, s.c, s.f, s.arr[0], s.arr[3], s.sub.x, s.sub.y, uctypes.sizeof(s))
s = uctypes.struct(uctypes.addressof(b), S, uctypes.LITTLE_ENDIAN)
s.a = 0x1234
s.b = -1
s.f = 5
s.arr[1] = 0xbeef
print(bytes(b[:16]))
try:
    s.arr[4]
except IndexError as e:
    print("IndexError", e)
try:
    s.nope
except KeyError as e:
    print("KeyError", e)
try:
    uctypes.sizeof(5)
except TypeError as e:
    print("TypeError", e)
try:
    uctypes.sizeof({"a": "x"})
except TypeError as e:
    print("TypeError", e)
a = uctypes.addressof(b)
print(uctypes.bytes_at(a + 2, 3), uctypes.bytearray_at(a, 2))
print(uctypes.addressof(b) == a, uctypes.addressof(h) == uctypes.addressof(buf))
x = uctypes.bytearray_at(a, 4)
x[0] = 99
print(b[0])
print(repr(s)[:14], repr(s.arr)[:13])
try:
    uctypes.addressof(5)
except TypeError as e:
    print("TypeError", e)
print(uctypes.sizeof(bytearray(7)))
