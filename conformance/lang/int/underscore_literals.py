print(1_000_000, 0x_FF, 0b_1010, 0o_17)
print(1_0.5 if True else 0)
print(int("1_000"), int("0x_ff", 16))
SIZE = 64 * 1_024
print(SIZE)
