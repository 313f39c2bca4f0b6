tags = ["v1.0.0", "v1.10.0", "v1.2.0", "v0.9.12", "v1.2.10", "v1.2.9", "nightly", "v2.0.0-beta"]
def key(t):
    if not t.startswith("v"):
        return (-1,)
    core = t[1:].split("-")[0]
    return tuple(int(x) for x in core.split("."))
valid = [t for t in tags if t.startswith("v")]
print(sorted(valid, key=key))
print(max(valid, key=key))
print(sorted(tags, key=key, reverse=True)[:3])
print(min(tags, key=key))
