resp = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
head, _, body = resp.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
print(lines[0])
status = int(lines[0].split(b" ")[1])
print(status)
headers = {}
for ln in lines[1:]:
    k, v = ln.split(b":", 1)
    headers[k.strip().lower()] = v.strip()
print(headers[b"content-length"], int(headers[b"content-length"]))
print(body, len(body) == int(headers[b"content-length"]))
print(b"a\nb\n".splitlines() if hasattr(b"", "splitlines") else "no splitlines")
