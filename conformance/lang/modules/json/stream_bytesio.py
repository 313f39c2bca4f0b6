# json.load/dump over in-memory streams, as code that buffers an HTTP body does.
import json, io
body = io.BytesIO(b'{"version": "1.2", "files": ["a.py"]}\r\n')
print(json.load(body))
print(repr(body.read()))
bad = io.BytesIO(b'{"x": "y"} 5 6 7')
try:
    json.load(bad)
except ValueError as e:
    print(e, repr(bad.read()))
out = io.StringIO()
json.dump({"ok": True, "n": [1, 2, 3]}, out, separators=(",", ":"))
print(out.getvalue())
print(json.load(io.StringIO(out.getvalue())))
raw = io.BytesIO()
json.dump([1, "\u00e9"], raw)
print(raw.getvalue())
