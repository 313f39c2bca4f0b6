# A tiny device program: parse an update manifest line the way OTA updaters do.
latest = "1.2.3;app.tar.gz;12;9f86d081884c7d65"
version, name, size_kb, digest = latest.split(";")
current = (1, 2, 0)
new = tuple(int(p) for p in version.split("."))
print(f"current {current}, offered {new} ({name}, {size_kb} kB)")
headers = {"User-Agent": "ota-emu-demo", "Accept": "*/*"}
request = b"GET /%s HTTP/1.0\r\n" % name.encode()
print(request, headers)
if new > current:
    print("update available")
