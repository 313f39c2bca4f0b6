try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(max([5]), min("z"), max(1, 2, key=lambda x: -x))
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(max(range(3), default=9), max([], default=None))
