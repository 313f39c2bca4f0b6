class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
class Named(Point):
    def __str__(self):
        return "(%d|%d)" % (self.x, self.y)
p = Point(1, 2)
n = Named(3, 4)
print(p, repr(p), str(p))
print(n, repr(n), str(n))
print([p, n], (n,), {"k": n})
print("%s %r" % (n, n), "{} {!r}".format(n, n))
print(f"{n} {n!r}")
