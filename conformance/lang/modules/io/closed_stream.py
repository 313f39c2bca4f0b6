import io

b = io.BytesIO(b"abc")
print(b.close(), b.close())
for name, call in (
    ("read", lambda: b.read()),
    ("read1", lambda: b.read(1)),
    ("readline", lambda: b.readline()),
    ("readinto", lambda: b.readinto(bytearray(2))),
    ("write", lambda: b.write(b"x")),
    ("getvalue", lambda: b.getvalue()),
    ("flush", lambda: b.flush()),
    ("seek", lambda: b.seek(1)),
    ("tell", lambda: b.tell()),
):
    try:
        print(name, call())
    except ValueError as e:
        print(name, "ValueError", e)
try:
    for line in b:
        print(line)
except ValueError as e:
    print("iter ValueError", e)
