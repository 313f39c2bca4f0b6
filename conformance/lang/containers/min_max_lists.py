data = [[3, "c"], [1, "a"], [2, "b"]]
print(min(data), max(data))
print(min(data, key=lambda r: r[1]), max(data, key=lambda r: r[1]))
print(max([1, 5, 3]), min(4, 2, 8), max("abc", "abd"), max([], default=0) if True else 0)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
