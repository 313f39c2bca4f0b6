s = {"x", 1, "y", 2, (1, 2), None}
print(len(s))
print(sorted(s, key=repr))
print("x" in s, (1, 2) in s, None in s)
e = set()
for item in ("b", "a", 3, "c", 1):
    e.add(item)
print(e)
