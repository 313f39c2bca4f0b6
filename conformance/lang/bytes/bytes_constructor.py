print(bytes())
print(bytes(2))
print(bytes([1, 2, 3]))
print(bytes((255,)))
print(bytes(b"copy"))
print(bytes(bytearray(b"ba")))
print(bytes("abc", "ascii"))
for bad in ([256], [-1], "str"):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes(memoryview(b"mv")))
