# loads accepts str, bytes, bytearray and memoryview (an HTTP body).
import json
body = b'HTTP/1.0 200 OK\r\n\r\n{"version": "3.1", "size": 1024}'
i = body.find(b"\r\n\r\n")
print(json.loads(body[i + 4:]))
print(json.loads(bytearray(b'{"ok": true}')))
print(json.loads(memoryview(body)[i + 4:]))
print(json.loads("[1]\x00 anything after NUL is ignored"))
try:
    json.loads(b'"\xff\xfe"')
except Exception as e:
    print(type(e).__name__, repr(str(e)))
