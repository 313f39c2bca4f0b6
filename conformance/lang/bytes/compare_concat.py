a = b"abc"
print(a + b"def")
print(a == b"abc", a != b"abd", a < b"abd", a > b"ab")
print(a == "abc")
print(b"" < b"\x00")
print(sorted([b"b", b"a", b"ab"]))
print(max(b"hello"), min(b"hello"))
try:
    a + "def"
except TypeError as e:
    print("TypeError:", e)
print(bytes(a) is a or bytes(a) == a)
