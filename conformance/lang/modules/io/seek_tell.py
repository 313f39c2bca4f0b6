import io

f = io.BytesIO(b"0123456789")
print(f.seek(3), f.read(2), f.tell())
print(f.seek(2, 1), f.read(1), f.tell())
print(f.seek(-3, 2), f.read(), f.tell())
print(f.seek(-100, 1), f.tell())
print(f.seek(-100, 2), f.tell())
print(f.seek(20), f.read(), f.tell())
f.write(b"!")
print(f.getvalue())
try:
    f.seek(-1)
except OSError as e:
    print("OSError", e.args[0])
print(f.seek(0, 0), f.read(4))
