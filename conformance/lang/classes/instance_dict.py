class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "two"
p = P()
print(sorted(p.__dict__.items()))
try:
    p.__dict__["c"] = 3
    print(p.c)
except TypeError as e:
    print("TypeError", repr(str(e)))
p.c = 3
print(sorted(p.__dict__))
print("cls_attr" in p.__dict__, "cls_attr" in P.__dict__)
