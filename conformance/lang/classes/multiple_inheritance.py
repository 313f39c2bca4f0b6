class Reader:
    def read(self):
        return "read:" + self.src()
class Writer:
    def write(self, x):
        return "write:" + x + "@" + self.src()
class File(Reader, Writer):
    def src(self):
        return "file"
f = File()
print(f.read(), f.write("data"))
print(isinstance(f, Reader), isinstance(f, Writer))
class A:
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B" + super().name()
class C(A):
    def name(self):
        return "C" + super().name()
class D(B, C):
    def name(self):
        return "D" + super().name()
print(D().name())
