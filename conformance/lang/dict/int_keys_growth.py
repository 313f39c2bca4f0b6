d = {}
for k in (100, 1, 50, 2, 75, 3, 25, 4, 60, 5, 99, 6, 13):
    d[k] = True
    print(list(d))
