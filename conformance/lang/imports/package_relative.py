import otapkg
print(otapkg.NAME, otapkg.__name__, otapkg.__file__)
print(otapkg.parse("1.2.3"), otapkg.Version("0.1") < otapkg.Version("0.2"))
print(otapkg.net.request_line("GET", "example.com", "/latest"))
print(otapkg.net.__name__, otapkg.version.__name__)
try:
    otapkg.net.check_status(b"HTTP/1.0 404 Not Found")
except otapkg.NetError as e:
    print("NetError", e.status, e.args, isinstance(e, otapkg.OTAError))
