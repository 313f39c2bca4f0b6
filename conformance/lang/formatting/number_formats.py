for n in (0, 7, -7, 255, 65535, 2 ** 40):
    print("{:d} {:x} {:o} {:b} {:e}".format(n, n, n, n, n))
for f in (0.0, 1.0, -2.5, 1234.5678, 1e-9, 1e20):
    print("{} {:.2f} {:e} {:g} {:.0f}".format(f, f, f, f, f))
