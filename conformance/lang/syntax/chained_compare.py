x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= x <= 5 < 6)
print("a" < "b" < "c", 1 < 2 > 1.5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
print(x is not None, x in (1, 5), x not in [5])
