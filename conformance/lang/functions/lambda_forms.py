sq = lambda x: x * x
print(sq(7))
print((lambda *a: len(a))(1, 2, 3))
print((lambda a, b=2: a + b)(1), (lambda **k: sorted(k))(x=1, y=2))
pairs = [(1, "b"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + "!")
