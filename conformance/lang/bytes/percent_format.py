method = "GET"
path = "/releases/latest"
host = "example.com"
req = b"%s %s HTTP/1.0\r\nHost: %s\r\n\r\n" % (method, path, host)
print(req)
print(b"%d bytes" % 42)
print(b"%s" % b"raw")
print(b"%05d|%x|%X" % (7, 255, 255))
print(b"%s=%s" % ("k", 1))
print(b"%%" % ())
print(len(req))
print(b"Range: bytes=%d-\r\n" % 1024)
