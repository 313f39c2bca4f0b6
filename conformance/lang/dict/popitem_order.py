d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
out = []
while d:
    out.append(d.popitem())
print(out)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
n = {}
for i in (4, 9, 1, 7):
    n[i] = i
print(n.popitem(), n)
