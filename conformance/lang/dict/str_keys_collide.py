keys = ["a", "b", "c", "aa", "ab", "ba", "bb", "abc", "cba", "x1", "x2", "x3", "y1", "y2"]
d = {}
for k in keys:
    d[k] = hash(k) % 17
print(list(d))
for k in ("ab", "x2", "a"):
    del d[k]
print(list(d))
for k in ("zz", "ab", "q"):
    d[k] = 0
print(list(d))
print(sorted(d.items())[:5])
