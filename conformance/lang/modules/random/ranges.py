# random helpers over ranges and sequences after a fixed seed: distribution stays in bounds
import random

random.seed(2024)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
print(sorted(set(random.randrange(0, 20, 5) for _ in range(100))))
print(sorted(set(random.randrange(-10, 10, 4) for _ in range(100))))
vals = [random.random() for _ in range(1000)]
print(min(vals) >= 0, max(vals) < 1, round(sum(vals) / 1000, 1))
u = [random.uniform(10, 20) for _ in range(100)]
print(all(10 <= x <= 20 for x in u))
deck = list(range(10))
for i in range(len(deck) - 1, 0, -1):
    j = random.randrange(i + 1)
    deck[i], deck[j] = deck[j], deck[i]
print(deck)
print(random.getrandbits(32) < 2**32, random.getrandbits(8) < 256)
backoff = [min(60, (2 ** n) + random.randint(0, 1000) / 1000) for n in range(6)]
print(backoff)
random.seed(0)
print([random.getrandbits(16) for _ in range(4)], random.choice(["a", "b"]), random.randrange(1 << 30))
