def bad():
    yield 1
    raise StopIteration
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration passed through")
