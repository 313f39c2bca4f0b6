from collections import deque

z = deque([1, 2, 3], 0)
print(list(z), len(z), bool(z))
z.append(4)
z.appendleft(5)
print(list(z), len(z))
one = deque(range(5), 1)
print(list(one), one[0])
one.appendleft("x")
print(list(one))
print(repr(one), str(deque([], 1)))
print(type(one), type(one).__name__)
