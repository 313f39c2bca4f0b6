for s in ["", "a", "ab", "main.py", "version", "The quick brown fox"]:
    print(repr(s), hash(s))
print(hash("x") == hash("x"))
