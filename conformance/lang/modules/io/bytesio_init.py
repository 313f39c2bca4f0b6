import io

print(io.BytesIO().getvalue(), io.BytesIO(100).getvalue(), io.StringIO(5).getvalue() == "")
b = io.BytesIO(b"abc")
print(b.tell(), b.read(1), b.tell())
b.write(b"XYZW")
print(b.getvalue(), b.tell())
src = bytearray(b"orig")
c = io.BytesIO(src)
src[0] = 88
print(c.getvalue(), src)
c.write(b"N")
print(c.getvalue())
for bad in (1.5, [1], None, (1,)):
    try:
        io.BytesIO(bad)
    except TypeError as e:
        print("TypeError", e)
print(type(io.BytesIO()).__name__, type(io.StringIO()).__name__)
print(io.BytesIO(b"kw", foo=1).read())
