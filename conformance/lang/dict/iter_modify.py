d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
n = 0
for k in d:
    d["new%d" % n] = n
    n += 1
    if n > 3:
        break
print(len(d) > 2)
