# Fixed-size records in a flash log: append, read back, find the last valid one.
import struct
REC = "<IIB3x"
size = struct.calcsize(REC)
log = bytearray()
for seq, ver in [(1, 100), (2, 101), (3, 102)]:
    log += struct.pack(REC, seq, ver, 1 if ver != 102 else 0)
print(size, len(log))
last = None
for off in range(0, len(log), size):
    seq, ver, ok = struct.unpack_from(REC, log, off)
    print(seq, ver, ok)
    if ok:
        last = ver
print("boot version", last)
