data = b"\x1f\x8b\x08\x00rest"
print(data[0], data[1], data[-1])
print(hex(data[0]), data[0] == 0x1F)
print(data[:2] == b"\x1f\x8b")
print(data[4:])
print(list(data[:4]))
for b in data[:3]:
    print(b, type(b).__name__)
print(b"a"[0] == ord("a"))
print(98 in b"abc", b"bc" in b"abc", b"x" in b"abc")
try:
    data[20]
except IndexError as e:
    print("IndexError:", e)
