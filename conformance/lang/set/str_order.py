names = {"boot.py", "main.py", "ota.py", "lib", "config.json", "wifi.py"}
print(names)
print(sorted(names))
s = set()
for n in ["version", "file", "size", "sha", "url", "deps"]:
    s.add(n)
    print(len(s), s)
