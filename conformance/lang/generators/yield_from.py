def inner(n):
    for i in range(n):
        yield i
    return "inner-done"
def outer():
    r = yield from inner(3)
    print("inner returned", r)
    yield from "xy"
    yield from [10, 20]
print(list(outer()))
def walk(tree):
    name, kids = tree
    yield name
    for k in kids:
        yield from walk(k)
print(list(walk(("/", [("lib", [("ota.py", [])]), ("main.py", [])]))))
