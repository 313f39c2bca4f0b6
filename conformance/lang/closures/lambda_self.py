class Button:
    def __init__(self, name):
        self.name = name
        self.clicks = 0
        self.on_click = lambda: self.handle()
        self.describe = lambda suffix="": self.name + suffix
    def handle(self):
        self.clicks += 1
        return "%s clicked %d" % (self.name, self.clicks)
b = Button("ok")
print(b.on_click())
print(b.on_click())
print(b.describe(), b.describe("!"))
cbs = [Button(n).on_click for n in ("a", "b")]
print([cb() for cb in cbs])
