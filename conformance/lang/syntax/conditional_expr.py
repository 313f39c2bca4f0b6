for n in (-2, 0, 5):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = None
print(x or "default", x and x.y, 0 or "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(not None, not [], not [0])
v = [] or None
print(v)
