# A Python stream class (io.IOBase subclass) feeding json.load one byte at a time.
import json, io
class Chunked(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
src = Chunked(b'{"a": [1, 2]}')
print(json.load(src))
print(src.calls)
src = Chunked(b'[1, 2] x')
try:
    json.load(src)
except ValueError as e:
    print(e, src.calls, src.data)
