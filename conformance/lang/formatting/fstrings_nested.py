width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{'x':>{width}}]")
items = {"a": 1, "b": 2}
print(f"{items['a']} {items['b']}")
print(f'{"double inside single"}')
print(f"{'single inside double'}")
print(f"""{"triple"} {'mixed'}""")
d = "DATA"
print(f"{d!r:>10}|")
print(f"{','.join(str(i) for i in range(3))}")
double = lambda x: x * 2
print(f"{double(21)}")
