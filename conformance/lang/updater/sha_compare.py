def hexstr(b):
    return "".join("%02x" % x for x in b)
def const_eq(a, b):
    if len(a) != len(b):
        return False
    r = 0
    for x, y in zip(a, b):
        r |= x ^ y
    return r == 0
d1 = bytes(range(0, 32, 2))
d2 = bytearray(d1)
d2[-1] ^= 1
print(hexstr(d1))
print(hexstr(d2))
print(const_eq(d1, d1), const_eq(d1, d2), const_eq(d1, d1[:5]))
print(hexstr(d1).upper()[:8], hexstr(d1) == d1.hex())
print(bytes.fromhex(hexstr(d1)) == d1)
