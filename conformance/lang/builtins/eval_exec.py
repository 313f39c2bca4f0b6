print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
g = {}
exec("y = 5\ndef f(a):\n    return a + y", g)
print(g["y"], g["f"](1))
ns = {"v": 1}
exec("v += 1", ns)
print(ns["v"])
print(eval("[i for i in range(3)]"))
