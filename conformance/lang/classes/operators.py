class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 5)
print(a + b, b - a, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a == 5, a < b)
try:
    print(b > a)
except TypeError as e:
    print("TypeError:", e)
print(sorted([b, a, Vec(0, 9)]))
a += b
print(a)
