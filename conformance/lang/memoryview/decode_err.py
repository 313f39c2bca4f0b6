mv = memoryview(b"text")
print(bytes(mv).decode())
print(mv.decode())
