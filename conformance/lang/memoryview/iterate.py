mv = memoryview(bytearray(b"\x01\x02\x03\x04"))
print([x for x in mv])
print(sum(mv))
print(max(mv), min(mv))
t = 0
for i in range(len(mv)):
    t = t * 256 + mv[i]
print(hex(t))
