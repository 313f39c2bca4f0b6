for v in (None, True, 0, -1.5, "s", b"b", [1], (2,), {"k": 1}, {3}, range(2)):
    print("%s|%r" % (v, v))
