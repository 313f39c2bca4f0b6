payload = bytearray(b"0123456789" * 3)
mv = memoryview(payload)
written = []
pos = 0
CH = 7
while pos < len(mv):
    chunk = mv[pos:pos + CH]
    written.append(bytes(chunk))
    pos += len(chunk)
for w in written:
    print(len(w), w)
print(b"".join(written) == payload)
