files = ["boot.py", "main.py", "ota.py"]
for i, f in enumerate(files):
    print(i, f)
for i, f in enumerate(files, start=1):
    print(i, f)
sizes = [10, 20]
print(list(zip(files, sizes)))
print(list(zip()))
print(list(zip("ab", "cd", "ef")))
names, nums = zip(*[("a", 1), ("b", 2)])
print(names, nums)
print(dict(zip(files, range(3))) == {"boot.py": 0, "main.py": 1, "ota.py": 2})
