import io

with io.BytesIO(b"a\nbb\nccc") as f:
    for line in f:
        print(line, len(line))
    print(f.read())
try:
    f.read()
except ValueError as e:
    print(e)
with io.StringIO() as s:
    s.write("inside")
    print(s.getvalue())
try:
    with io.BytesIO() as g:
        g.write(b"x")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
try:
    g.getvalue()
except ValueError as e:
    print(e)
