# Pick the newest release from a list of (tag, asset) namedtuples.
from collections import namedtuple

Release = namedtuple("Release", "tag asset size")

def parse(tag):
    return [int(p) for p in tag.lstrip("v").split(".")]

releases = [
    Release("v1.2.0", "fw-1.2.0.bin", 1024),
    Release("v1.10.1", "fw-1.10.1.bin", 2048),
    Release("v1.9.9", "fw-1.9.9.bin", 1536),
]
newest = releases[0]
for r in releases[1:]:
    if parse(r.tag) > parse(newest.tag):
        newest = r
print(newest)
print(newest.asset, newest.size)
tag, asset, size = newest
print(tag, asset, size)
print([r.tag for r in sorted(releases, key=lambda r: parse(r.tag))])
print(3 in Release(1, 2, 3), "x" in Release(1, 2, 3))
