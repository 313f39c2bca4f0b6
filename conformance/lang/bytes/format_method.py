print(b"{}: {}".format("Host", "example.com"))
print(b"{} {}".format(1, 2.5))
print(type(b"{}".format("x")).__name__)
print(b"{:>5}".format("ab"))
hdrs = {"User-Agent": "ota", "Accept": "*/*"}
out = b""
for k in ("User-Agent", "Accept"):
    out += b"{}: {}\r\n".format(k, hdrs[k])
print(out)
