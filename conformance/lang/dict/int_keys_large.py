d = {}
for k in (1000, 2000, 3000, 17, 34, 51, 4096, 65536, 2 ** 31, -5):
    d[k] = k % 7
print(list(d))
e = {}
for k in range(0, 100, 9):
    e[k] = None
print(list(e))
del e[0], e[45]
e[1] = e[2] = None
print(list(e))
