def guarded(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "div0"
        finally:
            print("finally", it)
print(list(guarded([5, 0, 2])))
def tx():
    print("begin")
    try:
        yield "work"
    finally:
        print("end")
for x in tx():
    print(x)
