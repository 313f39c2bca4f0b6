def parse_all(lines):
    for l in lines:
        yield int(l)
total = 0
for v in parse_all(["1", "2", "x"]):
    total += v
    print("running", total)
