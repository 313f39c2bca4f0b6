# random.seed(n) gives the board's exact Yasmarang sequences; argument errors
import random
random.seed(1)
print([random.getrandbits(32) for _ in range(5)])
print([random.getrandbits(n) for n in (0, 1, 7, 16, 31)])
random.seed(12345)
print(random.random(), random.random())
print(random.uniform(2, 5), random.uniform(-1.5, 1))
random.seed(-7)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 100, 7) for _ in range(5)], [random.randrange(100, 5, -7) for _ in range(5)])
print([random.randint(-3, 3) for _ in range(10)])
print([random.choice("abcdef") for _ in range(10)], random.choice([1, 2, 3]), random.choice((9,)))
random.seed(2**40 + 3)
print(random.getrandbits(32))
random.seed(3)
print(random.getrandbits(32))
for f in (lambda: random.getrandbits(33), lambda: random.getrandbits(-1), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 1), lambda: random.randint(3, 2), lambda: random.choice([]), lambda: random.choice(5), lambda: random.uniform("a", 1), lambda: random.randint(1.5, 2), lambda: random.seed(1.5), lambda: random.random(1), lambda: random.getrandbits(), lambda: random.randrange(2**40)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e.args)
