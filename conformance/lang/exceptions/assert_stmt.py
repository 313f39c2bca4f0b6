def check(x):
    assert x > 0, "x must be positive"
    assert isinstance(x, int)
    return x
print(check(3))
for v in (-1, 1.5):
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError", e.args)
assert True
print(issubclass(AssertionError, Exception))
