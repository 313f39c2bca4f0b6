def step(n):
    try:
        if n == 1:
            raise ValueError("step1")
        return n
    except ValueError:
        print("logging and re-raising")
        raise
try:
    step(1)
except ValueError as e:
    print("outer got", e)
def wrap():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped: %s" % e)
try:
    wrap()
except RuntimeError as e:
    print(e)
