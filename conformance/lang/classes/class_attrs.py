class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
a = Registry()
b = Registry()
a.add(1)
b.add(2)
print(a.items, b.items, Registry.items)
class Fixed:
    items = []
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
x, y = Fixed(), Fixed()
x.add(1)
print(x.items, y.items, Fixed.items)
Registry.VERSION = "9"
print(a.VERSION)
