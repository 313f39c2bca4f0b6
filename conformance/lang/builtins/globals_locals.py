X = 1
def f():
    local_var = 2
    return sorted(locals())
print(f())
g = globals()
print("X" in g, g["X"], "__name__" in g, g["__name__"])
g["NEW"] = 5
print(NEW)
