data = bytearray(b"HEADER:payload:TRAILER")
mv = memoryview(data)
head = mv[:6]
rest = mv[7:]
mid = rest[:7]
print(bytes(head), bytes(rest), bytes(mid))
mid[0] = ord("P")
print(data)
print(len(mv[5:5]), bytes(mv[100:]))
