# b2a_base64 appends a newline unless newline=False.
import binascii
print(binascii.b2a_base64(b"firmware"))
print(binascii.b2a_base64(b"firmware", newline=False))
print(binascii.b2a_base64(b"firmware", newline=True))
print(binascii.b2a_base64(b"x", newline=0))
print(binascii.b2a_base64(bytearray(b"xyz")))
print(binascii.b2a_base64(memoryview(b"12345")[1:4]))
