def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, sorted(kw.items()))
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
def retry(times):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(times):
                try:
                    return fn(*a)
                except OSError as e:
                    print("attempt", attempt + 1, "failed:", e)
            return None
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise OSError("net down")
    return "ok after %d" % state["n"]
print(flaky())
