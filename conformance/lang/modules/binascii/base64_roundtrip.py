# Basic-auth header and payload round trips through base64.
import binascii
for data in [b"", b"a", b"ab", b"abc", b"abcd", b"user:secret", bytes(range(0, 256, 7))]:
    enc = binascii.b2a_base64(data)
    dec = binascii.a2b_base64(enc)
    print(enc, dec == data)
auth = binascii.b2a_base64(b"admin:pa55word", newline=False)
print(b"Authorization: Basic " + auth)
