class Config:
    defaults = {"a": 1, "b": 2}
    keys = sorted(defaults)
    def get(self, k):
        return self.defaults.get(k)
print(Config.keys, Config().get("b"))
def factory(base):
    class Derived:
        value = base * 2
        def show(self):
            return base, self.value
    return Derived
print(factory(5)().show(), factory(1)().show())
