digest = bytes([0xde, 0xad, 0xbe, 0xef, 0x00, 0x10])
print(digest.hex())
print(bytes.fromhex("deadbeef"))
print(bytes.fromhex("de ad be ef"))
print(bytes.fromhex("") == b"")
print(digest.hex() == "deadbeef0010")
print("".join("%02x" % b for b in digest))
print("".join("{:02x}".format(b) for b in digest))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
