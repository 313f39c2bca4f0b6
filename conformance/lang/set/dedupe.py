files = ["a.py", "b.py", "a.py", "c.py", "b.py", "d.py"]
seen = set()
unique = []
for f in files:
    if f not in seen:
        seen.add(f)
        unique.append(f)
print(unique)
print(len(set(files)), sorted(set(files)))
old = {"a.py", "b.py", "c.py"}
new = {"b.py", "c.py", "d.py"}
print("delete", sorted(old - new))
print("add", sorted(new - old))
print("keep", sorted(old & new))
