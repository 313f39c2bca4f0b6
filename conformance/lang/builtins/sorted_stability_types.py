pairs = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
print(sorted([True, False, 0, 1]))
print(sorted([-1.5, 2, 0.5, -3]))
