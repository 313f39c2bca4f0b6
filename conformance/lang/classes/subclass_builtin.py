class Headers(dict):
    def get_int(self, k, d=0):
        return int(self.get(k, d))
h = Headers()
h["content-length"] = "42"
print(h.get_int("content-length"), h.get_int("x"), len(h), isinstance(h, dict))
class Path(str):
    def parts(self):
        return self.split("/")
p = Path("lib/ota/core.py")
print(p.parts(), p.upper(), len(p))
class Stack(list):
    def push(self, x):
        self.append(x)
st = Stack()
st.push(1)
st.push(2)
print(st, st.pop(), len(st))
