from collections import deque

d = deque([1, 2, 3], 5)
d.appendleft(0)
d.append(4)
print(list(d), len(d))
d.appendleft(-1)
print(list(d))
d.append(5)
print(list(d))
print(d.pop(), d.popleft(), list(d))
d.extend([7, 8, 9])
print(list(d))
print(d[0], d[1], d[-2], d[4])
d[2] = "mid"
print(list(d))
