# DeflateIO over each format, read in different ways
import deflate, io, binascii
TEXT = b'line 0: firmware update chunk \nline 1: firmware update chunk ab\nline 2: firmware update chunk abab\nline 3: firmware update chunk ababab\nline 4: firmware update chunk abababab\nline 5: firmware update chunk ababababab\nline 6: firmware update chunk abababababab\nline 7: firmware update chunk \nline 8: firmware update chunk ab\nline 9: firmware update chunk abab\nline 10: firmware update chunk ababab\nline 11: firmware update chunk abababab\nline 12: firmware update chunk ababababab\nline 13: firmware update chunk abababababab\nline 14: firmware update chunk \nline 15: firmware update chunk ab\nline 16: firmware update chunk abab\nline 17: firmware update chunk ababab\nline 18: firmware update chunk abababab\nline 19: firmware update chunk ababababab\nline 20: firmware update chunk abababababab\nline 21: firmware update chunk \nline 22: firmware update chunk ab\nline 23: firmware update chunk abab\nline 24: firmware update chunk ababab\nline 25: firmware update chunk abababab\nline 26: firmware update chunk ababababab\nline 27: firmware update chunk abababababab\nline 28: firmware update chunk \nline 29: firmware update chunk ab\nline 30: firmware update chunk abab\nline 31: firmware update chunk ababab\nline 32: firmware update chunk abababab\nline 33: firmware update chunk ababababab\nline 34: firmware update chunk abababababab\nline 35: firmware update chunk \nline 36: firmware update chunk ab\nline 37: firmware update chunk abab\nline 38: firmware update chunk ababab\nline 39: firmware update chunk abababab\n'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17\xd4\x97\xe1\xd7\xdc\x05\x00\x00'
ZL = b'x\xda\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17}\x01\n\x90'
RAW = b'\x95\xd4M\x0e\x82@\x0c\x86\xe1=\xa7\x98#L\xdb\xf9\xc3\xdb\xa0b$"1D\xe2\xf5\r1\xb3d\xbe\xcfu\xdf\xd5\x93\xb6\xf3\xb4\x8c\xce\x9f\xdcmZ\x9f\x9fa\x1d\xdd\xf6\xba\x0e\xef\xd1]\xee\xdb\xf2p\xdd\xbc\x8f\xe5h<\x9c\x7f\x81\x1e\x075\xb1VR\xa3\xd0\x8ej\x16QV\xc3\x84\xc3\x9a\xe66AA\x04=&\x10\xcf\x18\x88p\x08\xa2\xac\x82\x18\xcf \x01\xacBD\x10\x92\x08\x89LI\x14R\xa2g%\xd4\xf3\x12*m\tUx\x15\x86%40\x12\x1a9\tM\xb4D\xfeC\xa2\x00\x89\x1eI\x98\'\x1e\x840\x12\xa6\x9c\x84\x19+a\x81\x97\xb0\xd8\x96\xb0\x04%2!Q(\t\xb8\xf5\xdd\x17'
STORED = b'x\x01\x01\xdc\x05#\xfaline 0: firmware update chunk \nline 1: firmware update chunk ab\nline 2: firmware update chunk abab\nline 3: firmware update chunk ababab\nline 4: firmware update chunk abababab\nline 5: firmware update chunk ababababab\nline 6: firmware update chunk abababababab\nline 7: firmware update chunk \nline 8: firmware update chunk ab\nline 9: firmware update chunk abab\nline 10: firmware update chunk ababab\nline 11: firmware update chunk abababab\nline 12: firmware update chunk ababababab\nline 13: firmware update chunk abababababab\nline 14: firmware update chunk \nline 15: firmware update chunk ab\nline 16: firmware update chunk abab\nline 17: firmware update chunk ababab\nline 18: firmware update chunk abababab\nline 19: firmware update chunk ababababab\nline 20: firmware update chunk abababababab\nline 21: firmware update chunk \nline 22: firmware update chunk ab\nline 23: firmware update chunk abab\nline 24: firmware update chunk ababab\nline 25: firmware update chunk abababab\nline 26: firmware update chunk ababababab\nline 27: firmware update chunk abababababab\nline 28: firmware update chunk \nline 29: firmware update chunk ab\nline 30: firmware update chunk abab\nline 31: firmware update chunk ababab\nline 32: firmware update chunk abababab\nline 33: firmware update chunk ababababab\nline 34: firmware update chunk abababababab\nline 35: firmware update chunk \nline 36: firmware update chunk ab\nline 37: firmware update chunk abab\nline 38: firmware update chunk ababab\nline 39: firmware update chunk abababab\n}\x01\n\x90'
print(len(TEXT), binascii.crc32(TEXT))
for name, data, fmt, wbits in (("gzip", GZ, deflate.GZIP, 0), ("gzip-auto", GZ, deflate.AUTO, 0),
        ("zlib", ZL, deflate.ZLIB, 0), ("zlib-auto", ZL, deflate.AUTO, 15), ("raw", RAW, deflate.RAW, 15),
        ("stored", STORED, deflate.ZLIB, 0)):
    d = deflate.DeflateIO(io.BytesIO(data), fmt, wbits)
    out = d.read()
    print(name, len(out), binascii.crc32(out), out == TEXT, d.read(), d.read(5))
d = deflate.DeflateIO(io.BytesIO(GZ))
print(d.read(7), d.read(0), d.readline(), d.readline(4))
buf = bytearray(10)
print(d.readinto(buf), buf)
print(d.readinto(buf, 3), buf)
mv = memoryview(buf)
print(d.readinto(mv[5:]), buf)
lines = 0
while True:
    l = d.readline()
    if not l:
        break
    lines += 1
print("lines", lines)
with deflate.DeflateIO(io.BytesIO(ZL)) as d:
    chunks = []
    while True:
        c = d.read(100)
        if not c:
            break
        chunks.append(len(c))
print(chunks)
