# The hash class and its objects.
import hashlib
h = hashlib.sha256()
print(h)
print(type(h), type(h).__name__)
print(hashlib.sha256)
print(type(h) is hashlib.sha256)
print(isinstance(h, hashlib.sha256))
