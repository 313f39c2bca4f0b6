print(list(), list(range(3)), list("ab"), list((1, 2)), list({"a": 1}))
print(list(b"ab"), list(x for x in range(3)), list(map(str, [1, 2])))
L = [3, 1]
M = list(L)
M.append(0)
print(L, M, L is M)
print(list(zip("ab", [1, 2])))
print(list(enumerate("xy", 1)))
