# Deleted slots stay in the table until it grows; growth rehashes live keys only.
d = {}
for i in range(8):
    d["f%d" % i] = i
print(list(d))
for k in ("f1", "f3", "f5"):
    del d[k]
print(list(d))
for k in ("g1", "g2", "g3"):
    d[k] = 0
    print(len(d), list(d))
for i in range(10):
    d["h%d" % i] = i
print(list(d))
