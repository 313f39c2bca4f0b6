# Manifest entries as namedtuples.
from collections import namedtuple

Entry = namedtuple("Entry", "path size sha")
manifest = [
    Entry("main.py", 1204, "ab12"),
    Entry("lib/ota.py", size=5120, sha="cd34"),
    Entry(path="boot.py", size=88, sha="ef56"),
]
total = 0
for e in manifest:
    print(e)
    print(e.path, e[1], e[-1])
    total += e.size
print(total)
for path, size, sha in manifest:
    print(path.upper(), size // 1024, sha)
big = [e.path for e in manifest if e.size > 1000]
print(big)
print(len(manifest[0]), list(manifest[0]), isinstance(manifest[0], tuple))
