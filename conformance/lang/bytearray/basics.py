buf = bytearray(4)
print(buf)
buf[0] = 0x41
buf[3] = 255
print(buf, len(buf))
buf.append(10)
buf.extend(b"xy")
print(buf)
print(bytearray(b"abc"), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(buf[1:3], type(buf[1:3]).__name__)
print(bytes(buf))
print(buf == b"A\x00\x00\xff\nxy")
