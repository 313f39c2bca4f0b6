# A namedtuple subclass with a method, as updaters model versions.
from collections import namedtuple

class Version(namedtuple("Version", "major minor patch")):
    def tag(self):
        return "v%d.%d.%d" % (self.major, self.minor, self.patch)

    def newer(self, other):
        return list(self) > list(other)

a = Version(1, 4, 0)
b = Version(1, 10, 2)
print(a.tag(), b.tag(), b.newer(a), a.newer(b))
print(a.minor, a[1], len(a), isinstance(a, tuple), isinstance(a, Version))
major, minor, patch = b
print(major, minor, patch)
print(a)
try:
    a.build
except AttributeError as e:
    print("AttributeError", e)
