# Expected single-precision outputs for package mpfmt, taken from MicroPython's own test
# tests/float/float_format_ints.py: on single-precision ports MicroPython's test runner
# compares that test with CPython's output, so these lines (made by CPython, run:
# python3 float32_ints.py > float32_ints.golden) are what ESP32/RP2 builds must print.
for b in [13, 123, 457, 23456]:
    for r in range(1, 10):
        for e in range(0, 5):
            f = b * (10**e)
            for kind in "efg":
                spec = "{:." + str(r) + kind + "}"
                print(spec, f, spec.format(f), sep="\t")
print("{:f}", 16777215, "{:f}".format(16777215), sep="\t")
print("{:f}", 2147483520, "{:f}".format(2147483520), sep="\t")
