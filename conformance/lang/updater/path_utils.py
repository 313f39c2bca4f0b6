def join(*parts):
    out = ""
    for p in parts:
        if p.startswith("/"):
            out = p
        elif not out or out.endswith("/"):
            out += p
        else:
            out += "/" + p
    return out
def dirname(p):
    i = p.rfind("/")
    return p[:i] if i > 0 else ("/" if i == 0 else "")
def basename(p):
    return p[p.rfind("/") + 1:]
def parents(p):
    parts = p.strip("/").split("/")[:-1]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]
for args in (("lib", "ota", "core.py"), ("/", "main.py"), ("a/", "b"), ("x", "/abs", "y")):
    print(args, join(*args))
for p in ("/lib/ota/core.py", "main.py", "/boot.py", "lib/"):
    print(p, repr(dirname(p)), repr(basename(p)), parents(p))
