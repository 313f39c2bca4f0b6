for text in ["12", " 34 ", "-5", "+6", "0x1f", "1_000", "07", "3.5", "abc", ""]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int("ff", 16), int("0x1f", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
