# namedtuple attributes are only its fields.
from collections import namedtuple

Stat = namedtuple("Stat", "name count index")
s = Stat("main.py", 3, 7)
print(s.count, s.index, s)
Plain = namedtuple("Plain", "a")
p = Plain(1)
print(hasattr(p, "count"), hasattr(p, "index"), hasattr(p, "_asdict"), hasattr(p, "_replace"))
try:
    p.count(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.count = 4
except AttributeError as e:
    print("AttributeError", e)
