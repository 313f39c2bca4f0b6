d = {}
for k in [5, 17, 3, 100, 2, 42, 8, 1000, 9, 11, 12, 13, 64, 0, -1]:
    d[k] = str(k)
print(list(d))
print(d)
e = {}
for k in range(20):
    e[k * 7] = k
print(list(e))
