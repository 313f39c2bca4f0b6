# Argument errors of sha256 and its methods.
import hashlib
h = hashlib.sha256()
tests = [lambda: hashlib.sha256(1), lambda: hashlib.sha256(None), lambda: hashlib.sha256(b"a", b"b"),
         lambda: hashlib.sha256(data=b"a"), lambda: h.update(), lambda: h.update(b"a", b"b"), lambda: h.update(3),
         lambda: h.update([1, 2]), lambda: h.digest(b"x")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(len(h.digest()))
