try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e.args, str(e))
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e.args)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e.args)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.args)
e = ValueError("a")
try:
    e.extra = 1
except AttributeError as err:
    print("AttributeError:", err)
print(getattr(e, "extra", "no attr"))
