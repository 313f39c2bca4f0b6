print(hash(1.0) == hash(1), hash(0.0) == hash(0))
print({1.0: "a"}[1], {2: "b"}.get(2.0))
print(1.5 in {1.5, 2.5}, 2 in {2.0})
