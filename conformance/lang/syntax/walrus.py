data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
chunks = iter([b"ab", b"cd", b""])
out = []
while (c := next(chunks)):
    out.append(c)
print(out)
print([y for x in data if (y := x * 2) > 6])
print(y)
lines = ["a=1", "b", "c=3"]
pairs = [p for l in lines if len(p := l.split("=")) == 2]
print(pairs)
