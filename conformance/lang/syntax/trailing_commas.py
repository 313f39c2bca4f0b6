def f(a, b,):
    return a + b
print(f(1, 2,))
L = [1, 2, 3,]
T = (1,)
D = {"a": 1, "b": 2,}
S = {1, 2,}
print(L, T, D, S)
from sys import (
    implementation,
)
print(implementation.name)
def g(*, k=1,):
    return k
print(g(k=2,))
