host = "api.example.com"
path = "/repos/o/r/releases/latest"
lines = [
    b"GET %s HTTP/1.0\r\n" % path,
    b"Host: %s\r\n" % host,
    b"User-Agent: %s/%s\r\n" % ("ota", "1.0"),
    b"Range: bytes=%d-%d\r\n" % (0, 1023),
    b"Content-Length: %d\r\n" % 12,
    b"X-Raw: %s\r\n" % b"bytes-value",
    b"\r\n",
]
req = b"".join(lines)
print(req)
print(len(req))
print(b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%x %o" % (255, 8))
