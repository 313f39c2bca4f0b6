class Plain:
    pass
r = repr(Plain())
print(r.startswith("<"), "Plain" in r, "object" in r)
print(str(Plain) == repr(Plain), "Plain" in str(Plain))
print(Plain.__name__, type(Plain()).__name__)
