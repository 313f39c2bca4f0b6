d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d.pop("x")
except KeyError as e:
    print("pop KeyError:", e)
try:
    del d["y"]
except KeyError as e:
    print("del KeyError:", e)
