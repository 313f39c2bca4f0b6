# Decode a PEM-like body split over lines.
import binascii
body = b"TWljcm9Q\neXRob24g\nT1RBIHVw\nZGF0ZQ==\n"
print(binascii.a2b_base64(body))
lines = body.split(b"\n")
out = b""
for line in lines:
    if line:
        out += binascii.a2b_base64(line)
print(out)
print(binascii.a2b_base64(b"aGVsbG8="))
print(binascii.a2b_base64(b"aGVsbG8gd29ybGQ="))
