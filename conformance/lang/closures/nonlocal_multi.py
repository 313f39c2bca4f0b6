def make_stats():
    count = 0
    total = 0
    hist = []
    def add(x):
        nonlocal count, total
        count += 1
        total += x
        hist.append(x)
    def get():
        return count, total, list(hist)
    return add, get
add, get = make_stats()
for v in (3, 4, 5):
    add(v)
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x
print(outer())
