# Parse a 'latest' file as served by a simple release server.
LATEST = "1.4.2;firmware-1.4.2.tar;20480;9f86d081884c7d659a2feaa0c55ad015\n"
def parse_latest(text):
    fields = text.strip().split(";")
    if len(fields) != 4:
        raise ValueError("bad latest file: %r" % text)
    version, name, size, sha = fields
    return {"version": version, "name": name, "size": int(size), "sha": sha}
def vt(v):
    return tuple(int(x) for x in v.split("."))
info = parse_latest(LATEST)
for k in ("version", "name", "size", "sha"):
    print(k, repr(info[k]))
for current in ("1.4.1", "1.4.2", "1.10.0", "0.9"):
    print(current, "->", "update" if vt(info["version"]) > vt(current) else "keep")
for bad in ("1.0;x;1", "", "1;2;3;4;5"):
    try:
        parse_latest(bad)
    except ValueError as e:
        print("ValueError:", e)
