# str supports the buffer protocol in MicroPython, so memoryview(str) works.
s = "héllo"
mv = memoryview(s)
print(mv)
print(len(mv), len(s))
print(mv[0], mv[1], mv[2])
print(bytes(mv))
print(bytes(mv[1:3]).decode())
try:
    mv[0] = 65
except TypeError as e:
    print("TypeError:", e)
print(bytearray(s, "utf-8") == bytes(mv))
