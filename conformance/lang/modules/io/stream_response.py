# An updater streams an HTTP response body through BytesIO in chunks.
import io

body = b"HTTP/1.0 200 OK\r\nContent-Length: 26\r\n\r\nabcdefghijklmnopqrstuvwxyz"
resp = io.BytesIO(body)
status = resp.readline()
print(status)
headers = {}
while True:
    line = resp.readline()
    if line == b"\r\n" or not line:
        break
    k, v = line.decode().split(":", 1)
    headers[k.strip().lower()] = v.strip()
print(headers)
left = int(headers["content-length"])
out = io.BytesIO()
while left:
    chunk = resp.read(min(8, left))
    if not chunk:
        break
    out.write(chunk)
    left -= len(chunk)
    print(len(chunk), left)
print(out.getvalue())
print(resp.read(), resp.tell())
