# Decode an HTTP chunked body from a BytesIO, as newer request libraries do.
import io

raw = b"5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n"
s = io.BytesIO(raw)
body = io.BytesIO()
while True:
    size = int(s.readline().strip(), 16)
    if size == 0:
        break
    body.write(s.read(size))
    s.readline()
print(body.getvalue(), body.tell(), s.read())
