class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return "Key(%r)" % self.name
d = {Key("a"): 1}
d[Key("a")] = 2
d[Key("b")] = 3
print(len(d), d[Key("a")], sorted(k.name for k in d))
s = {Key("x"), Key("x"), Key("y")}
print(len(s), Key("x") in s)
print(Key("q") == Key("q"), Key("q") != Key("r"))
