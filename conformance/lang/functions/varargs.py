def log(level, *parts, sep=" "):
    print("[%s]" % level, sep.join(str(p) for p in parts))
log("INFO", "starting", 1, 2.5)
log("WARN")
log("ERR", "a", "b", sep="|")
def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)
print(total(), total(1, 2, 3))
args = (1, 2, 3)
print(total(*args), total(*[4, 5], 6))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*"123" if False else (1, 2, 3)), f(1, *(2, 3)))
