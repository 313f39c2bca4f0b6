class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), callable(c))
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError
with Managed("a") as m:
    print("inside", m.name)
with Managed("b"):
    raise ValueError("suppressed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
