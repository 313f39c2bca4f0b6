# Files to update: namedtuple entries, an OrderedDict index and a deque of pending work.
from collections import namedtuple, OrderedDict, deque

File = namedtuple("File", "name size")
index = OrderedDict()
for name, size in (("main.py", 10), ("boot.py", 3), ("lib/a.py", 7)):
    index[name] = File(name, size)
pending = deque(index.values(), 8)
done = []
while pending:
    f = pending.popleft()
    if f.size > 5:
        done.append(f.name)
print(done)
print(index["boot.py"], index["boot.py"].size)
print([f.name for f in index.values()])
