class A: pass
class B(A): pass
class C: pass
for o in (A(), B(), C(), 1, "s", [], None):
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, (int, str)))
print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(A, type), isinstance(int, type), type(A).__name__)
