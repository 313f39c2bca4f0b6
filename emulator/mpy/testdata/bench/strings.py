# string building and formatting, as updaters log and build requests
parts = []
for i in range(20000):
    parts.append("%s=%d" % ("k", i))
s = ",".join(parts)
print(len(s), s[:20], "{}:{}".format(len(parts), s[-5:]))
