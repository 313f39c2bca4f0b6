# MicroPython raises nothing when a dict changes size during iteration;
# the loop sees whatever the hash table holds.
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
seen = []
for k in d:
    seen.append(k)
    if len(seen) == 1:
        d["zz"] = 26
print(sorted(seen), len(d))
e = {1: 1, 2: 2, 3: 3, 4: 4}
for k in e:
    if k == 1:
        del e[3]
print(e)
