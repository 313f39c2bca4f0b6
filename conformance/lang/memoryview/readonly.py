mv = memoryview(b"hello")
print(bytes(mv), len(mv))
print(mv[1])
print(list(mv[1:3]))
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytes(mv[::1]) if True else None)
