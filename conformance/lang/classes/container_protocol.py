class FileTable:
    def __init__(self):
        self._names = []
        self._sizes = {}
    def __setitem__(self, name, size):
        if name not in self._sizes:
            self._names.append(name)
        self._sizes[name] = size
    def __getitem__(self, name):
        return self._sizes[name]
    def __delitem__(self, name):
        del self._sizes[name]
        self._names.remove(name)
    def __len__(self):
        return len(self._names)
    def __iter__(self):
        return iter(self._names)
    def __contains__(self, name):
        return name in self._sizes
t = FileTable()
t["main.py"] = 10
t["boot.py"] = 5
t["lib/x.py"] = 7
t["main.py"] = 11
print(len(t), list(t), t["main.py"], "boot.py" in t, "nope" in t)
del t["boot.py"]
print(len(t), [(n, t[n]) for n in t], bool(t))
try:
    t["nope"]
except KeyError as e:
    print("KeyError:", e)
