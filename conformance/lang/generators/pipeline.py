def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split("#", 1)[0].strip()
        if l:
            yield l
def parse(lines):
    for l in lines:
        k, v = l.split("=", 1)
        yield k.strip(), v.strip()
cfg = """
# device config
ssid = home
password = secret  # inline
server=https://ota.example.com

retries = 3
"""
d = dict(parse(strip_comments(read_lines(cfg))))
for k in sorted(d):
    print(k, "->", d[k])
