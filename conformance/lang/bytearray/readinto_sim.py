class Stream:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
s = Stream(b"0123456789ABCDEF!")
buf = bytearray(5)
total = 0
while True:
    n = s.readinto(buf)
    if not n:
        break
    total += n
    print(n, bytes(buf[:n]))
print("total", total)
