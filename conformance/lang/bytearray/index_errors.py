ba = bytearray(b"abc")
for v in (0, 255, 256, -1):
    try:
        ba[0] = v
        print("ok", v, ba)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, v)
try:
    ba[5] = 1
except IndexError as e:
    print("IndexError:", e)
print(ba[-1], ba[-3])
