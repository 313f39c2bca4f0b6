d = {}
seen = []
for i in range(40):
    d["k%d" % i] = i
    if i in (1, 3, 5, 7, 9, 11, 16, 22, 28, 36, 39):
        seen.append((i, list(d)[:6]))
for s in seen:
    print(s)
print(list(d))
