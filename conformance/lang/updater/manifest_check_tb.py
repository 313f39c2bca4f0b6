def check_entry(entry):
    for key in ("path", "size", "sha"):
        if key not in entry:
            raise KeyError(key)
    if not isinstance(entry["size"], int):
        raise TypeError("size must be int, got %s" % type(entry["size"]).__name__)
    return entry["path"]
def check_manifest(m):
    return [check_entry(e) for e in m["files"]]
print(check_manifest({"files": [{"path": "a.py", "size": 1, "sha": "x"}]}))
print(check_manifest({"files": [{"path": "a.py", "size": "1", "sha": "x"}]}))
