print(len(memoryview(b"ok")))
mv = memoryview("not bytes")
print(mv)
