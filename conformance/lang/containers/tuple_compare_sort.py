entries = [("lib/b.py", 200), ("lib/a.py", 100), ("boot.py", 50), ("lib/a.py", 90)]
entries.sort()
for e in entries:
    print(e)
print(sorted(entries, key=lambda e: (-e[1], e[0])))
print((1, "a") < (1, "b"), (1,) < (1, 0), () < (0,))
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print("TypeError:", e)
