def make_header(name, size):
    h = bytearray(512)
    nb = name.encode()
    h[0:len(nb)] = nb
    h[100:108] = b"0000644\x00"
    sz = ("%011o" % size).encode() + b"\x00"
    h[124:136] = sz
    h[156] = ord("0")
    h[257:263] = b"ustar\x00"
    return bytes(h)
def parse_header(h):
    name = h[0:100].split(b"\x00", 1)[0].decode()
    size = int(h[124:136].rstrip(b"\x00 ").decode(), 8)
    kind = chr(h[156])
    magic = h[257:262]
    return name, size, kind, magic
for name, size in (("main.py", 812), ("lib/ota/core.py", 4096), ("big.bin", 8 ** 10)):
    h = make_header(name, size)
    print(len(h), parse_header(h))
    blocks = (size + 511) // 512
    print("  data blocks", blocks, "padding", blocks * 512 - size)
zero = bytes(512)
try:
    parse_header(zero)
except ValueError as e:
    print("end of archive:", e)
