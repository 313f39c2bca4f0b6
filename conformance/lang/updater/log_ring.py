class Ring:
    def __init__(self, n):
        self.buf = [None] * n
        self.i = 0
        self.full = False
    def add(self, x):
        self.buf[self.i] = x
        self.i = (self.i + 1) % len(self.buf)
        if self.i == 0:
            self.full = True
    def items(self):
        if not self.full:
            return self.buf[:self.i]
        return self.buf[self.i:] + self.buf[:self.i]
r = Ring(4)
for ev in ("boot", "wifi", "check", "download", "verify", "swap"):
    r.add(ev)
    print(ev, r.items())
print(len(r.items()), r.full)
