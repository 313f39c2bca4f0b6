# Copy one stream into another in small blocks, counting bytes and lines.
import io

src = io.StringIO("alpha\nbeta\ngamma\n")
dst = io.StringIO()
n = lines = 0
while True:
    block = src.read(4)
    if not block:
        break
    n += dst.write(block)
    lines += block.count("\n")
print(n, lines, dst.getvalue() == src.getvalue())
print(repr(dst.getvalue()))
