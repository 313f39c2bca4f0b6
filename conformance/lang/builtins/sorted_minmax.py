recs = [{"n": "b", "v": 2}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"])])
print([r["n"] for r in sorted(recs, key=lambda r: r["n"], reverse=True)])
print(min(recs, key=lambda r: r["v"])["n"], max(recs, key=lambda r: r["v"])["n"])
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"))
print(max([1, 3, 2], key=lambda x: -x))
print(sorted({"b": 1, "a": 2}), sorted("hello", reverse=True))
