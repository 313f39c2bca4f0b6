def build_request(method, host, path, headers=None, body=None):
    req = b"%s %s HTTP/1.0\r\nHost: %s\r\n" % (method, path, host)
    hdrs = {"User-Agent": "micropython-ota/1.0", "Connection": "close"}
    if headers:
        hdrs.update(headers)
    if body is not None:
        hdrs["Content-Length"] = str(len(body))
    for k in sorted(hdrs):
        req += b"%s: %s\r\n" % (k, hdrs[k])
    req += b"\r\n"
    if body:
        req += body
    return req
print(build_request("GET", "ota.example.com", "/latest"))
r = build_request("POST", "api.example.com", "/report", {"Content-Type": "application/json"}, b'{"ok":1}')
for line in r.split(b"\r\n"):
    print(line)
