ba = bytearray(b"key")
print(bytes(ba) in {b"key": 1})
d = {}
d[ba] = 1
print(d)
