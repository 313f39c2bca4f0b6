ba = bytearray(b"abcdef")
part = ba[1:4]
part[0] = ord("X")
print(ba, part)
print(ba[:0], ba[10:], ba[-2:])
print(ba[1:-1])
mv = memoryview(ba)[1:4]
mv[0] = ord("Y")
print(ba)
