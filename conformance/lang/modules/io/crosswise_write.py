# MicroPython streams take str and bytes alike.
import io

b = io.BytesIO()
print(b.write("text"), b.write(b"bytes"), b.write(bytearray(b"ba")), b.write(memoryview(b"mv")))
print(b.getvalue())
s = io.StringIO()
print(s.write(b"raw"), s.write("str"))
print(repr(s.getvalue()))
for bad in (5, None, 1.5, [1]):
    try:
        b.write(bad)
    except TypeError as e:
        print("TypeError", e)
print(io.BytesIO("init").read(), repr(io.StringIO(b"init").read()))
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).read())
