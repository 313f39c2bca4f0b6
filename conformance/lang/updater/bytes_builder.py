parts = []
parts.append(b"POST /upload HTTP/1.0\r\n")
boundary = "----ota%d" % 1234
parts.append(b"Content-Type: multipart/form-data; boundary=%s\r\n\r\n" % boundary)
for name, content in (("log.txt", b"line1\nline2\n"), ("state.json", b'{"v":1}')):
    parts.append(b"--%s\r\n" % boundary)
    parts.append(b'Content-Disposition: form-data; name="file"; filename="%s"\r\n\r\n' % name)
    parts.append(content)
    parts.append(b"\r\n")
parts.append(b"--%s--\r\n" % boundary)
body = b"".join(parts)
print(len(parts), len(body))
for line in body.split(b"\r\n"):
    print(line)
