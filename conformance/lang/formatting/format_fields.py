print("{0} {1} {0}".format("a", "b"))
print("{x}/{y}".format(x=1, y=2))
print("{} {name}".format("pos", name="kw"))
print("{0:>{1}}|".format("w", 5))
print("{:{fill}>{width}}|".format("z", fill=".", width=6))
print("{!r:>8}|{!s:<6}|".format("ab", "cd"))
print("{{}} {{{0}}}".format("in"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{name}".format(other=1))
except KeyError as e:
    print("KeyError:", e)
