try:
    b"\xff\xfe".decode()
except UnicodeError as e:
    print("UnicodeError", type(e).__name__)
print(b"abc".decode("ascii"))
print("abc".encode("ascii"))
print(len("日本".encode()))
print("日本".encode())
print(b"\xe6\x97\xa5".decode())
