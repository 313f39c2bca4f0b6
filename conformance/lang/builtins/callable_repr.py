class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(len), callable(C()), callable(D()), callable(C), callable("s"), callable(lambda: 0))
print(repr("s"), repr(1), repr(1.0), repr(None), repr([1, "a"]), repr((1,)), repr({"a": [1]}))
print(repr(b"\x00a"), repr(bytearray(b"z")), repr(range(1, 5, 2)), repr(True))
print(repr(set()), repr(frozenset()), repr({1}), repr(()), repr(1e100), repr(-0.0))
