ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
print(ba)
ba[0:1] = b"XYZ"
print(ba)
ba[5:8] = b""
print(ba)
ba[-1:] = bytearray(b"!")
print(ba)
try:
    del ba[0]
except TypeError as e:
    print("TypeError:", e)
ba[0:1] = b""
print(ba)
print(len(ba))
