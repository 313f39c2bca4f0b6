b = b"data"
print(str(b))
print("%s" % b)
print("{}".format(b))
print("x" + str(b))
print(repr(b))
print(f"{b}")
print(f"{b!r}")
