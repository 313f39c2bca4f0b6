def parse(v):
    v = v.lstrip("v")
    main, _, pre = v.partition("-")
    nums = [int(x) for x in main.split(".")]
    while len(nums) < 3:
        nums.append(0)
    return tuple(nums), pre
def newer(a, b):
    (na, pa), (nb, pb) = parse(a), parse(b)
    if na != nb:
        return na > nb
    if pa == pb:
        return False
    if not pa:
        return True
    if not pb:
        return False
    return pa > pb
cases = [("v1.2.3", "1.2.2"), ("1.2", "1.2.0"), ("1.2.0-rc1", "1.2.0"), ("1.2.0", "1.2.0-rc2"), ("1.2.0-rc2", "1.2.0-rc1"), ("2", "1.99.99"), ("0.0.1", "0.0.10")]
for a, b in cases:
    print(a, b, newer(a, b), parse(a))
