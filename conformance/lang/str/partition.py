for line in ["key=value", "noequals", "a=b=c", "=empty", "trail="]:
    print(line.partition("="), line.rpartition("="))
url = "http://example.com:8080/path/file.bin"
proto, _, rest = url.partition("://")
host, _, path = rest.partition("/")
host, _, port = host.partition(":")
print(proto, host, port, "/" + path)
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
