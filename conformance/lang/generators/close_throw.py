def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("closing")
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.close()
def g2():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
    yield 3
gen = g2()
print(next(gen))
print(gen.throw(ValueError("boom")))
print(next(gen))
