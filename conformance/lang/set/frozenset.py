f = frozenset([1, 2, 3])
print(f, len(f), 2 in f)
print(f | {4}, type(f | {4}).__name__)
d = {f: "frozen"}
print(d[frozenset([3, 2, 1])])
print(frozenset() == frozenset([]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
