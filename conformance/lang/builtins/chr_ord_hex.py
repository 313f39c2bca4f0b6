print(chr(65), chr(0x263A), chr(0), repr(chr(10)))
print(ord("A"), ord("€"), ord("\n"), ord(b"a"))
print(hex(255), hex(-1), oct(8), bin(10), hex(0))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
