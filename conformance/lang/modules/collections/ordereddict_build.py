from collections import OrderedDict

d = OrderedDict([("z", 1), ("a", 2), ("m", 3)])
print(d)
d2 = OrderedDict(z=1)
print(d2)
d.update({"b": 4})
d.setdefault("c", 5)
print(list(d.items()))
c = d.copy()
c["new"] = 1
print(len(d), len(c), list(c)[-1])
print(d == OrderedDict([("z", 1), ("a", 2), ("m", 3), ("b", 4), ("c", 5)]))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
