class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
    def __len__(self):
        return self.n
s = Seq(4)
print(list(s), len(s), s[2])
print([x for x in s if x > 5])
print(20 in s, 25 in s)
class Slicer:
    def __getitem__(self, k):
        return repr(type(k).__name__)
sl = Slicer()
print(sl[1], sl["a"], sl[1:2])
