# attribute access and method calls on instances
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self
c = Counter()
for i in range(50000):
    c.add(i)
print(c.n)
