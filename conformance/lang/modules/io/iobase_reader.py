import io

class Counter(io.IOBase):
    def __init__(self, n):
        self.n = n
        self.i = 0

    def readinto(self, buf):
        k = 0
        while k < len(buf) and self.i < self.n:
            buf[k] = 48 + self.i % 10
            self.i += 1
            k += 1
        return k

c = Counter(12)
buf = bytearray(5)
while True:
    n = c.readinto(buf)
    if not n:
        break
    print(n, bytes(buf[:n]))
class Plain(io.IOBase):
    pass
p = Plain()
print(type(p).__name__, isinstance(p, io.IOBase))
for name in ("read", "readinto", "write", "readline", "ioctl"):
    print(name, hasattr(p, name))
