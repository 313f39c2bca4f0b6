names = ["boot.py", "main.py", "lib/ota.py", "README.md", ".version", "data.json"]
for n in names:
    print(n, n.endswith(".py"), n.startswith(("lib/", ".")), n.endswith((".json", ".md")))
print("http://x".startswith("http"))
print("https://x".startswith(("http://", "https://")))
print("abc".startswith("b", 1))
print("abc".endswith("b", 0, 2))
print("".startswith(""))
