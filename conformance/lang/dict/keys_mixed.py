d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[2.5] = "float"
d[None] = "none"
d[b"1"] = "bytes"
d[True] = "bool"
print(len(d))
print(d[1], d["1"], d[(1, 2)], d[2.5], d[None], d[b"1"])
for k in sorted(d, key=repr):
    print(repr(k), d[k])
