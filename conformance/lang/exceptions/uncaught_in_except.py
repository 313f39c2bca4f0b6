try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    raise KeyError("during handling")
