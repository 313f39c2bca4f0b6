RAW = (b"HTTP/1.1 302 Found\r\nLocation: https://objects.example.com/asset?id=7\r\n"
       b"Content-Length: 0\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\n")
def parse_response(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    version, status, reason = lines[0].split(b" ", 2)
    headers = {}
    for l in lines[1:]:
        k, _, v = l.partition(b":")
        k = k.strip().lower().decode()
        v = v.strip().decode()
        headers[k] = headers[k] + ", " + v if k in headers else v
    return int(status), reason.decode(), headers, body
status, reason, headers, body = parse_response(RAW)
print(status, reason, len(body))
for k in sorted(headers):
    print(k, "=", headers[k])
if 300 <= status < 400:
    print("redirect to", headers["location"])
