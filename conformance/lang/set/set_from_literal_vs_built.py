lit = {"main", "boot", "lib", "cfg", "ver"}
built = set()
for k in ["main", "boot", "lib", "cfg", "ver"]:
    built.add(k)
print(lit)
print(built)
print(lit == built, set(lit), set(list(lit)))
print(frozenset(["main", "boot", "lib"]))
