# NAME = const(...) is folded by the compiler without any import; const is not
# a builtin name, so using it anywhere else is a NameError.
X = const(42)
_HIDDEN = const(7)
Y = const(X * 2)
print(X, _HIDDEN, Y)
def f():
    return X + _HIDDEN
print(f())
try:
    print(const("text"))
except NameError as e:
    print("NameError:", e)
import micropython
print(micropython.const(5), micropython.const("s"))
from micropython import const
print(const((1, 2)))
