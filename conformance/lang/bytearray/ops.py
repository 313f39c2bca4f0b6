a = bytearray(b"ab")
b = a + b"cd"
print(b, type(b).__name__)
a += b"xy"
print(a)
try:
    print(a * 2)
except TypeError as e:
    print("TypeError:", e)
print(b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(a == bytearray(b"abxy"), a == b"abxy", a != b"ab")
print(list(a))
for needle in (98, b"bx"):
    try:
        print(needle in a)
    except NotImplementedError as e:
        print("NotImplementedError", repr(str(e)))
print(bytearray(3) == bytes(3))
