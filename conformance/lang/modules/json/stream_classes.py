# json.load needs a real stream: a plain object with read() is refused.
import json
class Fake:
    def read(self, n=-1):
        return b"[1]"
    def write(self, b):
        return len(b)
for f in [lambda: json.load(Fake()), lambda: json.dump([1], Fake()), lambda: json.load("[1]"), lambda: json.load(None), lambda: json.dump(1, 5)]:
    try:
        print(f())
    except OSError as e:
        print("OSError", e)
