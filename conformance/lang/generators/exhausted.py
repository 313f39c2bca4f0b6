g = (x for x in range(2))
print(list(g), list(g))
def gen():
    yield "a"
it = gen()
for x in it:
    print(x)
for x in it:
    print("never", x)
print(next(it, "done"))
