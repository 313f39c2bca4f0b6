def nothing():
    pass
def multi():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "neg"
    if x == 0:
        return
    return "pos"
print(nothing(), multi(), early(-1), early(0), early(5))
a, b, c = multi()
print(a, b, c)
def swap(x, y):
    return y, x
print(swap(1, 2))
