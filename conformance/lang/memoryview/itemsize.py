import sys
mv = memoryview(bytearray(4))
print(hasattr(mv, "itemsize"))
print(len(mv))
mv2 = memoryview(b"")
print(len(mv2), bytes(mv2))
