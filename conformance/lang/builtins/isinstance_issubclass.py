print(isinstance(1, int), isinstance(1.0, float), isinstance("s", str), isinstance(b"b", bytes))
print(isinstance(bytearray(), bytes), isinstance([], (list, tuple)), isinstance((), list))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(True, bool))
print(issubclass(bool, int), issubclass(int, int), issubclass(KeyError, Exception))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
