x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
L = [1, 2, 3, 4]
del L[0], L[-1]
print(L)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
