# dict insert and lookup with str keys (MicroPython's hash-table order)
d = {}
for i in range(20000):
    d["file%d.py" % i] = i
t = 0
for i in range(20000):
    t += d["file%d.py" % i]
print(len(d), t)
