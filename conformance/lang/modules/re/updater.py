# how updaters use re: versions, HTTP status lines and headers, URLs, JSON fields
import re

VER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(-[\w.]+)?$")
for tag in ("v1.2.3", "1.10.0", "v2.0.0-rc.1", "v1.2", "release-1.2.3", "1.2.3 "):
    m = VER.match(tag)
    if m:
        print(tag, "->", tuple(int(m.group(i)) for i in (1, 2, 3)), m.group(4))
    else:
        print(tag, "-> no")

status = re.compile(r"HTTP/1\.[01] (\d\d\d) ?(.*)")
for line in ("HTTP/1.1 200 OK", "HTTP/1.0 404 Not Found", "HTTP/2 200", "HTTP/1.1 302"):
    m = status.match(line)
    print(m and (int(m.group(1)), m.group(2)))

hdr = re.compile(r"([\w-]+):\s*(.*)")
for line in ("Content-Length: 1234", "content-type:application/json", "X-Bad header", "Location:  /new"):
    m = hdr.match(line)
    print(m and (m.group(1).lower(), m.group(2)))

url = re.compile(r"(https?)://([^/:]+)(:\d+)?(/.*)?")
for u in ("https://api.github.com/repos/o/r/releases/latest", "http://10.0.0.1:8080", "ftp://x"):
    m = url.match(u)
    print(m and (m.group(1), m.group(2), m.group(3), m.group(4)))

body = '{"tag_name": "v1.4.0", "name": "Release 1.4", "assets": [{"browser_download_url": "https://x/y.tar"}]}'
print(re.search(r'"tag_name":\s*"([^"]+)"', body).group(1))
print(re.search(r'"browser_download_url":\s*"([^"]*)"', body).group(1))
print(re.search(r'"missing":\s*"([^"]*)"', body))
print(re.compile(r"\.py$").search("lib/ota.py") is not None, re.compile(r"\.py$").search("lib/ota.pyc"))
print(re.sub(r"[^\w.-]", "_", "my file (1).bin"))
