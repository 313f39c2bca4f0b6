d = {}
for k in ["a", "b", "c", "d", "e", "f"]:
    d[k] = ord(k)
print(list(d))
del d["b"]
del d["e"]
print(list(d))
d["b"] = 1
print(list(d))
d["z"] = 26
d["e"] = 5
print(list(d), len(d))
d.pop("a")
d["a"] = 0
print(d)
