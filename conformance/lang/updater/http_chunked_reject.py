def read_headers(lines):
    h = {}
    for l in lines:
        if not l:
            break
        k, v = l.split(b":", 1)
        h[k.strip().lower()] = v.strip()
    return h
def check(h):
    te = h.get(b"transfer-encoding")
    if te and te != b"identity":
        raise ValueError("Unsupported " + te.decode())
    return int(h.get(b"content-length", b"-1"))
for raw in ([b"Content-Length: 12", b""], [b"Transfer-Encoding: chunked", b""], [b"X: 1"]):
    h = read_headers(raw)
    try:
        print(sorted(h), check(h))
    except ValueError as e:
        print("ValueError:", e)
