print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
names = ["boot.py", "main.py", "README", "lib.mpy"]
print([n[:-3] for n in names if n.endswith(".py")])
print([c.upper() if c in "aeiou" else c for c in "updater"])
x = 10
print([x for x in range(3)], x)
