ba = bytearray(10)
mv = memoryview(ba)
mv[2:5] = b"xyz"
print(ba)
mv[0:2] = bytearray(b"AB")
print(ba)
mv[-2:] = b"!!"
print(ba)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
print(ba)
