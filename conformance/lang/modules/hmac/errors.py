# hmac errors: key types, finalised built-in hashes, copy not supported
import hmac
import hashlib

for key in ("text", 5, None, memoryview(b"ab")):
    try:
        hmac.new(key, b"m", hashlib.sha256)
    except TypeError as e:
        print("TypeError:", e)

h = hmac.new(b"k", b"m", hashlib.sha256)
print(h.hexdigest())
try:
    h.digest()
except ValueError as e:
    print("ValueError:", e)
try:
    h.update(b"more")
except ValueError as e:
    print("ValueError:", e)

try:
    hmac.new(b"k", b"m", hashlib.sha256).copy()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

try:
    hmac.new(b"k", b"m", "sha512")
except AttributeError:
    print("AttributeError")

print(hasattr(hmac, "compare_digest"), hasattr(hmac, "new"), hasattr(hmac, "HMAC"))
