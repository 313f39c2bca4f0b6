s = "  \t hello world \r\n"
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print(repr("xxhixx".strip("x")))
print(repr("--==title==--".strip("-=")))
print(repr("/lib/app/".rstrip("/")))
print(repr("0001200".lstrip("0")))
print(repr("".strip()))
print(repr("\n".strip()))
print(repr("abc".strip("")))
hdr = "Content-Length: 123\r\n"
name, _, value = hdr.partition(":")
print(repr(name), repr(value.strip()))
