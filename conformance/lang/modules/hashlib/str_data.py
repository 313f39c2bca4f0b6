# MicroPython accepts str data (hashed as UTF-8) and any buffer.
import hashlib
a = hashlib.sha256("caf\u00e9").digest()
b = hashlib.sha256("caf\u00e9".encode()).digest()
print(a == b)
h = hashlib.sha256()
h.update("text ")
h.update(b"bytes ")
h.update(bytearray(b"bytearray "))
h.update(memoryview(b"xxmemoryview")[2:])
print(h.digest() == hashlib.sha256(b"text bytes bytearray memoryview").digest())
