s = set()
for x in [40, 3, 17, 2, 99, 5, 64, 11, 8, 1]:
    s.add(x)
print(s)
print(list(s))
s.remove(17)
s.add(18)
print(s)
print({100, 1, 10}, {-1, -2, 0})
