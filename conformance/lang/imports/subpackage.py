from otapkg.sub import deep
print(deep.__name__, deep.DEFAULT)
print(deep.latest(["1.0.0", "1.10.0", "1.2.0"]))
import otapkg.sub
print(otapkg.sub.DEFAULT, otapkg.sub.deep is deep)
import otapkg.sub.deep as d2
print(d2 is deep)
