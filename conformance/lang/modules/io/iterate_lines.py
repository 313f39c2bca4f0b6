# Parse a version manifest line by line.
import io

manifest = """# ota manifest
version=1.4.2
main.py 1234 3f2a
lib/ota.py 5678 99bc

boot.py 42 0001
"""
files = []
meta = {}
for line in io.StringIO(manifest):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if "=" in line:
        k, v = line.split("=")
        meta[k] = v
        continue
    name, size, crc = line.split()
    files.append((name, int(size), crc))
print(meta)
for f in files:
    print(f)
print(list(io.BytesIO(b"x\ny")))
print(list(io.BytesIO(b"")))
print([len(l) for l in io.BytesIO(b"\n\n\nend")])
