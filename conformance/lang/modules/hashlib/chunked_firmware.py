# Hash a firmware image chunk by chunk and compare with the manifest digest.
import hashlib, binascii
image = bytes((i * 7 + 3) & 0xFF for i in range(10000))
with open("fw.bin", "wb") as f:
    f.write(image)
expected = binascii.hexlify(hashlib.sha256(image).digest()).decode()
h = hashlib.sha256()
with open("fw.bin", "rb") as f:
    while True:
        chunk = f.read(1024)
        if not chunk:
            break
        h.update(chunk)
got = binascii.hexlify(h.digest()).decode()
print(got)
print(got == expected)
