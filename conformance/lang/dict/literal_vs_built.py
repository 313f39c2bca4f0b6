lit = {"main": 1, "boot": 2, "lib": 3, "cfg": 4, "ver": 5, "net": 6}
built = {}
for k in ["main", "boot", "lib", "cfg", "ver", "net"]:
    built[k] = lit[k]
print(list(lit))
print(list(built))
print(lit == built)
print(list(dict(lit)))
print(list(lit.copy()))
print(list({k: v for k, v in lit.items()}))
