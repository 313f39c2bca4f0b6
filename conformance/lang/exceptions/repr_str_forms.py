for e in (ValueError(), ValueError("x"), ValueError("x", 2), ValueError(5), KeyError("k"), KeyError(), OSError(2, "ENOENT"), IndexError("i"), RuntimeError("r"), Exception("a", "b")):
    print(repr(e), "|", str(e), "|", e.args)
