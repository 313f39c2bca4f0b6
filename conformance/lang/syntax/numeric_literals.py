print(0x1F, 0o17, 0b101, 1_000, 0x_ff_ff, 1e3, 1.5e-3, .5, 5., 0j if False else 0)
print(10_000 + 1, 0b1111_0000)
print(1 if 0x0 else 2)
print(type(1e3).__name__, type(10 ** 2).__name__)
