raw = b"caf\xc3\xa9 ok"
print(raw.decode())
bad = b"\xff\xfe\xfd"
print(len(bad))
print(bad.decode())
