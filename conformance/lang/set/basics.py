s = {3, 1, 2}
print(s, len(s))
s.add(10)
s.add(1)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(1 in s, 3 in s)
print(set(), set([1, 1, 2]), set("aab"))
