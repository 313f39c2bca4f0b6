class A:
    def __init__(self):
        self.log = ["A"]
    def hello(self):
        return "A.hello"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def hello(self):
        return "B>" + super().hello()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append("C")
    def hello(self):
        return "C>" + super(C, self).hello()
c = C()
print(c.log)
print(c.hello())
print(B().hello())
