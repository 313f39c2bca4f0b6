from collections import deque

e = deque([], 2)
for name in ("pop", "popleft"):
    try:
        getattr(e, name)()
    except IndexError as ex:
        print(name, "IndexError", ex)
for args in ((), ([],), ([], -1), ([], 2, 0, 1), ([1], "a"), (5, 2)):
    try:
        print(list(deque(*args)))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    deque([1], maxlen=2)
except TypeError as ex:
    print("TypeError", ex)
d = deque([1, 2], 3)
for key in (2, -3, "a", 1.0):
    try:
        d[key]
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    del d[0]
except TypeError as ex:
    print("TypeError", ex)
try:
    d + d
except TypeError as ex:
    print("TypeError", ex)
