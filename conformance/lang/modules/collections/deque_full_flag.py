# flags=1 makes a deque refuse to overwrite when full.
from collections import deque

q = deque((), 3, 1)
for x in "abc":
    q.append(x)
print(list(q))
try:
    q.append("d")
except IndexError as e:
    print("IndexError", e)
try:
    q.appendleft("z")
except IndexError as e:
    print("IndexError", e)
print(q.popleft(), list(q))
q.appendleft("z")
print(list(q))
try:
    deque("abcd", 3, 1)
except IndexError as e:
    print("IndexError", e)
