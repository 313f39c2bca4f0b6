def pair():
    value = [0]
    def get():
        return value[0]
    def set_(v):
        value[0] = v
    return get, set_
g, s = pair()
s(42)
print(g())
def shared():
    x = 1
    def a():
        return x
    x = 2
    return a
print(shared()())
def late():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(late())
