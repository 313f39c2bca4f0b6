a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None) is type(None))
s1 = "interned"
s2 = "interned"
print(s1 == s2)
print(() is (), 1 is 1 if True else 0)
