class Version:
    count = 0
    def __init__(self, major, minor, patch):
        self.t = (major, minor, patch)
        Version.count += 1
    @classmethod
    def parse(cls, s):
        return cls(*[int(p) for p in s.split(".")])
    @staticmethod
    def valid(s):
        parts = s.split(".")
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return "Version%r" % (self.t,)
v = Version.parse("1.2.3")
print(v, Version.count)
print(Version.valid("1.2.3"), Version.valid("1.2"), v.valid("a.b.c"))
class Sub(Version):
    pass
s = Sub.parse("2.0.0")
print(type(s).__name__, s, Version.count)
