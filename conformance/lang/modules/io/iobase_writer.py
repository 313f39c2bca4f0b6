# A Python stream wrapper derived from io.IOBase, as updaters write them.
import io

class HashingWriter(io.IOBase):
    def __init__(self, out):
        self.out = out
        self.sum = 0
        self.calls = 0

    def write(self, buf):
        self.calls += 1
        for b in buf:
            self.sum = (self.sum + b) & 0xFFFF
        return self.out.write(buf)

    def ioctl(self, req, arg):
        return 0

sink = io.BytesIO()
w = HashingWriter(sink)
print(isinstance(w, io.IOBase), isinstance(sink, io.IOBase))
print(w.write(b"hello "), w.write(b"world"))
print(w.sum, w.calls, sink.getvalue())
print(hasattr(w, "read"), hasattr(w, "flush"), hasattr(w, "close"))
try:
    w.read(1)
except AttributeError as e:
    print("AttributeError", e)
