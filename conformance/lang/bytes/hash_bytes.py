for b in [b"", b"a", b"ab", b"main.py"]:
    print(b, hash(b))
print(hash(b"abc") == hash("abc"))
d = {b"k1": 1, b"k2": 2}
print(d[b"k1"], b"k2" in d)
