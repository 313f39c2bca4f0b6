def check(v):
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v
print(check(1))
print(check(-5))
