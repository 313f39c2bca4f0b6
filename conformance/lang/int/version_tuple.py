def parse(v):
    return tuple(int(p) for p in v.split("."))
cur = parse("1.2.3")
for cand in ("1.2.3", "1.2.10", "1.10.0", "0.9.9", "2.0", "1.2"):
    new = parse(cand)
    print(cand, new, new > cur, new == cur, (new > cur) - (new < cur))
print(max(("1.2.3", "1.10.0", "1.9.0"), key=parse))
print(sorted(["0.10", "0.9", "0.1"], key=parse))
