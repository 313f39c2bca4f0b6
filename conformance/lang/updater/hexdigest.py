import ubinascii
digest = bytes([0x9f, 0x86, 0xd0, 0x81, 0x88, 0x4c, 0x7d, 0x65])
print(ubinascii.hexlify(digest))
print(ubinascii.hexlify(digest).decode())
print(digest.hex())
print(ubinascii.unhexlify("9f86d081") == digest[:4])
print(ubinascii.hexlify(b"\x00\xff", ":") if True else "")
expected = "9f86d081884c7d65"
print(ubinascii.hexlify(digest).decode() == expected)
