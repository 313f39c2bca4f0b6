# Any split of the data gives the same digest.
import hashlib
data = bytes(range(256)) * 5
ref = hashlib.sha256(data).digest()
for size in [1, 7, 64, 100, 511, 1280, 5000]:
    h = hashlib.sha256()
    for i in range(0, len(data), size):
        h.update(data[i:i + size])
    print(size, h.digest() == ref)
h = hashlib.sha256(b"")
h.update(b"")
print(h.digest() == hashlib.sha256().digest())
