def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for x in naturals():
    if x > 5:
        break
    out.append(x)
print(out)
g = naturals()
print([next(g) for _ in range(3)], next(g))
def backoff(base, cap):
    d = base
    while True:
        yield d
        d = min(cap, d * 2)
b = backoff(1, 30)
print([next(b) for _ in range(8)])
