CHUNK = 8
src = b"abcdefghijklmnopqrstuvwxyz"
buf = bytearray(CHUNK)
out = bytearray()
pos = 0
while pos < len(src):
    n = min(CHUNK, len(src) - pos)
    buf[:n] = src[pos:pos + n]
    out += buf[:n]
    print(pos, n, bytes(buf[:n]))
    pos += n
print(out == src, len(out))
