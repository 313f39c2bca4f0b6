# Write a manifest with json.dump, read it back with json.load from the flash.
import json
manifest = {"version": "1.4.2", "files": [{"path": "main.py", "size": 1200}, {"path": "lib/ota.py", "size": 5400}], "reboot": True}
with open("manifest.json", "w") as f:
    json.dump(manifest, f)
print(open("manifest.json").read())
with open("manifest.json") as f:
    m = json.load(f)
print(m["version"], len(m["files"]), m["reboot"])
for entry in m["files"]:
    print(entry["path"], entry["size"])
print(m == manifest)
