print(sum([1, 2, 3]), sum((0.5, 0.25)), sum(range(5), 100))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2]], []))
