class Box:
    pass
b = Box()
setattr(b, "w", 3)
print(getattr(b, "w"), hasattr(b, "w"), hasattr(b, "h"))
print(getattr(b, "h", 0))
try:
    getattr(b, "h")
except AttributeError as e:
    print("AttributeError:", e)
delattr(b, "w")
print(hasattr(b, "w"))
print(hasattr("s", "upper"), getattr("abc", "upper")())
print(hasattr(1, "to_bytes"), hasattr([], "append"))
