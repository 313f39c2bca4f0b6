class Size:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "%dB" % self.n
    def __repr__(self):
        return "Size(%d)" % self.n
s = Size(10)
print("{} {!r} {!s}".format(s, s, s))
print("%s %r" % (s, s))
print(f"{s} {s!r}")
try:
    print("{:>6}".format(s))
except TypeError as e:
    print("TypeError:", e)
