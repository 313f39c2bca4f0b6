# A deque used as a bounded undo stack of file operations.
from collections import deque

undo = deque((), 3)
for op in ("write a", "write b", "rename a", "remove c", "mkdir d"):
    undo.append(op)
print(len(undo))
while undo:
    print("undo", undo.pop())
try:
    undo.pop()
except IndexError as e:
    print("nothing to undo:", e)
