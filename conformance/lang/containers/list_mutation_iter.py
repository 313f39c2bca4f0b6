L = [1, 2, 3, 4, 5, 6]
for x in L[:]:
    if x % 2 == 0:
        L.remove(x)
print(L)
L = [1, 2, 3]
out = []
i = 0
while i < len(L):
    out.append(L[i])
    if L[i] == 2:
        L.append(99)
    i += 1
print(out, L)
stack = [1]
while stack:
    n = stack.pop()
    if n < 5:
        stack.append(n + 1)
        stack.append(n + 2)
print("done")
