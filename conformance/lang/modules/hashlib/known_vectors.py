# Standard SHA-256 test vectors.
import hashlib, binascii
for data in [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000]:
    print(len(data), binascii.hexlify(hashlib.sha256(data).digest()).decode())
