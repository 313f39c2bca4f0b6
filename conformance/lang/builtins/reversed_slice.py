print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print("".join(reversed("ota")))
try:
    s = slice(1, 4)
except TypeError as e:
    print("TypeError:", e)
class Grab:
    def __getitem__(self, k):
        return k
s = Grab()[1:4]
print(type(s).__name__, s.start, s.stop, s.step, [0, 1, 2, 3, 4][s])
try:
    reversed({1: 2})
    print("reversed dict ok")
except TypeError as e:
    print("TypeError:", e)
