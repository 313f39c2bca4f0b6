a = [1, 2]
b = (3, 4)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
def f(*args, **kw):
    return args, sorted(kw.items())
d1 = {"x": 1}
d2 = {"y": 2}
print(f(*a, *b, **d1, **d2))
print(f(*a, 9, *b))
[p, q], r = (1, 2), 3
print(p, q, r)
merged = dict(d1)
merged.update(d2)
print(merged == {"x": 1, "y": 2})
# Star expressions inside displays are not supported by MicroPython's compiler.
for src in ("[*a, *b, 5]", "(*a, *b)", "{*a, *b}", "{**d1, **d2}", "print(*a)"):
    try:
        r = eval(src)
        print(src, "->", r)
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e)
