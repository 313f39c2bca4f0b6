L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[::2], L[::-1], L[1:8:3])
L[2:4] = ["a", "b", "c"]
print(L)
del L[0:2]
print(L)
try:
    del L[::2]
except NotImplementedError as e:
    print("NotImplementedError", repr(str(e)))
print(L)
L[:] = [1, 2]
print(L)
M = L[:]
M.append(3)
print(L, M)
L[1:1] = [9, 9]
print(L)
