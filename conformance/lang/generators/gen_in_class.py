class Manifest:
    def __init__(self, files):
        self.files = files
    def missing(self, present):
        for f in self.files:
            if f not in present:
                yield f
    def __iter__(self):
        return iter(sorted(self.files))
m = Manifest(["main.py", "lib/a.py", "boot.py"])
print(list(m.missing({"boot.py"})))
print(list(m))
print([f for f in m if f.startswith("lib")])
