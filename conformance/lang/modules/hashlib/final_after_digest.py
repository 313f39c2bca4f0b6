# digest() finalises the hash: MicroPython raises on a second digest() or update().
import hashlib
h = hashlib.sha256(b"part1")
h.update(b"part2")
d = h.digest()
print(len(d))
for op in [lambda: h.digest(), lambda: h.update(b"more")]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
h2 = hashlib.sha256(b"part1part2")
print(h2.digest() == d)
