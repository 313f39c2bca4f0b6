# random and urandom are one module with one generator; seed(n) restarts the sequence
import random
import urandom

print(random is urandom)
random.seed(99)
a = [random.getrandbits(10) for _ in range(3)]
urandom.seed(99)
b = [urandom.getrandbits(10) for _ in range(3)]
print(a == b, a)
random.seed(99)
random.getrandbits(1)
print(urandom.getrandbits(10) == a[1])
random.seed(99 + 2**32)
print(random.getrandbits(10) == a[0])
random.seed(True)
x = random.getrandbits(32)
random.seed(1)
print(x == random.getrandbits(32))
print(sorted(n for n in dir(random) if not n.startswith("_")))
