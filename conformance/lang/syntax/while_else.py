for i in range(3):
    if i == 5:
        break
else:
    print("for completed")
for i in range(10):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
found = None
for name in ("a.py", "b.mpy", "c.py"):
    if name.endswith(".mpy"):
        found = name
        break
print(found)
