print(int(), int(3.9), int(-3.9), int("42"), int(" -17 "), int(True) if True else 0)
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("0x10", 16))
print(int("10", 0), int("0o10", 0), int("0x10", 0), int("0b10", 0))
print(int(b"12") if True else 0)
for bad in ("4.0", "0x", "1e3", " ", "12abc"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
