size = 10
expected = 12
print("checking")
assert size == expected, "size %d != %d" % (size, expected)
