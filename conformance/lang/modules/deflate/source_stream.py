# DeflateIO pulls from any stream, one byte at a time, never past the compressed data
import deflate, io
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17\xd4\x97\xe1\xd7\xdc\x05\x00\x00'
class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.reads = 0
        self.closed_ = False
    def readinto(self, buf):
        self.reads += 1
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def close(self):
        self.closed_ = True
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0
class Bare(io.IOBase):
    def readinto(self, buf):
        return 0
s = Src(GZ + b"NEXT")
d = deflate.DeflateIO(s)
print(d.read(5), s.reads)
out = d.read()
print(len(out), s.reads == len(GZ), s.data)
d.close()
print(s.closed_)
s = Src(GZ)
with deflate.DeflateIO(s, deflate.GZIP, 0, True) as d:
    print(len(d.read()))
print(s.closed_)
b = io.BytesIO(GZ + b"tail")
d = deflate.DeflateIO(b, deflate.AUTO, 0, False)
d.read()
d.close()
print(b.read())
try:
    deflate.DeflateIO(Bare(), deflate.RAW, 8, True).close()
except AttributeError as e:
    print("AttributeError", e)
d = deflate.DeflateIO(Bare(), deflate.RAW, 8, True)
try:
    d.read()
except EOFError as e:
    print("EOFError", e.args)
inner = deflate.DeflateIO(io.BytesIO(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x93\xef\xe6`\x00\x01&\xe6\xd3\xde\xbaz\x9e\xbe\x81\x1a\x1ek\xce\x9c\xf4\xf7\t<!\xfd\xf4\xd13&\x06\x17\xa6<F\x1dF\x06\x06\x00U\x84\xaa\xd9(\x00\x00\x00'))
outer = deflate.DeflateIO(inner)
print(outer.read())
