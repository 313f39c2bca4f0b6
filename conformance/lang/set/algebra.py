a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 9} <= a, a >= {1}, {1, 2} < {1, 2}, a.issubset(a), a.isdisjoint({9}))
c = set(a)
c |= {7}
c &= {1, 7, 8}
print(c)
c -= {1}
print(c)
