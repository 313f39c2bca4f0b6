# A stream wrapper that also works as a context manager.
import io

class Flash(io.IOBase):
    def __init__(self):
        self.data = bytearray()
        self.closed = False

    def write(self, buf):
        self.data += buf
        return len(buf)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.closed = True

with Flash() as f:
    for chunk in (b"\xe9\x01", b"\x02\x03", b"payload"):
        print(f.write(chunk))
print(f.closed, bytes(f.data), len(f.data))
print(isinstance(f, io.IOBase), type(f).__name__)
