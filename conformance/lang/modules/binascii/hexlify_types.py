# hexlify accepts any buffer; str works too on MicroPython.
import binascii
print(binascii.hexlify("OK"))
print(binascii.hexlify(memoryview(b"\x10\x20\x30")[1:]))
for bad in [None, 5, [1, 2]]:
    try:
        binascii.hexlify(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
try:
    binascii.hexlify(b"ab", 1)
except TypeError as e:
    print(e)
