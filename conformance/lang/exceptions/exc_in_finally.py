def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("got", e)
def g():
    try:
        return 1
    finally:
        raise KeyError("from finally")
try:
    g()
except KeyError as e:
    print("got", e)
