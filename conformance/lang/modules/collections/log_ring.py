# Keep the last few log lines in a deque ring buffer.
from collections import deque

log = deque((), 4)
for i in range(10):
    log.append("line %d" % i)
    if i % 3 == 0:
        print(i, len(log), list(log))
print(list(log))
print(log[0], log[-1], "line 9" in log, "line 1" in log)
while log:
    print("flush", log.popleft())
print(len(log), bool(log))
