print(0xF0 | 0x0F, 0xFF & 0x3C, 0xFF ^ 0x0F, ~0, ~5)
print(1 << 8, 256 >> 4, -16 >> 2, 1 << 40)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags))
print(flags & (1 << 3) != 0, flags & (1 << 4) != 0)
flags &= ~(1 << 3)
print(bin(flags))
v = 0x12345678
print(hex((v >> 24) & 0xFF), hex((v >> 16) & 0xFF), hex(v & 0xFFFF))
print((0xDEADBEEF >> 16) & 0xFFFF == 0xDEAD)
