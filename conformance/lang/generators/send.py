def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "final %d" % total
g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))
try:
    g.send(1)
except StopIteration:
    print("stopped")
def echo():
    r = yield
    while True:
        r = yield r.upper()
e = echo()
next(e)
print(e.send("a"), e.send("bc"))
