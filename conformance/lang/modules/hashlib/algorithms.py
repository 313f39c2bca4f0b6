# Which algorithms exist is a board property; every build has sha256.
import hashlib
print(hasattr(hashlib, "sha256"))
print(hasattr(hashlib, "sha512"), hasattr(hashlib, "new"), hasattr(hashlib, "blake2b"))
try:
    hashlib.new("sha256")
except AttributeError as e:
    print("AttributeError:", e)
