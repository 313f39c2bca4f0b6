# regex objects: split with maxsplit, search with pos and endpos, bytes subjects
import re

r = re.compile(r"[,;]\s*")
print(r.split("a, b;c,   d"))
print(r.split("a, b;c,   d", 2))
print(r.split(""))
print(r.split(",,"))
print(re.compile(" ").split("no-spaces"))
print(re.compile(b"/").split(b"/lib/ota/file.py"))
print(re.compile("x*").split("axbxc"))
w = re.compile(r"\w+")
s = "alpha beta gamma"
pos = 0
while True:
    m = w.search(s, pos)
    if m is None:
        break
    print(m.group(0))
    pos += len(m.group(0)) + 1
print(w.match(s, 6).group(0), w.match(s, 5), w.search(s, 0, 3).group(0), w.search(s, 99), w.search(s, -5).group(0))
print(re.compile("a$").search("ab", 0, 1).group(0), re.compile("^b").search("ab", 1))
