import io

b = io.BytesIO(b"abcdefgh")
print(b.read(0), b.read(3), b.read(-1), b.read(), b.read(5))
b.seek(0)
print(b.read(100), b.read(1))
s = io.StringIO("ünïcödé")
print(s.read(0), s.read(2), s.tell(), s.read(-1))
print(io.BytesIO(b"x\ny\n").readline(0), io.BytesIO(b"xyz\n").readline(2), io.BytesIO(b"xyz").readline(-1))
for bad in ("a", 1.5):
    try:
        b.read(bad)
    except TypeError as e:
        print("TypeError", e)
