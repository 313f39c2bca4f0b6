def add(a, b):
    return a + b
def mul(a, b):
    return a * b
ops = {"+": add, "*": mul, "-": lambda a, b: a - b}
for sym in ("+", "*", "-"):
    print(sym, ops[sym](6, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"))
print(add.__name__, (lambda: 0).__name__)
print(callable(add), callable(3))
handlers = [str.upper, str.lower, len]
print([h("Ota") for h in handlers])
