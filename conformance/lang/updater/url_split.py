def split_url(url):
    proto, _, rest = url.partition("://")
    if proto not in ("http", "https"):
        raise ValueError("unsupported protocol: " + proto)
    host, _, path = rest.partition("/")
    port = 443 if proto == "https" else 80
    if ":" in host:
        host, p = host.split(":", 1)
        port = int(p)
    return proto, host, port, "/" + path
for u in ("http://example.com/a/b?x=1", "https://api.github.com/repos/o/r/releases/latest", "http://10.0.0.2:8080/", "https://h"):
    print(split_url(u))
try:
    split_url("ftp://x/y")
except ValueError as e:
    print("ValueError:", e)
