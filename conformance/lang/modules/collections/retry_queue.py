# A download queue: files are taken from the left and retried at the right.
from collections import deque

queue = deque(["boot.py", "main.py", "lib/ota.py", "lib/net.py"], 8)
failures = {"main.py": 2, "lib/net.py": 1}
order = []
while queue:
    name = queue.popleft()
    left = failures.get(name, 0)
    if left:
        failures[name] = left - 1
        print("retry", name)
        queue.append(name)
        continue
    order.append(name)
print(order)
