manifest = {
    "version": "2.0.1",
    "files": {"main.py": {"size": 120, "sha": "aa"}, "lib/ota.py": {"size": 900, "sha": "bb"}},
    "meta": {"author": "me", "tags": ["stable", "ota"]},
}
def walk(obj, prefix=""):
    if isinstance(obj, dict):
        for k in sorted(obj):
            walk(obj[k], prefix + "/" + k)
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            walk(x, prefix + "[%d]" % i)
    else:
        print(prefix, "=", repr(obj))
walk(manifest)
total = sum(f["size"] for f in manifest["files"].values())
print("total", total)
