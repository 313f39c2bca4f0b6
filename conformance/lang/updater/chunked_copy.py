class Source:
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
    def read(self, n):
        n = min(n, self.step, len(self.data) - self.pos)
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
def copy(src, dst, size, bufsize=16):
    remaining = size
    while remaining:
        chunk = src.read(min(bufsize, remaining))
        if not chunk:
            raise OSError(5)
        remaining -= dst.write(chunk)
    return size
data = bytes(range(50))
dst = Sink()
print(copy(Source(data, 7), dst, 50))
print([len(p) for p in dst.parts], b"".join(dst.parts) == data)
try:
    copy(Source(data[:20], 64), Sink(), 50)
except OSError as e:
    print("OSError", e.errno, e)
