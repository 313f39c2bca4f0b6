info = {"name": "app", "ver": "1.2.3", "size": 2048}
print("%(name)s v%(ver)s (%(size)d bytes)" % info)
print("%(size)08d|%(name)-6s|" % info)
print("%(name)r" % info)
print("%(missing)s" % {"missing": None})
try:
    print("%(nope)s" % info)
except KeyError as e:
    print("KeyError:", e)
