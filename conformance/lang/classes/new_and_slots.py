class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.created = 1
        else:
            cls._inst.created += 1
        return cls._inst
a = Singleton()
b = Singleton()
print(a is b, a.created)
class Tag:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v.upper()
        return o
    def __init__(self, v):
        self.raw = v
t = Tag("x")
print(t.v, t.raw)
