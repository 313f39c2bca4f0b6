FLAG_PENDING = 1 << 0
FLAG_VERIFIED = 1 << 1
FLAG_ROLLBACK = 1 << 2
NAMES = {FLAG_PENDING: "pending", FLAG_VERIFIED: "verified", FLAG_ROLLBACK: "rollback"}
def describe(flags):
    return [NAMES[f] for f in sorted(NAMES) if flags & f] or ["none"]
flags = 0
print(describe(flags))
flags |= FLAG_PENDING
print(describe(flags))
flags = (flags & ~FLAG_PENDING) | FLAG_VERIFIED
print(describe(flags), flags)
b = bytes([flags, 0xA5])
print(b, b[0] & FLAG_VERIFIED != 0, hex(b[1]))
print(describe(FLAG_PENDING | FLAG_ROLLBACK))
