def f(a, b, c=0, *rest, d=None, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))
print(f(1, 2))
print(f(1, 2, 3, 4, 5))
print(f(*[1, 2], d=4))
print(f(1, *(2, 3), *[4], e=5, **{"g": 6}))
print(f(**{"a": 1, "b": 2, "c": 3}))
