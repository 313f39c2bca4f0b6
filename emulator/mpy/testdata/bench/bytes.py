# byte-level work: a checksum over a 64 KB buffer, as updaters verify downloads
buf = bytearray(65536)
for i in range(len(buf)):
    buf[i] = i & 255
s = 0
for b in buf:
    s = (s * 31 + b) & 0xFFFFFFFF
print(s)
