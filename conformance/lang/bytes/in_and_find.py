hay = b"\x00\x01PK\x03\x04data"
print(hay.find(b"PK\x03\x04"))
print(b"PK" in hay, 0 in hay, 99 in hay)
print(hay.rfind(b"\x00"), hay.find(b"zz"))
print(hay[2:4] == b"PK")
print(hay.startswith(b"PK", 2))
