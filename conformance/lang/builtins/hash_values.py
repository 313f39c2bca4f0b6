print(hash(0), hash(1), hash(-1), hash(12345), hash(2 ** 40) == hash(2 ** 40))
print(hash("abc"), hash(""), hash("version"))
print(hash(b"abc"), hash((1, 2)) == hash((1, 2)), hash(True))
print(hash(1.0) == hash(1), hash(None) == hash(None))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
