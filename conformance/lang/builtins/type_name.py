for v in (1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), len, print, lambda: 0, iter([]), memoryview(b""), object(), Exception(), type):
    print(type(v).__name__)
