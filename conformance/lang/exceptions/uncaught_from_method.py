class Flash:
    def __init__(self, size):
        self.size = size
        self.used = 0
    def write(self, n):
        if self.used + n > self.size:
            raise OSError(28)
        self.used += n
        return n
    def write_all(self, chunks):
        for c in chunks:
            self.write(c)
f = Flash(100)
f.write_all([40, 40])
print("used", f.used)
f.write_all([10, 30])
