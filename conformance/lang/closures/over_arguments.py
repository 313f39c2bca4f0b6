def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_logger(prefix, sep=": "):
    def log(msg):
        print(prefix + sep + msg)
    return log
make_logger("ota")("start")
make_logger("net", " | ")("up")
def counter(start):
    def nxt():
        nonlocal start
        start += 1
        return start
    return nxt
c = counter(10)
print(c(), c(), c())
