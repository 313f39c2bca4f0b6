a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1})
print({} == {}, {1: 2} == {1.0: 2})
c = dict(a)
c["z"] = 3
print(a == c, len(c))
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
