def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value if hasattr(e, "value") else e.args)
def h():
    return "empty"
    yield
try:
    next(h())
except StopIteration as e:
    print("args", e.args)
