def mutate(lst, d, n, s):
    lst.append(99)
    d["new"] = 1
    n += 1
    s += "!"
    return n, s
L = [1]
D = {}
N = 5
S = "x"
print(mutate(L, D, N, S))
print(L, D, N, S)
def rebind(lst):
    lst = [0]
    return lst
print(rebind(L), L)
