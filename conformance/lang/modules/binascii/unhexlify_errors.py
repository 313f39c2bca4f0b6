# Bad hex in a manifest: MicroPython raises ValueError("non-hex digit").
import binascii
for s in ["abc", "zz", "0g", "1", "12 3", "0 0"]:
    try:
        print(binascii.unhexlify(s))
    except ValueError as e:
        print(repr(s), "->", e)
try:
    binascii.unhexlify(12)
except TypeError as e:
    print("TypeError:", e)
