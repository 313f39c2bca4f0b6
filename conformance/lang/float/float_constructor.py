for s in ("1.5", " 2 ", "-3.25", "1e3", "1E-2", "inf", "-inf", "nan", ".5", "5."):
    print(repr(s), float(s))
print(float(7), float(True), float(2 ** 70))
for bad in ("", "abc", "1.2.3", "0x10"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
