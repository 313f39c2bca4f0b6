ba = bytearray()
ba.extend(b"ab")
ba.extend(bytearray(b"cd"))
ba.extend([101, 102])
ba.extend((103,))
ba.extend(memoryview(b"hi"))
print(ba)
ba.append(0x6a)
print(ba, len(ba))
for v in (300, -2):
    try:
        ba.append(v)
        print("appended", v, ba[-1])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    ba.extend("str")
    print(ba)
except TypeError as e:
    print("TypeError:", e)
