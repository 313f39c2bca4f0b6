print(b"%d" % 1)
print(b"%s" % 2.5)
print(b"%s" % [1])
print(b"%c" % 65)
