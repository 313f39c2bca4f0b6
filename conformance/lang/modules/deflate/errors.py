# what DeflateIO raises, as the board raises it
import deflate, io
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17\xd4\x97\xe1\xd7\xdc\x05\x00\x00'
ZL = b'x\xda\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17}\x01\n\x90'
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e.args)
D = deflate.DeflateIO
show("zlib as gzip", lambda: D(io.BytesIO(ZL), deflate.GZIP).read())
show("gzip as zlib", lambda: D(io.BytesIO(GZ), deflate.ZLIB).read())
show("not deflate", lambda: D(io.BytesIO(b"hello world, plain text")).read())
show("empty", lambda: D(io.BytesIO(b"")).read())
show("header only", lambda: D(io.BytesIO(GZ[:10])).read())
show("truncated", lambda: D(io.BytesIO(GZ[:-4])).read())
show("truncated 1", lambda: D(io.BytesIO(GZ[:-1])).read())
bad = bytearray(GZ)
bad[-8] ^= 0xff
show("bad crc", lambda: D(io.BytesIO(bad)).read())
show("bad crc first part", lambda: D(io.BytesIO(bad)).read(20))
bad = bytearray(ZL)
bad[-1] ^= 1
show("bad adler", lambda: D(io.BytesIO(bad)).read())
bad = bytearray(GZ)
bad[3] = 0xe0
show("gzip reserved flags", lambda: D(io.BytesIO(bad)).read())
show("format 4", lambda: D(io.BytesIO(GZ), 4))
show("format -1", lambda: D(io.BytesIO(GZ), -1))
show("wbits 4", lambda: D(io.BytesIO(GZ), 0, 4))
show("wbits 16", lambda: D(io.BytesIO(GZ), 0, 16))
show("wbits 5", lambda: len(D(io.BytesIO(GZ), 0, 5).read(1)))
show("keywords", lambda: D(io.BytesIO(GZ), format=deflate.GZIP))
show("no args", lambda: D())
show("five args", lambda: D(1, 2, 3, 4, 5))
show("str format", lambda: D(io.BytesIO(GZ), "x"))
show("not a stream", lambda: D(b"abc").read())
show("not a stream 0", lambda: D(b"abc").read(0))
show("negative", lambda: D(io.BytesIO(GZ)).read(-2))
show("into bytes", lambda: D(io.BytesIO(GZ)).readinto(b"abc"))
d = D(io.BytesIO(GZ))
d.close()
d.close()
show("closed", lambda: d.read(1))
show("closed line", lambda: d.readline())
d = D(io.BytesIO(GZ[:-4]))
show("first", lambda: len(d.read(10)))
show("rest", lambda: d.read())
