print(str(), repr(str()))
print(str(123), str(-4), str(1.5), str(None), str(True), str([1, "a"]))
print(str(b"hi"))
print(str(b"hi", "utf-8"))
print(str((1,)), str(()), str({}))
print(str(1e100), str(0.1), str(-0.0))
print(type(str(1)).__name__)
class V:
    def __str__(self):
        return "V!"
print(str(V()), "%s" % V(), "{}".format(V()))
