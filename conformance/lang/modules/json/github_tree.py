# Walk a GitHub git/trees response and pick the files to update.
import json
resp = '''{"sha": "abc123", "url": "https://api.github.com/repos/o/r/git/trees/abc123",
 "tree": [
  {"path": "main.py", "mode": "100644", "type": "blob", "sha": "1111", "size": 812},
  {"path": "lib", "mode": "040000", "type": "tree", "sha": "2222"},
  {"path": "lib/ota.py", "mode": "100644", "type": "blob", "sha": "3333", "size": 4096},
  {"path": "README.md", "mode": "100644", "type": "blob", "sha": "4444", "size": 77}
 ], "truncated": false}'''
tree = json.loads(resp)
print(tree["sha"], tree["truncated"], len(tree["tree"]))
for item in tree["tree"]:
    if item["type"] == "blob" and item["path"].endswith(".py"):
        print(item["path"], item["sha"], item["size"])
print([i["path"] for i in tree["tree"] if i["type"] == "tree"])
print(tree["tree"][0])
