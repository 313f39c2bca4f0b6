class Ver:
    def __init__(self, s):
        self.t = tuple(int(x) for x in s.split("."))
        self.s = s
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __gt__(self, o):
        return self.t > o.t
    def __ge__(self, o):
        return self.t >= o.t
    def __repr__(self):
        return self.s
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9"), Ver("1.2")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.2") == Ver("1.2"), Ver("1.2") <= Ver("1.10"), Ver("2.0") >= Ver("2.0"))
