class Base:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "Base"
    def show(self):
        return "%s x=%d" % (self.who(), self.x)
class Child(Base):
    def who(self):
        return "Child"
class Grand(Child):
    def __init__(self, x, y):
        Child.__init__(self, x)
        self.y = y
    def show(self):
        return Base.show(self) + " y=%d" % self.y
for o in (Base(1), Child(2), Grand(3, 4)):
    print(o.show())
print(isinstance(Grand(1, 2), Base), issubclass(Grand, Child), issubclass(Base, Child))
