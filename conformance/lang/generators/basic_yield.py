def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(count(0), "default"))
print(sum(count(101)))
print(type(count(1)).__name__)
