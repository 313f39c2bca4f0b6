from collections import namedtuple

Version = namedtuple("Version", ["major", "minor", "patch"])
v = Version(1, 2, 3)
try:
    v.major = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    v.build
except AttributeError as e:
    print("AttributeError", e)
try:
    Version(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Version(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    Version(1, 2, major=3)
except TypeError as e:
    print("TypeError", e)
try:
    Version.major
except AttributeError as e:
    print("AttributeError", e)
try:
    v[3]
except IndexError as e:
    print("IndexError", e)
print(v, v[0:2], v[-1])
