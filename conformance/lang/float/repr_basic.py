for x in (0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.0 / 3, 1e10, 1e16, 1e-5, 1e-4, 123456789.0, 1.23e-10, 3.14159):
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"))
print(1e308 * 10, -1e308 * 10)
