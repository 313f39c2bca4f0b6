import io

s = io.StringIO("line one\nline two\nlíne three\n")
print(repr(s.readline()))
print(repr(s.read(5)), s.tell())
print(repr(s.readline()))
print(repr(s.read(2)), s.tell())
print(repr(s.read()))
print(repr(s.read()), repr(s.readline()))
w = io.StringIO()
for i in range(3):
    w.write("row %d\n" % i)
print(w.write(""), repr(w.getvalue()))
print(w.tell())
