# integer loop: the interpreter's dispatch
n = 0
for i in range(200000):
    n += i & 7
print(n)
