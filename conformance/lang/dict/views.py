d = {"x": 1, "y": 2, "z": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), "x" in k, 2 in v, ("y", 2) in it)
d["w"] = 0
print(list(k), list(v))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(k), sorted(v))
