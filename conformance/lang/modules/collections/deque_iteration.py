from collections import deque

d = deque(range(8), 6)
it = iter(d)
print(next(it), next(it))
d.append(100)
print(list(it))
print([x * 2 for x in d])
print(sum(d), max(d), min(d), sorted(d, reverse=True))
a, b, c, e, f, g = d
print(a, g)
print(list(enumerate(deque("ab", 2))))
print(tuple(deque([3, 1], 4)), 3 in deque([3], 1))
