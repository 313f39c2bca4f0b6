import builtins
print(hasattr(builtins, "format"))
print("{:5d}|{:.2f}|{:>3}".format(42, 3.14159, "s"))
print("{:x}|{:#010b}|{:%}".format(255, 255, 0.5))
print(repr("{}".format("")), "{}".format(None), "{}".format(True), "{}".format(1.0))
print(format(42))
