def logged(fn):
    def w(self, *a):
        print("->", type(self).__name__, fn.__name__, a)
        return fn(self, *a)
    return w
class Updater:
    def __init__(self):
        self.version = "1.0"
    @logged
    def set_version(self, v):
        self.version = v
        return self.version
    @logged
    def check(self):
        return self.version >= "1.1"
u = Updater()
print(u.check())
print(u.set_version("1.2"))
print(u.check())
