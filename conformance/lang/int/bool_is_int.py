print(isinstance(True, int), isinstance(1, int), isinstance(True, bool))
print(issubclass(bool, int))
print(type(True).__name__, type(1).__name__)
print(True == 1, hash(True), hash(False))
print(int(True), int(False), float(True))
print(True & False, True | False, True ^ True, ~True)
print(sum([True, True, False]))
d = {1: "one"}
print(d.get(True), True in d)
