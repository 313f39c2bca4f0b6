# TarFile in "w" mode (tarfile-write) and reading the result back
import io, tarfile, binascii
out = io.BytesIO()
w = tarfile.TarFile(fileobj=out, mode="w")
for name, data in (("a.txt", b"alpha"), ("dir", None), ("dir/b.bin", bytes(range(200)) * 3)):
    ti = tarfile.TarInfo(name)
    ti.uid = ti.gid = 0
    ti.mtime = 1700000000
    if data is None:
        ti.mode = 0o040000
        ti.size = 0
        w.addfile(ti)
    else:
        ti.size = len(data)
        w.addfile(ti, io.BytesIO(data))
    print(name, w.offset)
raw = out.getvalue()
print(len(raw), raw[:12], raw[100:108], raw[124:136], raw[148:156], raw[156:157])
print(binascii.crc32(raw))
ti = tarfile.TarInfo("x")
try:
    w.addfile(ti)
except AttributeError as e:
    print("AttributeError", e)
r = tarfile.TarFile(fileobj=io.BytesIO(raw))
for info in r:
    print(info, binascii.crc32(r.extractfile(info).read()))
class Keep(io.BytesIO):
    def close(self):
        print("close called", len(self.getvalue()))
k = Keep()
w = tarfile.TarFile(fileobj=k, mode="w")
w.close()
try:
    tarfile.TarFile(fileobj=io.BytesIO(), mode="x")
except ValueError as e:
    print("ValueError", e)
