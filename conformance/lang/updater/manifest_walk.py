manifest = {
    "version": "2.1.0",
    "files": [
        {"path": "main.py", "size": 812, "sha": "a1"},
        {"path": "lib/ota/core.py", "size": 4096, "sha": "b2"},
        {"path": "lib/ota/net.py", "size": 2048, "sha": "c3"},
        {"path": "boot.py", "size": 120, "sha": "d4"},
    ],
}
local = {"main.py": "a1", "lib/ota/core.py": "xx", "old.py": "ee", "boot.py": "d4"}
wanted = {f["path"]: f for f in manifest["files"]}
to_fetch = [p for p in sorted(wanted) if local.get(p) != wanted[p]["sha"]]
to_delete = [p for p in sorted(local) if p not in wanted]
print("fetch", to_fetch)
print("delete", to_delete)
print("bytes", sum(wanted[p]["size"] for p in to_fetch))
dirs = set()
for p in to_fetch:
    parts = p.split("/")[:-1]
    for i in range(1, len(parts) + 1):
        dirs.add("/".join(parts[:i]))
print("mkdir", sorted(dirs))
