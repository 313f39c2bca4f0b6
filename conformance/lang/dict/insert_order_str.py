d = {}
for k in ["version", "name", "url", "size", "sha256", "files", "deps", "boot", "main", "lib"]:
    d[k] = len(k)
    print(len(d), list(d))
