# json.load from a file opened in binary mode, as updaters read downloaded manifests.
import json
with open("latest.json", "wb") as f:
    f.write(b'{"tag_name": "v2.0.1", "assets": [{"name": "app.tar", "size": 20480, "browser_download_url": "https://example.com/app.tar"}]}\n')
with open("latest.json", "rb") as f:
    rel = json.load(f)
print(rel["tag_name"])
asset = rel["assets"][0]
print(asset["name"], asset["size"], asset["browser_download_url"])
print(sorted(rel.keys()))
