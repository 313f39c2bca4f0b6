d = {"version": "1.2.3", "file": "app.tar.gz", "size": 12, "sha": "abc"}
print(d)
print(list(d))
print(list(d.values()))
for k, v in d.items():
    print(k, v)
e = {"b": 1, "a": 2, "c": 3}
print(e, list(e.keys()))
print({1: "a", 2: "b", 3: "c"}, {3: "c", 2: "b", 1: "a"})
