# Copy a file to its final place while hashing, as an updater installs a download.
import hashlib, binascii
with open("download.tmp", "wb") as f:
    for i in range(20):
        f.write(bytes([i]) * 300)
h = hashlib.sha256()
n = 0
buf = bytearray(256)
with open("download.tmp", "rb") as src, open("app.bin", "wb") as dst:
    while True:
        k = src.readinto(buf)
        if not k:
            break
        h.update(memoryview(buf)[:k])
        dst.write(memoryview(buf)[:k])
        n += k
print(n)
print(binascii.hexlify(h.digest()))
print(hashlib.sha256(open("app.bin", "rb").read()).digest() == hashlib.sha256(open("download.tmp", "rb").read()).digest())
