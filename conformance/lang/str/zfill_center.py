print(repr("abc".center(9)))
print("abc".center(2))
print(repr("ab".center(5)))
print(repr("ab".center(6)))
print(repr("".center(3)))
for name in ("zfill", "ljust", "rjust"):
    try:
        getattr("42", name)(5)
        print(name, "exists")
    except AttributeError as e:
        print("AttributeError:", e)
for n in (1, 10, 100):
    print("%4d|%-4d|%04d" % (n, n, n))
print("{:>5}|{:<5}|{:05}".format(42, 42, 42))
