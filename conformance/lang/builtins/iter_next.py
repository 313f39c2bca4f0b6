it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
s = iter("ab")
print(list(s), list(s))
d = iter({"k": 1})
print(next(d))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
try:
    print(list(iter(Sentinel(), 4)))
except TypeError as e:
    print("TypeError:", e)
