fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make(i):
    return lambda: i * 10
print([make(i)() for i in range(3)])
gens = [lambda x, k=k: x + k for k in range(3)]
print([g(100) for g in gens])
