def to_obj(version, files):
    obj = {}
    obj["version"] = version
    obj["count"] = len(files)
    obj["files"] = []
    for name, size in files:
        entry = {}
        entry["name"] = name
        entry["size"] = size
        obj["files"].append(entry)
    obj["ok"] = True
    return obj
o = to_obj("1.0.2", [("main.py", 10), ("boot.py", 2)])
print(o)
print(list(o))
print([list(e) for e in o["files"]])
lit = {"version": "1.0.2", "count": 2, "files": [], "ok": True}
print(list(lit), list(lit) == list(o))
