def make_gen(limit):
    def gen():
        for i in range(limit):
            yield i * i
    return gen
g = make_gen(4)
print(list(g()), list(g()))
def filt(pred):
    return lambda seq: [x for x in seq if pred(x)]
evens = filt(lambda x: x % 2 == 0)
print(evens(range(10)))
def curry(a):
    return lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
